import type { getOctokit } from '@actions/github'
import Bottleneck from 'bottleneck/light.js'
import { setTimeout as sleep } from 'node:timers/promises'

/** GitHub asks for a second between writes; end to start keeps it whatever the latency. */
export const DOCUMENTED_WRITE_INTERVAL_MS = 1000

/** Octokit's default method is GET. */
export function isRead(method: string | undefined): boolean {
  const upper = (method ?? 'GET').toUpperCase()
  return upper === 'GET' || upper === 'HEAD'
}

/** Bottleneck's `minTime` spaces starts, not end to start; before retries, so retries are paced. */
export function pacedWrites(intervalMs: number, signal?: AbortSignal) {
  return (octokit: Pick<ReturnType<typeof getOctokit>, 'hook'>): void => {
    const limiter = new Bottleneck({ maxConcurrent: 1 })
    let lastEnd = 0
    octokit.hook.wrap('request', (request, options) => {
      if (isRead(options.method)) return request(options)
      return limiter.schedule(async () => {
        // A timer counts from the loop's cached time and can end early by the wall clock.
        for (let wait = lastEnd + intervalMs - Date.now(); wait > 0;) {
          await sleep(wait, undefined, { signal })
          wait = lastEnd + intervalMs - Date.now()
        }
        signal?.throwIfAborted()
        try {
          return await request(options)
        } finally {
          lastEnd = Date.now()
        }
      })
    })
  }
}
