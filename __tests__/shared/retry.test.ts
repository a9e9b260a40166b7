// withRetries (src/shared/retry.ts): attempts, the doubling backoff, what is retried and the
// error that ends it all.
import { describe, expect, it } from '@jest/globals'
import { GaveUpError, RetryableError, withRetries } from '../../src/shared/retry.js'

/** An attempt that fails with RetryableError `failures` times, then returns its number. */
function failingTimes(failures: number): {
  attempt: (n: number) => Promise<number>
  seen: number[]
} {
  const seen: number[] = []
  return {
    seen,
    attempt: async n => {
      seen.push(n)
      if (n <= failures) throw new RetryableError(`failure ${n}`)
      return n * 10
    }
  }
}

describe('withRetries', () => {
  it('returns the first success and how many attempts it took, without retrying', async () => {
    const retries: unknown[] = []
    const { attempt, seen } = failingTimes(0)
    const result = await withRetries(
      { attempts: 3, backoffMs: 5, onRetry: (...args) => retries.push(args) },
      attempt
    )
    expect(result).toEqual({ value: 10, attempts: 1 })
    expect(seen).toEqual([1])
    expect(retries).toEqual([])
  })

  it('retries a RetryableError, doubling the wait and saying what went wrong', async () => {
    const retries: unknown[] = []
    const { attempt, seen } = failingTimes(3)
    const result = await withRetries(
      { attempts: 4, backoffMs: 5, onRetry: (...args) => retries.push(args) },
      attempt
    )
    expect(result).toEqual({ value: 40, attempts: 4 })
    expect(seen).toEqual([1, 2, 3, 4])
    expect(retries).toEqual([
      [2, 5, 'failure 1'],
      [3, 10, 'failure 2'],
      [4, 20, 'failure 3']
    ])
  })

  it('gives up after the last attempt with the last failure as the cause', async () => {
    const { attempt, seen } = failingTimes(5)
    let error: unknown
    try {
      await withRetries({ attempts: 2, backoffMs: 1 }, attempt)
    } catch (caught) {
      error = caught
    }
    expect(seen).toEqual([1, 2])
    expect(error).toBeInstanceOf(GaveUpError)
    expect((error as Error).name).toBe('GaveUpError')
    expect((error as Error).message).toBe('gave up after 2 attempts; the last: failure 2')
    const cause = (error as Error).cause as Error
    expect(cause).toBeInstanceOf(RetryableError)
    expect(cause.name).toBe('RetryableError')
    expect(cause.message).toBe('failure 2')
  })

  it('makes one attempt when asked for none', async () => {
    const { attempt, seen } = failingTimes(5)
    await expect(withRetries({ attempts: 0, backoffMs: 1 }, attempt)).rejects.toThrow(
      'gave up after 1 attempts; the last: failure 1'
    )
    expect(seen).toEqual([1])
  })

  it('does not retry any other error', async () => {
    const seen: number[] = []
    const failure = new Error('final')
    await expect(
      withRetries({ attempts: 3, backoffMs: 1 }, async n => {
        seen.push(n)
        throw failure
      })
    ).rejects.toBe(failure)
    expect(seen).toEqual([1])
  })

  it('ends the wait, and the retries, when the signal is aborted', async () => {
    const controller = new AbortController()
    const { attempt, seen } = failingTimes(5)
    const pending = withRetries(
      {
        attempts: 3,
        backoffMs: 60_000,
        signal: controller.signal,
        onRetry: () => setTimeout(() => controller.abort(), 10)
      },
      attempt
    )
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(seen).toEqual([1])
  })

  it('keeps the cause a RetryableError is given', () => {
    const cause = new Error('socket')
    expect(new RetryableError('again', { cause }).cause).toBe(cause)
  })
})
