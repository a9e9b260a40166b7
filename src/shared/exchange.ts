import {
  type Agent,
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request as httpRequest
} from 'node:http'
import { request as httpsRequest } from 'node:https'

/** @actions/http-client's proxy agent. */
type TunnelAgent = Agent & { request?: typeof httpRequest }

/** `tunnel` calls a refused CONNECT a reset: retried, though a 4xx does not heal. */
class ProxyRefusedError extends Error {
  readonly code: string
  constructor(answer: IncomingMessage, target: URL) {
    const status = answer.statusCode ?? 0
    const variable = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'
    super(
      `the proxy refused to open a tunnel to ${target.host} (${status} ${answer.statusMessage ?? ''})` +
        (status === 407 ? `: check the user name and password in ${variable}` : '')
    )
    this.name = 'ProxyRefusedError'
    this.code = status >= 400 && status < 500 ? 'ERR_PROXY_REFUSED' : 'ERR_PROXY_FAILED'
  }
}

/** Also returns the CONNECTs its tunnel agent opens: without deadlines, they die with the request. */
function send(
  url: URL,
  options: { method: string; headers: OutgoingHttpHeaders; agent: Agent }
): { request: ClientRequest; opened: ClientRequest[]; refused: () => IncomingMessage | undefined } {
  const agent = options.agent as TunnelAgent
  const open = agent.request
  const opened: ClientRequest[] = []
  let refusal: IncomingMessage | undefined
  if (typeof open === 'function') {
    agent.request = ((...args: Parameters<typeof httpRequest>) => {
      const connect = open(...args)
      opened.push(connect)
      connect.once('connect', (answer: IncomingMessage) => {
        if (answer.statusCode !== 200) refusal = answer
      })
      return connect
    }) as typeof httpRequest
  }
  try {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options)
    return { request, opened, refused: () => refusal }
  } finally {
    if (typeof open === 'function') agent.request = open
  }
}

/** Rejects on abort at once, even before CONNECT is answered. */
export function exchange(
  url: URL,
  options: { method: string; headers: OutgoingHttpHeaders; body?: string; agent: Agent },
  signal: AbortSignal
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const { request, opened, refused } = send(url, {
      method: options.method,
      headers: options.headers,
      agent: options.agent
    })
    const abort = (): void => {
      request.destroy(signal.reason as Error)
      for (const connect of opened) connect.destroy()
      reject(signal.reason)
    }
    signal.addEventListener('abort', abort, { once: true })
    const settle = (): void => signal.removeEventListener('abort', abort)
    request.once('response', message => {
      settle()
      const end = (): void => void message.destroy(signal.reason as Error)
      signal.addEventListener('abort', end, { once: true })
      // Else a long-lived signal holds every answer.
      message.once('close', () => signal.removeEventListener('abort', end))
      resolve(message)
    })
    // Every error: one after the headers must not go unhandled.
    request.on('error', error => {
      settle()
      const refusal = refused()
      reject(
        signal.aborted
          ? signal.reason
          : refusal !== undefined
            ? new ProxyRefusedError(refusal, url)
            : error
      )
    })
    request.end(options.body)
  })
}
