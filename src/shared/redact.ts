/** A signed URL's credential is in its query, and a URL may hold `user:password@`. */
export function redactUrls(message: string): string {
  return message.replace(
    /\b([a-z][a-z\d+.-]*:\/\/)(?:[^\s/?#@'"<>]*@)?([^\s?#'"<>]*)(?:[?#][^\s'"<>]*)?/gi,
    (whole: string, scheme: string, rest: string) =>
      `${scheme}${rest}${/[?#]/.test(whole) ? '?[redacted]' : ''}`
  )
}

/** Origin and path only. */
export function printableUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`
}
