import type { getOctokit } from '@actions/github'
import { RequestError } from '@octokit/request-error'
import type { Logger } from '../shared/logger.js'
import { redactUrls } from '../shared/redact.js'
import { isUnhealable } from './answers.js'

/** What the retry plugin is told; the same numbers it uses, so that the log says what it does. */
export interface AttemptRules {
  /** Retries after the first attempt. */
  retries: number
  /** The plugin waits (retry number)² times this. */
  retryBaseMs: number
  /** Statuses the plugin never retries. */
  doNotRetry: readonly number[]
  log: Logger
  /** Once aborted, nothing is retried. */
  signal?: AbortSignal
}

interface RetryState {
  retries?: number
  retryCount?: number
}

/** `METHOD /path` without the query, for log lines; a route's `{name}`s filled in. */
export function describeRequest(options: { method?: string; url?: string }): string {
  const values = options as Record<string, unknown>
  const url = (options.url ?? '')
    .split('?')[0]
    .replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '')
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      values[name] === undefined ? whole : encodeURIComponent(String(values[name]))
    )
  return `${(options.method ?? 'GET').toUpperCase()} ${url}`
}

/**
 * An Octokit plugin registered just inside @octokit/plugin-retry, so that it sees each attempt's
 * failure before the retry plugin decides. The retry plugin has no hook to refuse a retry or to
 * say it is waiting; this gives it both through its own per-request option (`retries: 0`) and a
 * log line per retry: a step that is slow says why, and an error that cannot heal (a refused
 * port, a certificate, an oversized answer, a cancellation) fails at once.
 */
export function attemptRules(rules: AttemptRules) {
  return (octokit: Pick<ReturnType<typeof getOctokit>, 'hook'>): void => {
    octokit.hook.error('request', (error, options) => {
      const state = (options.request ?? {}) as RetryState
      if (rules.signal?.aborted === true || isUnhealable(error)) {
        state.retries = 0
        throw error
      }
      const status = error instanceof RequestError ? error.status : undefined
      const attempt = state.retryCount ?? 0
      const retries = state.retries ?? rules.retries
      if (status !== undefined && status >= 400 && !rules.doNotRetry.includes(status)) {
        if (attempt < retries) {
          const waitMs = (attempt + 1) ** 2 * rules.retryBaseMs
          const answered = (error as RequestError).response !== undefined
          const reason = redactUrls(answered ? `${status} ${error.message}` : error.message)
          rules.log.warn(
            `Retrying in ${Math.round(waitMs / 100) / 10} s (attempt ${attempt + 2} of ${retries + 1}): ${describeRequest(options)}: ${reason.slice(0, 300)}`
          )
        }
      }
      throw error
    })
  }
}
