import { getOctokit } from '@actions/github'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { API_VERSION } from './types.js'
import { type Logger, silentLogger } from '../shared/logger.js'
import { ANSWER_LIMITS, type AnswerLimits, boundedFetch } from './answers.js'
import { describeRequest, retryRequests } from './attempts.js'
import { DOCUMENTED_WRITE_INTERVAL_MS, isRead, pacedWrites } from './pacing.js'

export type Octokit = ReturnType<typeof getOctokit>

/** What the API's rate-limit headers said last; all undefined where a server sends none. */
export interface RateState {
  /** Requests allowed an hour (`x-ratelimit-limit`). */
  limit?: number
  /** Requests left in this hour (`x-ratelimit-remaining`). */
  remaining?: number
  /** When the hour resets (`x-ratelimit-reset`). */
  resetAt?: Date
}

/** The API client every operation is given: Octokit plus what it learned of the rate budget. */
export interface Client {
  /** Octokit with pagination, retries and throttling. */
  octokit: Octokit
  /** The API's base URL, e.g. `https://api.github.com` or `https://HOST/api/v3`. */
  apiUrl: string
  /** The rate budget as of the last response. */
  rate: RateState
}

export interface ClientOptions {
  /** The token, sent only to `apiUrl`. */
  token: string
  /** Base URL; defaults to `GITHUB_API_URL`, then `https://api.github.com`. */
  apiUrl?: string
  /** Milliseconds between the end of one mutating request and the start of the next. */
  writeIntervalMs?: number
  /** Base of the retry backoff on 5xx and network errors (waits 1, 4, 9 times this). */
  retryBaseMs?: number
  /** Retries on 5xx and network errors. */
  retries?: number
  /** Waits for a rate-limit answer before giving up on a request. */
  rateLimitWaits?: number
  /**
   * The longest wait for a rate limit (a primary reset or a secondary `retry-after`), in
   * seconds; a longer one is not waited for and the request fails (the `max-wait` input).
   */
  maxRateLimitWaitSeconds?: number
  /** Deadlines and size cap of each API answer (tests shorten them). */
  answerLimits?: Partial<AnswerLimits>
  /** Where log lines go. */
  log?: Logger
  /** Ends every wait and request of the client when aborted. */
  signal?: AbortSignal
}

/** The throttling plugin's callback: return true to wait `retryAfter` seconds and retry. */
type RateLimitHandler = (
  retryAfter: number,
  request: { method?: string; url?: string },
  octokit: unknown,
  retryCount: number
) => boolean

/**
 * The one handler of both kinds of rate limit: waits up to `rateLimitWaits` times, each no
 * longer than `maxWait` seconds, and says which limit, how long and which wait.
 */
function waitForLimit(
  secondary: boolean,
  { rateLimitWaits, maxWait, log }: { rateLimitWaits: number; maxWait: number; log: Logger }
): RateLimitHandler {
  return (retryAfter, request, _octokit, retryCount) => {
    const what = `${secondary ? 'Secondary rate limit' : 'Rate limit exhausted'} for ${describeRequest(request)}`
    if (retryCount >= rateLimitWaits || retryAfter > maxWait) {
      const asked = secondary
        ? `GitHub asks to wait ${retryAfter}s`
        : `the limit resets in ${retryAfter}s`
      log.warn(
        `${what}; ${asked}, longer than max-wait (${maxWait}s) or after ${retryCount} waits: giving up.`
      )
      return false
    }
    const waiting = secondary ? 'as GitHub asks' : 'for the reset'
    log.warn(
      `${what}; waiting ${retryAfter}s ${waiting} (wait ${retryCount + 1} of ${rateLimitWaits}).`
    )
    return true
  }
}

/**
 * A header's number; undefined when it is missing, blank, not a number (Number('') is 0) or not
 * text (Octokit gives every header value as a string).
 */
function header(headers: Record<string, unknown> | undefined, name: string): number | undefined {
  const value = headers?.[name]
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

function recordRate(rate: RateState, headers: Record<string, unknown> | undefined): void {
  const limit = header(headers, 'x-ratelimit-limit')
  const remaining = header(headers, 'x-ratelimit-remaining')
  const reset = header(headers, 'x-ratelimit-reset')
  if (limit !== undefined) rate.limit = limit
  if (remaining !== undefined) rate.remaining = remaining
  if (reset !== undefined) rate.resetAt = new Date(reset * 1000)
}

/** Statuses never retried: 403 and 429 are the throttling plugin's to wait for; the rest would fail again. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/**
 * The token goes to the origin of the API URL only (scheme, host and port). Octokit sends a URL
 * taken from an answer (a Link header's `next`) as it is, with the token: an answer that points
 * at another host, port or scheme would receive it, in clear text if the scheme is http. Relative
 * URLs are resolved against the API URL by Octokit and so stay on its origin.
 */
export function checkOrigin(url: string | undefined, apiOrigin: string): void {
  if (url === undefined || !/^[a-z][a-z\d+.-]*:/i.test(url)) return
  let origin: string
  try {
    origin = new URL(url).origin
  } catch {
    origin = 'an unparsable URL'
  }
  if (origin !== apiOrigin) {
    throw new Error(
      `refusing to send the token to ${origin === 'null' ? url.split(':')[0] + ':' : origin}, which an answer of the API pointed to: only the API's origin ${apiOrigin} receives it`
    )
  }
}

/** Builds the one API client of a run. */
export function createClient(options: ClientOptions): Client {
  const apiUrl = (options.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com')
    .trim()
    .replace(/\/+$/, '')
  const log = options.log ?? silentLogger
  const limits = {
    rateLimitWaits: options.rateLimitWaits ?? 3,
    maxWait: options.maxRateLimitWaitSeconds ?? 5 * 60,
    log
  }
  const rate: RateState = {}
  const apiOrigin = new URL(apiUrl).origin
  const retries = options.retries ?? 3
  const retryBaseMs = options.retryBaseMs ?? 1000

  const octokit = getOctokit(
    options.token,
    {
      baseUrl: apiUrl,
      userAgent: 'artifact-ops',
      log,
      request: { fetch: boundedFetch(apiUrl, { ...ANSWER_LIMITS, ...options.answerLimits }) },
      throttle: {
        // Writes are paced by pacedWrites alone: the plugin's write queue spaces their starts, not
        // end to start, and its wait cannot be cancelled.
        write: new Bottleneck.Group(),
        onRateLimit: waitForLimit(false, limits),
        onSecondaryRateLimit: waitForLimit(true, limits)
      }
    },
    pacedWrites(options.writeIntervalMs ?? DOCUMENTED_WRITE_INTERVAL_MS, options.signal),
    retryRequests({ retries, retryBaseMs, doNotRetry: DO_NOT_RETRY, log, signal: options.signal }),
    throttling
  )

  octokit.hook.before('request', requestOptions => {
    checkOrigin(requestOptions.url, apiOrigin)
    requestOptions.headers['x-github-api-version'] = API_VERSION
    // A cancellation ends reads at once; a write already sent is let finish, so that what the
    // server did and what the outputs say agree (the pacing wait stops the next one).
    if (options.signal !== undefined && isRead(requestOptions.method)) {
      requestOptions.request = { ...requestOptions.request, signal: options.signal }
    }
  })
  octokit.hook.after('request', response => {
    recordRate(rate, response.headers as Record<string, unknown>)
  })
  octokit.hook.error('request', error => {
    recordRate(
      rate,
      (error as { response?: { headers?: Record<string, unknown> } }).response?.headers
    )
    throw error
  })

  return { octokit, apiUrl, rate }
}
