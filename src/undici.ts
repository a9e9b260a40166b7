// Stand-in for undici (tsconfig paths): the real one loads only with a proxy. Jest uses the real.
import type * as Undici from 'undici/index.js'

let late: typeof import('./undici-proxy.js') | undefined

/** Those @actions/http-client reads. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/** Then @actions/github constructs a ProxyAgent. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some(name => Boolean(env[name]))
}

/** @actions/github constructs one as it loads: index.ts awaits this first. */
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

/** What @actions/github's proxy fetch calls (the action's client has its own): loaded if called. */
export const fetch = (async (
  input: Parameters<typeof Undici.fetch>[0],
  init?: Undici.RequestInit
) => {
  // The ProxyAgent chunk installs undici's dispatcher API, which fetch needs.
  await loadProxyAgent()
  const { fetch: load } = await import('undici/lib/web/fetch/index.js')
  return load(input, init)
}) as typeof Undici.fetch
