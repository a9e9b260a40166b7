import { HttpClient } from '@actions/http-client'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { pipeline, type Readable, type Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { exchange } from '../shared/exchange.js'

/** How long an API answer may take and how large it may be, per attempt. */
export interface AnswerLimits {
  /** Milliseconds from sending a request to the answer's headers. */
  headersMs: number
  /** Milliseconds from the headers to the last byte of the body. */
  bodyMs: number
  /** Bytes of body, counted after decompression. */
  maxBytes: number
}

/**
 * Deadlines of 30 s each: a page of 100 artifacts is about 60 KiB and GitHub answers in well
 * under a second, so 30 s is far past any healthy answer and still short enough that three
 * retries end within a few minutes (Node's HTTP client has no deadline of its own).
 */
export const ANSWER_LIMITS: AnswerLimits = {
  headersMs: 30_000,
  bodyMs: 30_000,
  // A page of 100 workflow runs, the largest answer read, is under 1 MiB.
  maxBytes: 16 * 1024 * 1024
}

/**
 * An API answer that broke a limit. `healable` says whether another attempt may do better (a
 * slow server may answer next time; an oversized answer will be oversized again).
 */
export class AnswerError extends Error {
  readonly healable: boolean
  constructor(message: string, healable: boolean) {
    super(message)
    this.name = 'AnswerError'
    this.healable = healable
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

/** Redirects an API request follows, each to the API's own origin (see boundedFetch). */
const MAX_REDIRECTS = 5

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/**
 * The answer Octokit is given: the parts of fetch's Response that @octokit/request reads
 * (status, statusText, url, headers iterated and `get`, `text`, `arrayBuffer`), over a body
 * already read. Nothing more: a part Octokit does not read would be untested. (It reads `body`
 * only for a caller that asks for the raw body, which this action never does.)
 */
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

/** Response headers as fetch's Headers gives them: lower-case names, repeated ones joined. */
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
 * The body decoded as its Content-Encoding says (a server may compress unasked). Through
 * `pipeline`, so that a connection that breaks or is aborted mid-body fails the decoder too.
 * An answer without a body (HEAD, 204, 304, `Content-Length: 0`) is not decoded, as fetch does
 * not: an empty input is not a valid gzip stream.
 */
function decoded(message: IncomingMessage, method: string): Readable {
  const decoder = DECODERS[(message.headers['content-encoding'] ?? '').trim().toLowerCase()]
  const bodiless =
    method === 'HEAD' ||
    NULL_BODY_STATUSES.has(message.statusCode ?? 0) ||
    message.headers['content-length'] === '0'
  return decoder && !bodiless ? pipeline(message, decoder(), () => undefined) : message
}

const DECODERS: Record<string, (() => Transform) | undefined> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress
}

async function readAtMost(
  message: IncomingMessage,
  method: string,
  maxBytes: number,
  host: string
): Promise<Buffer> {
  const body = decoded(message, method)
  const chunks: Buffer[] = []
  let total = 0
  // Leaving the loop early destroys what it reads, and the pipeline the answer with it: a refused
  // body does not keep its connection (as an abort does not, see exchange).
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

/**
 * The fetch Octokit is given, over Node's own HTTP client. Hand-made because fetch gives none of
 * these: each attempt has a deadline for the headers and one for the body, the decoded body is
 * capped (a gzip bomb stops at the cap, not at gigabytes), and redirects are followed to the
 * API's own origin only, so the token goes nowhere else. The runner's proxy settings apply as in
 * @actions/http-client, whose agent it uses. `redirect: 'manual'` (the archive's download URL)
 * gives the 3xx answer as it is.
 */
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
      // Octokit gives its headers as a plain object. (Not `new Headers()`: touching the global
      // fetch, Headers or Response makes Node load its own copy of undici.)
      const headers: OutgoingHttpHeaders = {
        'accept-encoding': 'gzip, deflate, br',
        ...(init.headers as Record<string, string> | undefined)
      }
      let method = init.method ?? 'GET'
      if (init.body != null && typeof init.body !== 'string') {
        throw new TypeError('artifact-ops sends API request bodies as JSON text only')
      }
      // Stated for every method: Node adds it for POST, PUT and PATCH only, and a DELETE body
      // without it would go out unframed.
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
        // A redirect's body is never read: the connection goes with it.
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
      // An abort from here on destroys the answer with the signal's reason (see exchange).
      const bytes = await readAtMost(message, method, limits.maxBytes, host)
      const status = message.statusCode ?? 0
      return new Answer(status, message.statusMessage ?? '', url.href, message.headers, bytes)
    } finally {
      clearTimeout(timer)
    }
  }
  return bounded as unknown as typeof fetch
}

/**
 * Errors another attempt cannot heal: an answer refused for its size or for redirecting away
 * from the API, a URL Node refuses, a certificate the runner does not trust, a proxy that
 * refuses the tunnel (4xx). Found by code.
 */
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
