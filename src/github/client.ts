import { getOctokit } from '@actions/github'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { API_VERSION } from './types.js'
import { type Logger, silentLogger } from '../shared/logger.js'
import { ANSWER_LIMITS, type AnswerLimits, boundedFetch } from './answers.js'
import { describeRequest, retryRequests } from './attempts.js'
import { DOCUMENTED_WRITE_INTERVAL_MS, isRead, pacedWrites } from './pacing.js'

export type Octokit = ReturnType<typeof getOctokit>

/** Undefined where a server sends no rate-limit headers. */
export interface RateState {
  /** `x-ratelimit-limit` */
  limit?: number
  /** `x-ratelimit-remaining` */
  remaining?: number
  /** `x-ratelimit-reset` */
  resetAt?: Date
}

export interface Client {
  /** With retries and throttling. */
  octokit: Octokit
  /** e.g. `https://HOST/api/v3` */
  apiUrl: string
  /** As of the last response. */
  rate: RateState
}

export interface ClientOptions {
  /** Sent only to `apiUrl`. */
  token: string
  /** Else `GITHUB_API_URL`, else api.github.com. */
  apiUrl?: string
  /** From the end of one write to the next one's start. */
  writeIntervalMs?: number
  /** Retry n waits n² times this. */
  retryBaseMs?: number
  /** On 5xx and network errors. */
  retries?: number
  /** Before a rate-limited request fails. */
  rateLimitWaits?: number
  /** A longer rate-limit wait fails the request (`max-wait`). */
  maxRateLimitWaitSeconds?: number
  /** Tests shorten them. */
  answerLimits?: Partial<AnswerLimits>
  /** Where log lines go. */
  log?: Logger
  /** Ends every wait and request. */
  signal?: AbortSignal
}

/** True: wait `retryAfter` seconds and retry. */
type RateLimitHandler = (
  retryAfter: number,
  request: { method?: string; url?: string },
  octokit: unknown,
  retryCount: number
) => boolean

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

/** Undefined for a blank value: Number('') is 0. */
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

/** 403 and 429 are the throttling plugin's to wait for; the rest would fail again. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/** Octokit sends an answer's URL (a Link `next`) with the token: only the API's origin gets it. */
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

/** The one API client of a run. */
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
        // pacedWrites alone paces writes: this queue spaces starts and cannot be cancelled.
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
    // A write already sent is let finish, so the outputs say what the server did.
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
