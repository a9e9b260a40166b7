import { InputError } from '../shared/errors.js'
import { printableUrl } from '../shared/redact.js'

const DEFAULT_API_URL = 'https://api.github.com'

/**
 * `GITHUB_API_URL`, checked before anything is sent: an absolute http or https URL without
 * credentials, query or fragment (a query would be glued into every request's path, and
 * credentials would be printed with it). Trailing slashes are dropped. Messages show the value
 * without its credentials, query or fragment.
 */
export function parseApiUrl(value: string | undefined): string {
  const text = (value ?? '').trim()
  if (text === '') return DEFAULT_API_URL
  const refuse = (shown: string, why: string): never => {
    throw new InputError(
      `Invalid environment variable GITHUB_API_URL: '${shown}' ${why}. Expected the API's base URL, e.g. '${DEFAULT_API_URL}' or 'https://HOSTNAME/api/v3' (the runner sets it).`
    )
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    // Not a URL: shown only when it cannot hold credentials or a query.
    return refuse(/[@?#]/.test(text) ? '…' : text.slice(0, 100), 'is not an absolute URL')
  }
  const shown = printableUrl(url)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse(`${url.protocol}…`, 'is not an http or https URL')
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(shown, 'carries credentials (user:password@), which are never sent or printed')
  }
  // Any '?' or '#', even one with nothing after it (which leaves url.search and url.hash empty).
  if (/[?#]/.test(text)) {
    return refuse(shown, 'carries a query or a fragment')
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}
