import { setTimeout as sleep } from 'node:timers/promises'

/** A failure worth another attempt. */
export class RetryableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RetryableError'
  }
}

export interface RetryOptions {
  /** Attempts in all (at least 1). */
  attempts: number
  /** Wait before the second attempt, doubled for each later one. */
  backoffMs: number
  /** Called before each retry with the attempt about to start and what went wrong. */
  onRetry?: (attempt: number, waitMs: number, reason: string) => void
  /** Ends the waits (and so the retries) when aborted. */
  signal?: AbortSignal
}

/**
 * Runs `attempt` until it succeeds, throws anything but a RetryableError, or runs out of
 * attempts. For what Octokit does not send (the archive transfers, each of which needs a fresh
 * signed URL per attempt); the API's requests are retried by the client (github/attempts.ts).
 */
export async function withRetries<T>(
  options: RetryOptions,
  attempt: (number: number) => Promise<T>
): Promise<{ value: T; attempts: number }> {
  const attempts = Math.max(1, options.attempts)
  let last: RetryableError | undefined
  for (let number = 1; number <= attempts; number++) {
    if (last !== undefined) {
      const waitMs = options.backoffMs * 2 ** (number - 2)
      options.onRetry?.(number, waitMs, last.message)
      await sleep(waitMs, undefined, { signal: options.signal })
    }
    try {
      return { value: await attempt(number), attempts: number }
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error
      last = error
    }
  }
  throw new GaveUpError(attempts, last as RetryableError)
}

/** Every attempt failed. */
export class GaveUpError extends Error {
  constructor(attempts: number, last: RetryableError) {
    super(`gave up after ${attempts} attempts; the last: ${last.message}`, { cause: last })
    this.name = 'GaveUpError'
  }
}
