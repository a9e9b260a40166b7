/**
 * Takes the query, fragment and credentials out of every URL in a message. A signed archive URL
 * carries its credential in the query (`sig=`, `se=`), and a URL may carry `user:password@`;
 * errors from fetch, undici or a server can quote either, so every message that may hold a URL
 * passes through here before it is logged or reported.
 */
export function redactUrls(message: string): string {
  return message.replace(
    /\b([a-z][a-z\d+.-]*:\/\/)(?:[^\s/?#@'"<>]*@)?([^\s?#'"<>]*)(?:[?#][^\s'"<>]*)?/gi,
    (whole: string, scheme: string, rest: string) =>
      `${scheme}${rest}${/[?#]/.test(whole) ? '?[redacted]' : ''}`
  )
}

/** A URL as it may be printed: origin and path, without credentials, query or fragment. */
export function printableUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`
}
