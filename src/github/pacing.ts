import type { getOctokit } from '@actions/github'
import Bottleneck from 'bottleneck/light.js'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * GitHub asks integrations to send mutating requests one at a time, with at least a second
 * between them. The throttling plugin spaces the *starts* of writes a second apart; this
 * spaces the end of one write from the start of the next, which is what the rule says and what
 * keeps arrival times at the server a second apart whatever the latency.
 */
export const DOCUMENTED_WRITE_INTERVAL_MS = 1000

/** A request that changes nothing (GET, HEAD; Octokit's default method is GET). */
export function isRead(method: string | undefined): boolean {
  const upper = (method ?? 'GET').toUpperCase()
  return upper === 'GET' || upper === 'HEAD'
}

/**
 * An Octokit plugin that runs mutating requests one at a time through a Bottleneck limiter,
 * each starting `intervalMs` after the previous one ended. Hand-made in one respect only:
 * Bottleneck's `minTime` spaces starts, so the gap from the last end is waited inside the job.
 * Registered before the retry and throttling plugins, so each retry of a write is paced too.
 * An aborted `signal` ends the wait without starting the write.
 */
export function pacedWrites(intervalMs: number, signal?: AbortSignal) {
  return (octokit: Pick<ReturnType<typeof getOctokit>, 'hook'>): void => {
    const limiter = new Bottleneck({ maxConcurrent: 1 })
    let lastEnd = 0
    octokit.hook.wrap('request', (request, options) => {
      if (isRead(options.method)) return request(options)
      return limiter.schedule(async () => {
        // Until the clock says so: a timer counts from the event loop's cached time, which a
        // busy process reads late, and so can end a few ms early by the wall clock.
        // (Before the first write lastEnd is 0, and the wait far below zero.)
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
