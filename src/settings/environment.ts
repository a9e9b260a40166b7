import { InputError } from '../shared/errors.js'
import { printableUrl } from '../shared/redact.js'

const DEFAULT_API_URL = 'https://api.github.com'

/**
 * Checked before anything is sent: a query would be glued into every request's path, and
 * credentials would be printed with it.
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
    // Shown only if it cannot hold credentials or a query.
    return refuse(/[@?#]/.test(text) ? '…' : text.slice(0, 100), 'is not an absolute URL')
  }
  const shown = printableUrl(url)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse(`${url.protocol}…`, 'is not an http or https URL')
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(shown, 'carries credentials (user:password@), which are never sent or printed')
  }
  // Even an empty query or fragment, which URL drops.
  if (/[?#]/.test(text)) {
    return refuse(shown, 'carries a query or a fragment')
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/** As @actions/http-client reads them, lower case first; NO_PROXY is left to it. */
const PROXY_VARIABLES = {
  'https:': ['https_proxy', 'HTTPS_PROXY'],
  'http:': ['http_proxy', 'HTTP_PROXY']
} as const

/** As curl decodes: a % without two hex digits is itself. Undefined unless UTF-8. */
function decodeCredential(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/%(?![0-9a-f]{2})/gi, '%25'))
  } catch {
    return undefined
  }
}

/** Read as curl reads it, written as http-client reads it; what neither can use is refused. */
export function parseProxyUrl(name: string, value: string): string {
  const text = value.trim()
  const refuse = (shown: string, why: string): never => {
    throw new InputError(
      `Invalid environment variable ${name}: '${shown}' ${why}. Expected a proxy such as 'http://proxy.example:3128' or 'proxy.example:3128' (http:// is assumed), with any '%', '@', ':', '/', '?' or '#' of a user name or password written as %25, %40, %3A, %2F, %3F or %23; unset it to connect directly.`
    )
  }
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `http://${text}`
  // Never shown: credentials, nor what a password's / ? or # left in the host.
  const at = withScheme.lastIndexOf('@')
  const scheme = withScheme.slice(0, withScheme.indexOf('//') + 2)
  const host = withScheme.slice(at < 0 ? scheme.length : at + 1).replace(/[/?#].*$/s, '')
  const shown = `${scheme}${at < 0 ? '' : '…@'}${host}`.slice(0, 100)
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return refuse(shown, 'is not a URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse(
      shown,
      `uses the scheme ${url.protocol.slice(0, -1)}, which this action cannot use`
    )
  }
  if (url.hostname === '') return refuse(shown, 'names no host')
  // Most likely a / ? or # of the password ended the host early.
  if (url.pathname !== '/' || /[?#]/.test(text)) {
    return refuse(shown, "has a path, a query or a fragment (a '/', '?' or '#' of a password?)")
  }
  const username = decodeCredential(url.username)
  const password = decodeCredential(url.password)
  if (username === undefined || password === undefined) {
    return refuse(shown, 'has a user name or password whose %-escapes are not UTF-8')
  }
  const userinfo =
    url.username !== '' || url.password !== ''
      ? `${encodeURIComponent(username)}:${encodeURIComponent(password)}@`
      : ''
  return `${url.protocol}//${userinfo}${url.host}`
}

/** Before @actions/github parses them as it loads. Blank proxies dropped; other schemes left alone. */
export function prepareEnvironment(env: NodeJS.ProcessEnv): void {
  const schemes = ['https:', new URL(parseApiUrl(env['GITHUB_API_URL'])).protocol] as const
  for (const scheme of new Set(schemes)) {
    const names = PROXY_VARIABLES[scheme as keyof typeof PROXY_VARIABLES]
    for (const name of names) if (env[name]?.trim() === '') Reflect.deleteProperty(env, name)
    const name = names.find(each => env[each] !== undefined)
    if (name !== undefined) env[name] = parseProxyUrl(name, env[name] ?? '')
  }
}
