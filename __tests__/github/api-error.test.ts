// ApiError (src/github/errors.ts): what it reads of real failures from the emulator, and the
// message it makes of them for each status and permission.
import { describe, expect, it, jest } from '@jest/globals'
import { ApiError, asApiError, type RequestPurpose } from '../../src/github/errors.js'
import type { Emulator } from '../../emulator/server.js'
import { clientFor, useEmulator } from '../helpers.js'

const LIST = '/repos/octo-org/octo-repo/actions/artifacts'

const read: RequestPurpose = {
  repository: 'octo-org/octo-repo',
  action: 'list artifacts',
  permission: 'actions: read'
}
const write: RequestPurpose = {
  repository: 'octo-org/octo-repo',
  action: 'delete artifact 7',
  permission: 'actions: write'
}

/** What the client throws for one listing request (no retries, no rate-limit waits). */
async function failureOf(emulator: Emulator, query = ''): Promise<unknown> {
  const { client } = clientFor(emulator, { retries: 0, rateLimitWaits: 0 })
  try {
    await client.octokit.request(`GET ${LIST}${query}`)
  } catch (error) {
    return error
  }
  throw new Error('the request succeeded')
}

describe('ApiError', () => {
  const start = useEmulator()

  it('says a 401 means the token was refused, with the API message and the permission left out', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 401, body: { message: 'Bad credentials' } })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.message).toBe(
      "Unable to list artifacts in octo-org/octo-repo: the token was refused (401 Bad credentials). Check 'github-token': it may be expired, revoked or for another GitHub host."
    )
    expect(error.name).toBe('ApiError')
    expect(error.status).toBe(401)
    expect(error.rateLimited).toBe(false)
    expect(error.resetAt).toBeUndefined()
    expect(error.permission).toBe('actions: read')
  })

  it('names the request by method and path only, leaving out the query', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 500, body: { message: 'boom' } })
    const error = new ApiError(await failureOf(emulator, '?per_page=100&name=secret'), read)
    expect(error.request).toBe(`GET ${LIST}`)
    expect(error.reason).toBe('500 boom')
  })

  it('drops the documentation link Octokit appends to the API message', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 422,
      body: {
        message: 'Validation Failed',
        documentation_url: 'https://docs.github.com/rest/actions/artifacts#list-artifacts'
      }
    })
    const cause = await failureOf(emulator)
    expect((cause as Error).message).toContain(' - https://docs.github.com/')
    expect(new ApiError(cause, read).reason).toBe('422 Validation Failed')
  })

  it('on a 403 for a write, names the permission and says why a fork cannot have it', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 403,
      headers: { 'x-ratelimit-remaining': '4999' },
      body: { message: 'Resource not accessible by integration' }
    })
    const error = new ApiError(await failureOf(emulator), write)
    expect(error.message).toBe(
      "Unable to delete artifact 7 in octo-org/octo-repo: permission denied (403 Resource not accessible by integration). The token needs 'actions: write': add 'permissions: actions: write' to the workflow or job. On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for; run the cleanup from a workflow_run, schedule or pull_request_target workflow instead."
    )
    expect(error.rateLimited).toBe(false)
    expect(ApiError.isRateLimit(error)).toBe(false)
  })

  it('on a 403 for a read, names the permission and ends there', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 403, body: { message: 'Forbidden' } })
    expect(new ApiError(await failureOf(emulator), read).reason).toBe(
      "permission denied (403 Forbidden). The token needs 'actions: read': add 'permissions: actions: read' to the workflow or job."
    )
  })

  it('on a 404, says to check the repository and the permission', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 404, body: { message: 'Not Found' } })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.reason).toBe(
      "not found (404). Check that 'repository' is right and that the token can see it (a token needs 'actions: read' on that repository; a GITHUB_TOKEN only reaches its own repository)."
    )
    expect(ApiError.hasStatus(error, 404)).toBe(true)
    expect(ApiError.hasStatus(error, 403)).toBe(false)
  })

  it('reads a 403 with no requests remaining as the primary rate limit, with its reset time', async () => {
    const emulator = await start()
    const reset = 1_900_000_000
    emulator.addFault({
      path: LIST,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for installation' }
    })
    const cause = await failureOf(emulator)
    expect(ApiError.isRateLimit(cause)).toBe(true)
    const error = new ApiError(cause, read)
    expect(error.rateLimited).toBe(true)
    expect(error.resetAt).toEqual(new Date(reset * 1000))
    expect(error.reason).toBe(
      `rate limit exceeded (403 API rate limit exceeded for installation); it resets at ${new Date(reset * 1000).toISOString()}.`
    )
  })

  it('reads a 429 with retry-after as the secondary rate limit, resetting retry-after seconds from now', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 429,
      headers: { 'retry-after': '60' },
      body: { message: 'Too many requests' }
    })
    const cause = await failureOf(emulator)
    const now = Date.parse('2026-11-22T12:00:00.000Z')
    jest.useFakeTimers({ now })
    let error: ApiError
    try {
      error = new ApiError(cause, read)
    } finally {
      jest.useRealTimers()
    }
    expect(error.rateLimited).toBe(true)
    expect(error.resetAt).toEqual(new Date(now + 60_000))
    expect(error.reason).toBe(
      'rate limit exceeded (429 Too many requests); it resets at 2026-11-22T12:01:00.000Z.'
    )
  })

  it('takes the reset time from x-ratelimit-reset over retry-after when both are sent', async () => {
    const emulator = await start()
    const reset = 1_900_000_000
    emulator.addFault({
      path: LIST,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'retry-after': '60'
      },
      body: { message: 'API rate limit exceeded' }
    })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.rateLimited).toBe(true)
    expect(error.resetAt).toEqual(new Date(reset * 1000))
  })

  it('gives no reset time for a secondary limit without retry-after', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit' }
    })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.rateLimited).toBe(true)
    expect(error.resetAt).toBeUndefined()
    expect(error.reason).toBe('rate limit exceeded (429 You have exceeded a secondary rate limit).')
  })

  it('reads a 403 that says "secondary rate limit" as a rate limit even without retry-after', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 403,
      body: { message: 'You have exceeded a Secondary Rate limit.' }
    })
    expect(ApiError.isRateLimit(await failureOf(emulator))).toBe(true)
  })

  it('does not read a 500 with no requests remaining as a rate limit', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 500,
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
      body: { message: 'oops' }
    })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.rateLimited).toBe(false)
    expect(error.reason).toBe('500 oops')
  })

  it('ignores a reset time that is zero', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' },
      body: { message: 'API rate limit exceeded' }
    })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.resetAt).toBeUndefined()
    expect(error.reason).toBe('rate limit exceeded (403 API rate limit exceeded).')
  })

  it('ignores a retry-after of zero', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 429,
      headers: { 'retry-after': '0' },
      body: { message: 'You have exceeded a secondary rate limit' }
    })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.rateLimited).toBe(true)
    expect(error.resetAt).toBeUndefined()
  })

  it('says the API could not be reached when the connection is reset, with no status', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, kind: 'reset' })
    const error = new ApiError(await failureOf(emulator), read)
    expect(error.status).toBeUndefined()
    expect(error.request).toBe(`GET ${LIST}`)
    expect(error.reason).toMatch(
      /^the API could not be reached \(.+\)\. Check GITHUB_API_URL and the network\.$/
    )
    expect(ApiError.hasStatus(error, 500)).toBe(false)
  })

  it('keeps the message of a failure that is not an HTTP error as the reason', () => {
    const error = new ApiError(new Error('socket hang up'), read)
    expect(error.message).toBe('Unable to list artifacts in octo-org/octo-repo: socket hang up')
    expect(error.status).toBeUndefined()
    expect(error.request).toBe('')
    expect(error.rateLimited).toBe(false)
    expect(error.cause).toBeInstanceOf(Error)
  })

  it('reads status and rate limit back from an ApiError it wraps', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' },
      body: { message: 'API rate limit exceeded' }
    })
    const inner = new ApiError(await failureOf(emulator), read)
    expect(ApiError.hasStatus(inner, 403)).toBe(true)
    expect(ApiError.isRateLimit(inner)).toBe(true)
    const outer = new ApiError(inner, write)
    expect(outer.status).toBe(403)
    expect(outer.request).toBe(`GET ${LIST}`)
    expect(outer.rateLimited).toBe(true)
    expect(outer.resetAt).toEqual(new Date(1_900_000_000_000))
    expect(outer.reason).toBe(
      `rate limit exceeded (403 ${inner.message}); it resets at ${new Date(1_900_000_000_000).toISOString()}.`
    )
  })

  it('asApiError rethrows an ApiError as it is and wraps anything else', () => {
    const existing = new ApiError(new Error('first'), read)
    expect(() => asApiError(write)(existing)).toThrow(existing)
    let thrown: unknown
    try {
      asApiError(write)(new Error('second'))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ApiError)
    expect((thrown as ApiError).message).toBe(
      'Unable to delete artifact 7 in octo-org/octo-repo: second'
    )
  })
})
