import { setTimeout as sleep } from 'node:timers/promises'

/** A failure worth another attempt. */
export class RetryableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RetryableError'
  }
}

export interface RetryOptions {
  /** at least 1 */
  attempts: number
  /** before the second attempt, doubled after */
  backoffMs: number
  onRetry?: (attempt: number, waitMs: number, reason: string) => void
  /** ends the waits and retries */
  signal?: AbortSignal
}

/** For transfers (each attempt needs a fresh signed URL); API requests: github/attempts.ts. */
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

export class GaveUpError extends Error {
  constructor(attempts: number, last: RetryableError) {
    super(`gave up after ${attempts} attempts; the last: ${last.message}`, { cause: last })
    this.name = 'GaveUpError'
  }
}
