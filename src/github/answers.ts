import { HttpClient } from '@actions/http-client'
import { Response as UndiciResponse, fetch as undiciFetch } from 'undici'

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
 * retries end within a few minutes instead of undici's 300 s each.
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

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  host: string
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new AnswerError(
        `the answer from ${host} is larger than ${maxBytes} bytes (counted after decompression); refused`,
        false
      )
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

/**
 * The fetch Octokit is given: the runner's proxy settings (as @actions/github's own), a deadline
 * for the headers and one for the body of each attempt, and a cap on the decoded body (a gzip
 * bomb stops at the cap, not at gigabytes). The body is read here, whole, so that both deadlines
 * cover it; Octokit then parses the copy. Octokit's fetch hook is the one place every attempt
 * passes through with its own signal, which neither the retry plugin nor undici's timers give.
 */
export function boundedFetch(apiUrl: string, limits: AnswerLimits): typeof fetch {
  const dispatcher = new HttpClient('artifact-ops').getAgentDispatcher(apiUrl)
  const bounded = async (input: string | URL, init: RequestInit = {}): Promise<Response> => {
    const host = new URL(String(input)).host
    const deadline = new AbortController()
    const signal =
      init.signal != null ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal
    const expire = (message: string, ms: number): NodeJS.Timeout =>
      setTimeout(() => deadline.abort(new AnswerError(message, true)), ms)
    let timer = expire(`no answer from ${host} in ${seconds(limits.headersMs)}`, limits.headersMs)
    try {
      const response = await undiciFetch(String(input), {
        ...(init as object),
        signal,
        dispatcher
      })
      clearTimeout(timer)
      timer = expire(
        `the answer from ${host} did not arrive whole in ${seconds(limits.bodyMs)}`,
        limits.bodyMs
      )
      const body = await readAtMost(
        response.body as ReadableStream<Uint8Array> | null,
        limits.maxBytes,
        host
      )
      // The bundled undici's Response, not the global one: touching the global fetch, Response or
      // Headers makes Node load and compile its own copy of undici, 20 to 30 ms of start-up.
      const copy = new UndiciResponse(NULL_BODY_STATUSES.has(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      })
      Object.defineProperty(copy, 'url', { value: response.url })
      return copy as unknown as Response
    } finally {
      clearTimeout(timer)
    }
  }
  return bounded as typeof fetch
}

/**
 * Errors another attempt cannot heal: an answer refused for its size, fetch refusing a port or
 * a URL, a certificate the runner does not trust. Found by code where Node gives one; fetch's
 * "bad port" network error carries only its message.
 */
const UNHEALABLE_CODES = new Set([
  'ERR_INVALID_URL',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_SSL_WRONG_VERSION_NUMBER'
])

export function isUnhealable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause instanceof AnswerError) return !cause.healable
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && UNHEALABLE_CODES.has(code)) return true
    if (cause.message === 'bad port') return true
    cause = cause.cause
  }
  return false
}
