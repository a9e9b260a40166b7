// The bundle's `undici`: tsconfig.json maps the bare name here, for @actions/http-client and
// @actions/github inside the bundle. undici's index loads the whole library at once (fetch,
// WebSocket, caches, mocks, cookies), where the action uses none of it: its own requests go over
// Node's http and https. http-client imports `ProxyAgent`, and @actions/github `fetch` and
// `ProxyAgent`, for clients the action does not make. Both are files of dist/ of their own, so
// that a start-up without a proxy neither reads nor compiles any of undici (half a megabyte of
// the bundle; 4 ms of a start on Node 24, 11 ms on Node 20, measured). Jest, which does not read
// tsconfig paths, gives every importer the real undici.
import type * as Undici from 'undici/index.js'

let late: typeof import('./undici-proxy.js') | undefined

/** The proxy environment variables @actions/http-client reads (a superset of when it uses them). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/** Whether the runner has a proxy, so that @actions/github will construct a ProxyAgent. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some(name => Boolean(env[name]))
}

/**
 * Loads undici's ProxyAgent. Behind a proxy @actions/github constructs one synchronously as its
 * module is evaluated: index.ts awaits this before it loads the rest of the action.
 */
export async function loadProxyAgent(): Promise<void> {
  late ??= await import('./undici-proxy.js')
}

function loaded(): typeof Undici.ProxyAgent {
  if (late === undefined) {
    throw new Error("undici's ProxyAgent was used before loadProxyAgent() loaded it.")
  }
  return late.ProxyAgent
}

export const ProxyAgent: typeof Undici.ProxyAgent = new Proxy(
  function ProxyAgent() {} as unknown as typeof Undici.ProxyAgent,
  {
    construct(_target, args, newTarget): object {
      const real = loaded()
      // A subclass of the stand-in constructs as a subclass of the real one.
      return Reflect.construct(real, args, newTarget === ProxyAgent ? real : newTarget) as object
    },
    apply() {
      throw new TypeError("Class constructor ProxyAgent cannot be invoked without 'new'")
    },
    get(target, key) {
      return Reflect.get(late?.ProxyAgent ?? target, key)
    }
  }
)

/**
 * undici's fetch, what @actions/github's proxy fetch calls (the action's client has its own).
 * A file of dist/ of its own, a fifth of undici's code: loaded only if it is ever called.
 */
export const fetch = (async (
  input: Parameters<typeof Undici.fetch>[0],
  init?: Undici.RequestInit
) => {
  // The ProxyAgent chunk is also where undici's dispatcher API is installed, which fetch needs.
  await loadProxyAgent()
  const { fetch: load } = await import('undici/lib/web/fetch/index.js')
  return load(input, init)
}) as typeof Undici.fetch
