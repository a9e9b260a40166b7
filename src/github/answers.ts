import { HttpClient } from '@actions/http-client'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { pipeline, type Readable, type Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { exchange } from '../shared/exchange.js'

/** Per attempt. */
export interface AnswerLimits {
  /** Until the answer's headers. */
  headersMs: number
  /** From the headers to the body's last byte. */
  bodyMs: number
  /** Body bytes after decompression. */
  maxBytes: number
}

/** Far past a healthy answer (docs/performance.md), short enough that retries end in minutes. */
export const ANSWER_LIMITS: AnswerLimits = {
  headersMs: 30_000,
  bodyMs: 30_000,
  maxBytes: 16 * 1024 * 1024
}

/** `healable`: a slow server may answer next time; an oversized answer stays oversized. */
export class AnswerError extends Error {
  readonly healable: boolean
  constructor(message: string, healable: boolean) {
    super(message)
    this.name = 'AnswerError'
    this.healable = healable
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

const MAX_REDIRECTS = 5

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/** Only what @octokit/request reads of a Response: a part it does not read would be untested. */
class Answer {
  readonly headers: AnswerHeaders
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    headers: IncomingHttpHeaders,
    private readonly bytes: Buffer
  ) {
    this.headers = new AnswerHeaders(headers)
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes)
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.bytes).buffer
  }
}

/** As fetch's Headers: lower-case names, repeats joined. */
class AnswerHeaders implements Iterable<[string, string]> {
  private readonly entries = new Map<string, string>()
  constructor(headers: IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined)
        this.entries.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
  }

  get(name: string): string | null {
    return this.entries.get(name.toLowerCase()) ?? null
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.entries[Symbol.iterator]()
  }
}

/**
 * Through `pipeline`, so a body cut mid-way fails the decoder too. No body is not decoded, as in
 * fetch: empty input is not valid gzip.
 */
function decoded(message: IncomingMessage, method: string): Readable {
  const decoder = DECODERS.get((message.headers['content-encoding'] ?? '').trim().toLowerCase())
  const bodiless =
    method === 'HEAD' ||
    NULL_BODY_STATUSES.has(message.statusCode ?? 0) ||
    message.headers['content-length'] === '0'
  return decoder && !bodiless ? pipeline(message, decoder(), () => undefined) : message
}

// A Map: a server's `Content-Encoding: constructor` must not reach Object's prototype.
const DECODERS = new Map<string, () => Transform>([
  ['gzip', createGunzip],
  ['x-gzip', createGunzip],
  ['deflate', createInflate],
  ['br', createBrotliDecompress]
])

async function readAtMost(
  message: IncomingMessage,
  method: string,
  maxBytes: number,
  host: string
): Promise<Buffer> {
  const body = decoded(message, method)
  const chunks: Buffer[] = []
  let total = 0
  // Leaving the loop destroys the answer: a refused body does not keep its connection.
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > maxBytes) {
      throw new AnswerError(
        `the answer from ${host} is larger than ${maxBytes} bytes (counted after decompression); refused`,
        false
      )
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, total)
}

/** Not fetch: no deadline per attempt, no cap on the decoded body, no origin check on redirects. */
export function boundedFetch(apiUrl: string, limits: AnswerLimits): typeof fetch {
  const http = new HttpClient('artifact-ops', [], { keepAlive: true })
  const apiOrigin = new URL(apiUrl).origin
  const bounded = async (input: string | URL, init: RequestInit = {}): Promise<Answer> => {
    let url = new URL(String(input))
    const host = url.host
    const deadline = new AbortController()
    const signal =
      init.signal != null ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal
    const expire = (message: string, ms: number): NodeJS.Timeout =>
      setTimeout(() => deadline.abort(new AnswerError(message, true)), ms)
    let timer = expire(`no answer from ${host} in ${seconds(limits.headersMs)}`, limits.headersMs)
    try {
      // Not `new Headers()`: the global fetch, Headers or Response load Node's own undici.
      const headers: OutgoingHttpHeaders = {
        'accept-encoding': 'gzip, deflate, br',
        ...(init.headers as Record<string, string> | undefined)
      }
      let method = init.method ?? 'GET'
      if (init.body != null && typeof init.body !== 'string') {
        throw new TypeError('artifact-ops sends API request bodies as JSON text only')
      }
      // Node frames only POST, PUT and PATCH bodies: a DELETE body would go out unframed.
      let body = init.body ?? undefined
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body)
      let message: IncomingMessage
      for (let redirects = 0; ; redirects++) {
        message = await exchange(
          url,
          { method, headers, body, agent: http.getAgent(url.href) },
          signal
        )
        const location = message.headers.location
        if (
          init.redirect === 'manual' ||
          ![301, 302, 303, 307, 308].includes(message.statusCode ?? 0) ||
          !location
        )
          break
        message.destroy()
        const next = new URL(location, url)
        if (next.origin !== apiOrigin) {
          throw new AnswerError(
            `the API at ${host} redirected to ${next.origin}; the token is sent to ${apiOrigin} only`,
            false
          )
        }
        if (redirects === MAX_REDIRECTS) {
          throw new AnswerError(`more than ${MAX_REDIRECTS} redirects from ${host}`, false)
        }
        if (
          message.statusCode === 303 ||
          ((message.statusCode === 301 || message.statusCode === 302) && method === 'POST')
        ) {
          method = 'GET'
          body = undefined
          delete headers['content-length']
        }
        url = next
      }
      clearTimeout(timer)
      timer = expire(
        `the answer from ${host} did not arrive whole in ${seconds(limits.bodyMs)}`,
        limits.bodyMs
      )
      const bytes = await readAtMost(message, method, limits.maxBytes, host)
      const status = message.statusCode ?? 0
      return new Answer(status, message.statusMessage ?? '', url.href, message.headers, bytes)
    } finally {
      clearTimeout(timer)
    }
  }
  return bounded as unknown as typeof fetch
}

/** Another attempt cannot heal a bad URL, an untrusted certificate or a proxy's 4xx. */
const UNHEALABLE_CODES = new Set([
  'ERR_INVALID_URL',
  'ERR_INVALID_PROTOCOL',
  'ERR_INVALID_CHAR',
  'ERR_UNESCAPED_CHARACTERS',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_PROXY_REFUSED'
])

export function isUnhealable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause instanceof AnswerError) return !cause.healable
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && UNHEALABLE_CODES.has(code)) return true
    cause = cause.cause
  }
  return false
}
