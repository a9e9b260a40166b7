// The bundle's `undici`: tsconfig.json maps the bare name here, for @actions/http-client and
// @actions/github inside the bundle. undici's index loads the whole library at once (fetch,
// WebSocket, caches, mocks, cookies), about 20 ms of every start-up, where the action uses none
// of it: its own requests go over Node's http and https. http-client imports `ProxyAgent`, and
// @actions/github `fetch` and `ProxyAgent`, for clients the action does not make. Each part here
// is loaded when first used. The require() calls are what lets ncc bundle each part and still
// evaluate it late; this module runs only in the bundle (jest, which does not read tsconfig
// paths, gives every importer the real undici).
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as Undici from 'undici/index.js'

let apiInstalled = false

/** What undici's index does first: request, stream and the rest as methods of every dispatcher. */
function installDispatcherApi(): void {
  if (apiInstalled) return
  const { prototype } = require('undici/lib/dispatcher/dispatcher.js') as { prototype: object }
  Object.assign(prototype, require('undici/lib/api/index.js'))
  apiInstalled = true
}

/** A class that loads its module when it is first constructed or a static of it is read. */
function lateClass<T extends abstract new (...args: never[]) => unknown>(load: () => T): T {
  return new Proxy(function late() {} as unknown as T, {
    construct(_target, args) {
      installDispatcherApi()
      return Reflect.construct(load(), args) as object
    },
    get(_target, key) {
      return Reflect.get(load(), key)
    }
  })
}

export const ProxyAgent = lateClass(
  () => require('undici/lib/dispatcher/proxy-agent.js') as typeof Undici.ProxyAgent
)

/**
 * undici's fetch, what @actions/github's proxy fetch calls (the action's client has its own).
 * A file of dist/ of its own, a fifth of undici's code: loaded only if it is ever called.
 */
export const fetch = (async (
  input: Parameters<typeof Undici.fetch>[0],
  init?: Undici.RequestInit
) => {
  installDispatcherApi()
  const { fetch: load } = await import('undici/lib/web/fetch/index.js')
  return load(input, init)
}) as typeof Undici.fetch
