// GitHub's primary (requests an hour) and secondary (writes too close together) rate limits,
// and the x-ratelimit-* headers.
import type { ServerResponse } from 'node:http'
import { type RecordedRequest, send } from './http.ts'

export const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

export interface RateState {
  limit: number
  remaining: number
  /** epoch seconds */
  resetAt: number
  secondaryAnswers: number
  primaryAnswers: number
}

export interface SecondaryLimit {
  minWriteIntervalMs: number
  retryAfterSeconds: number
}

export interface RateLimitOptions {
  /** whether the primary limit is kept and its headers sent */
  primary: boolean
  limit: number
  remaining: number
  resetSeconds: number
  secondary: SecondaryLimit | null
}

export interface RateLimits {
  state: RateState
  /** Counts a write in flight from its arrival until its answer is closed. */
  arrive(record: RecordedRequest, res: ServerResponse): void
  /** Answers a write that comes too soon with a secondary rate limit; true when it did. */
  secondary(record: RecordedRequest, res: ServerResponse): boolean
  /** Answers with the primary rate limit when none is left, else takes one; true when it did. */
  primary(res: ServerResponse): boolean
  headers(): Record<string, string>
}

const isWrite = (method: string): boolean => method !== 'GET' && method !== 'HEAD'

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const state: RateState = {
    limit: options.limit,
    remaining: options.remaining,
    resetAt: Math.floor(Date.now() / 1000) + options.resetSeconds,
    secondaryAnswers: 0,
    primaryAnswers: 0
  }
  const writes = { inFlight: 0, lastEnd: 0 }

  function headers(): Record<string, string> {
    if (!options.primary) return {}
    return {
      'x-ratelimit-limit': String(state.limit),
      'x-ratelimit-remaining': String(Math.max(0, state.remaining)),
      'x-ratelimit-reset': String(state.resetAt),
      'x-ratelimit-used': String(state.limit - Math.max(0, state.remaining)),
      'x-ratelimit-resource': 'core'
    }
  }

  return {
    state,
    headers,
    arrive(record, res) {
      if (!isWrite(record.method)) return
      record.concurrentWrites = writes.inFlight
      writes.inFlight++
      res.on('close', () => writes.inFlight--)
    },
    // Writes one at a time, each arriving a while after the previous one ended.
    secondary(record, res) {
      const limit = options.secondary
      if (!isWrite(record.method) || !limit) return false
      const tooSoon = record.at - writes.lastEnd < limit.minWriteIntervalMs
      if ((record.concurrentWrites ?? 0) > 0 || (writes.lastEnd > 0 && tooSoon)) {
        state.secondaryAnswers++
        writes.lastEnd = Date.now()
        send(
          res,
          403,
          {
            message: SECONDARY_LIMIT_MESSAGE,
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          },
          { 'retry-after': String(limit.retryAfterSeconds) }
        )
        return true
      }
      res.on('close', () => {
        writes.lastEnd = Date.now()
      })
      return false
    },
    primary(res) {
      if (!options.primary) return false
      const now = Math.floor(Date.now() / 1000)
      if (now >= state.resetAt) {
        state.remaining = state.limit
        state.resetAt = now + 3600
      }
      if (state.remaining <= 0) {
        state.primaryAnswers++
        send(
          res,
          403,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
          },
          headers()
        )
        return true
      }
      state.remaining--
      return false
    }
  }
}
