import type { getOctokit } from '@actions/github'
import { RequestError } from '@octokit/request-error'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from '../shared/logger.js'
import { redactUrls } from '../shared/redact.js'
import { isUnhealable } from './answers.js'

export interface RetryRules {
  /** After the first attempt. */
  retries: number
  /** Retry n waits n² times this. */
  retryBaseMs: number
  /** Statuses never retried. */
  doNotRetry: readonly number[]
  log: Logger
  /** Once aborted, nothing is retried. */
  signal?: AbortSignal
}

/** For log lines: no query, `{name}`s filled in. */
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

function worthRetrying(error: unknown, rules: RetryRules): error is RequestError {
  return (
    error instanceof RequestError &&
    error.status >= 400 &&
    !rules.doNotRetry.includes(error.status) &&
    rules.signal?.aborted !== true &&
    !isUnhealable(error)
  )
}

/** Not plugin-retry: by status alone it retries what cannot heal and what a cancellation cut. */
export function retryRequests(rules: RetryRules) {
  return (octokit: Pick<ReturnType<typeof getOctokit>, 'hook'>): void => {
    octokit.hook.wrap('request', async (request, options) => {
      for (let retry = 1; ; retry++) {
        try {
          return await request(options)
        } catch (error) {
          if (retry > rules.retries || !worthRetrying(error, rules)) throw error
          const waitMs = retry ** 2 * rules.retryBaseMs
          const reason = redactUrls(
            error.response !== undefined ? `${error.status} ${error.message}` : error.message
          )
          rules.log.warn(
            `Retrying in ${Math.round(waitMs / 100) / 10} s (attempt ${retry + 1} of ${rules.retries + 1}): ${describeRequest(options)}: ${reason.slice(0, 300)}`
          )
          await sleep(waitMs, undefined, { signal: rules.signal })
        }
      }
    })
  }
}
