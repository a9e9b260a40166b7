import {
  type Agent,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request as httpRequest
} from 'node:http'
import { request as httpsRequest } from 'node:https'

/**
 * One request over Node's own HTTP client and its answer's headers: for the API (see
 * github/answers.ts) and for an archive (see operations/download/transfer.ts). An abort rejects
 * at once with the signal's reason, also while a proxy has not answered CONNECT (Node's request
 * has no socket to destroy until then); once the headers are in, it destroys the answer with
 * that reason, so that a reader of the body fails with it.
 */
export function exchange(
  url: URL,
  options: { method: string; headers: OutgoingHttpHeaders; body?: string; agent: Agent },
  signal: AbortSignal
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const request = send(url, {
      method: options.method,
      headers: options.headers,
      agent: options.agent
    })
    const abort = (): void => {
      request.destroy(signal.reason as Error)
      reject(signal.reason)
    }
    if (signal.aborted) return abort()
    signal.addEventListener('abort', abort, { once: true })
    const settle = (): void => signal.removeEventListener('abort', abort)
    request.once('response', message => {
      settle()
      signal.addEventListener('abort', () => message.destroy(signal.reason as Error), {
        once: true
      })
      resolve(message)
    })
    // Every error, not only the first: one after the headers (a socket that breaks mid-body
    // reaches the request too) is the body reader's to report, and must not go unhandled.
    request.on('error', error => {
      settle()
      reject(signal.aborted ? signal.reason : error)
    })
    request.end(options.body)
  })
}
