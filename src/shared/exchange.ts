import {
  type Agent,
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request as httpRequest
} from 'node:http'
import { request as httpsRequest } from 'node:https'

/** The `tunnel` package's agent (@actions/http-client's, behind a proxy) opens CONNECT with this. */
type TunnelAgent = Agent & { request?: typeof httpRequest }

/**
 * A proxy that answered CONNECT with another status than 200. The tunnel package reports it as
 * a reset connection (`statusCode=407` in its message), which would be retried and read as a
 * network failure; a 4xx (credentials, a host the proxy's policy refuses) does not heal.
 */
export class ProxyRefusedError extends Error {
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

/**
 * Sends a request, and gives back with it the requests its agent opened meanwhile: a tunnel
 * agent sends its CONNECT to the proxy from inside the request's constructor, with no deadline
 * of its own, and Node cannot destroy it through the request (which has no socket yet). Kept, it
 * can be destroyed with the request: a proxy that never answers would otherwise keep the process
 * alive after the action is done. (A request the tunnel queues past its 100 sockets opens its
 * CONNECT later, unseen here; the action never has more than a few at once.)
 */
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
      // Heard before the tunnel's own listener, which fails the request with a vaguer error.
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

/**
 * One request over Node's own HTTP client and its answer's headers: for the API (see
 * github/answers.ts) and for an archive (see operations/download/transfer.ts). An abort rejects
 * at once with the signal's reason, also while a proxy has not answered CONNECT (the CONNECT is
 * destroyed with the request); once the headers are in, it destroys the answer with that
 * reason, so that a reader of the body fails with it. Nothing is sent when the signal is already
 * aborted.
 */
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
      // Off when the answer is done: a long-lived signal would hold every answer otherwise.
      message.once('close', () => signal.removeEventListener('abort', end))
      resolve(message)
    })
    // Every error, not only the first: one after the headers (a socket that breaks mid-body
    // reaches the request too) is the body reader's to report, and must not go unhandled.
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
