// HTTP plumbing shared by both origins: JSON answers and the record of every request.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

/** Which origin a request reached: the API or the archive host. */
export type Origin = 'api' | 'blob'

export interface RecordedRequest {
  origin: Origin
  method: string
  /** without prefix and query */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** the Range header, when there was one */
  range?: string
  /** Date.now() on arrival */
  at: number
  endedAt?: number
  status?: number
  /** archive bytes the archive host wrote to the socket for this request */
  bodyBytes?: number
  /** writes already in flight when this write arrived */
  concurrentWrites?: number
}

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** Answers with `body` as JSON (or nothing when it is undefined). */
export function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {}
): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

/**
 * Logs a request on arrival in `requests`; its status and end time are filled in when the
 * answer is done.
 */
export function recordRequest(
  requests: RecordedRequest[],
  origin: Origin,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string
): RecordedRequest {
  const record: RecordedRequest = {
    origin,
    method: req.method ?? 'GET',
    path,
    query: url.searchParams,
    headers: req.headers,
    ...(req.headers.range !== undefined ? { range: req.headers.range } : {}),
    at: Date.now()
  }
  requests.push(record)
  res.on('finish', () => {
    record.endedAt = Date.now()
    record.status = res.statusCode
  })
  res.on('close', () => {
    record.endedAt ??= Date.now()
  })
  return record
}
