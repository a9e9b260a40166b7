// The bundle's `undici`: tsconfig.json maps the bare name here, for the action's own imports and
// for @actions/http-client and @actions/github inside the bundle. undici's index loads the whole
// library at once (fetch, WebSocket, caches, mocks, cookies), about 20 ms of every start-up,
// where a list or a prune uses none of it and a download uses `request` and, behind a proxy,
// `ProxyAgent`. Each part here is loaded when first used. The require() calls are what lets ncc
// bundle each part and still evaluate it late; this module runs only in the bundle (jest, which
// does not read tsconfig paths, gives every importer the real undici).
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

export const Agent = lateClass(
  () => require('undici/lib/dispatcher/agent.js') as typeof Undici.Agent
)

export const ProxyAgent = lateClass(
  () => require('undici/lib/dispatcher/proxy-agent.js') as typeof Undici.ProxyAgent
)

/** undici's error classes: small, and `instanceof` needs the very classes undici throws. */
export const errors = require('undici/lib/core/errors.js') as typeof Undici.errors

/**
 * As undici's `request(url, options)` for what the action passes: an absolute URL, the
 * dispatcher given (else the global one), GET unless a method is named. (undici's own also takes
 * `options.path` and makes a request with a body a PUT; nothing here uses either.)
 */
export const request = ((url: string | URL, options: { dispatcher?: Undici.Dispatcher } = {}) => {
  installDispatcherApi()
  const target = new URL(url)
  const { getGlobalDispatcher } = require('undici/lib/global.js') as {
    getGlobalDispatcher(): Undici.Dispatcher
  }
  const dispatcher = options.dispatcher ?? getGlobalDispatcher()
  return dispatcher.request({
    ...(options as object),
    method: (options as { method?: string }).method ?? 'GET',
    origin: target.origin,
    path: `${target.pathname}${target.search}`
  } as Undici.Dispatcher.RequestOptions)
}) as typeof Undici.request

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
