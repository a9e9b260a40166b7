// The API client (src/github/client.ts) and its write pacing (src/github/pacing.ts), against the
// emulator: base URL, headers, the rate budget it records, retries, rate-limit waits,
// cancellation and the spacing of writes.
import { afterEach, describe, expect, it } from '@jest/globals'
import { describeRequest } from '../../src/github/attempts.js'
import { checkOrigin, createClient } from '../../src/github/client.js'
import { isRead } from '../../src/github/pacing.js'
import { API_VERSION } from '../../src/github/types.js'
import type { Emulator, RecordedRequest } from '../../emulator/server.js'
import { clientFor, rejection, useEmulator } from '../helpers.js'

const LIST = '/repos/octo-org/octo-repo/actions/artifacts'
const GET_LIST = `GET ${LIST}`

const deleteRoute = (id: number): string => `DELETE ${LIST}/${id}`

/** Arrival and end times of recorded requests, failing when one is missing or unfinished. */
function times(requests: RecordedRequest[], count: number): { at: number; endedAt: number }[] {
  expect(requests).toHaveLength(count)
  return requests.map(({ at, endedAt }) => {
    if (endedAt === undefined) throw new Error('a request did not end')
    return { at, endedAt }
  })
}

describe('client: where and how it asks', () => {
  const saved = process.env['GITHUB_API_URL']
  afterEach(() => {
    if (saved === undefined) delete process.env['GITHUB_API_URL']
    else process.env['GITHUB_API_URL'] = saved
  })

  it('trims blanks and trailing slashes from the API URL it is given', () => {
    expect(createClient({ token: 't', apiUrl: '  https://ghe.example/api/v3//  ' }).apiUrl).toBe(
      'https://ghe.example/api/v3'
    )
  })

  it('takes the API URL from GITHUB_API_URL, then api.github.com', () => {
    process.env['GITHUB_API_URL'] = 'https://ghe.example/api/v3/'
    expect(createClient({ token: 't' }).apiUrl).toBe('https://ghe.example/api/v3')
    delete process.env['GITHUB_API_URL']
    expect(createClient({ token: 't' }).apiUrl).toBe('https://api.github.com')
  })

  const start = useEmulator()

  it('sends the token, the API version and its user agent to the API', async () => {
    const emulator = await start()
    const { client } = clientFor(emulator)
    await client.octokit.request(GET_LIST)
    const [request] = emulator.apiRequests()
    expect(request?.path).toBe(LIST)
    expect(request?.headers['x-github-api-version']).toBe(API_VERSION)
    expect(request?.headers['authorization']).toBe('token emulator-token')
    expect(request?.headers['user-agent']).toMatch(/^artifact-ops /)
  })
})

describe('client: the rate budget', () => {
  const start = useEmulator()

  it('starts knowing nothing and records the headers of each answer', async () => {
    const emulator = await start({ rateLimit: 1000, rateRemaining: 400 })
    const { client } = clientFor(emulator)
    expect(client.rate).toEqual({})
    await client.octokit.request(GET_LIST)
    expect(client.rate).toEqual({
      limit: 1000,
      remaining: emulator.rate.remaining,
      resetAt: new Date(emulator.rate.resetAt * 1000)
    })
    expect(client.rate.remaining).toBeLessThan(400)
  })

  it('records the headers of a failed answer too', async () => {
    const emulator = await start()
    emulator.addFault({
      path: LIST,
      status: 404,
      headers: {
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '7',
        'x-ratelimit-reset': '2000000000'
      },
      body: { message: 'Not Found' }
    })
    const { client } = clientFor(emulator)
    await rejection(client.octokit.request(GET_LIST))
    expect(client.rate).toEqual({
      limit: 60,
      remaining: 7,
      resetAt: new Date(2_000_000_000_000)
    })
  })

  it('keeps what it knew when an answer has no, empty or unreadable rate headers', async () => {
    const emulator = await start({ rateLimit: 1000 })
    const { client } = clientFor(emulator)
    await client.octokit.request(GET_LIST)
    const known = { ...client.rate }
    emulator.addFault({
      path: LIST,
      status: 404,
      headers: { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '' },
      body: { message: 'Not Found' }
    })
    await rejection(client.octokit.request(GET_LIST))
    emulator.addFault({ path: LIST, status: 404, body: { message: 'Not Found' } })
    await rejection(client.octokit.request(GET_LIST))
    expect(client.rate).toEqual(known)
  })

  it('records nothing from a server that sends no rate headers', async () => {
    const emulator = await start({ mode: 'ghes-3.21' })
    const { client } = clientFor(emulator)
    await client.octokit.request(GET_LIST)
    expect(client.rate).toEqual({})
  })
})

describe('client: retries', () => {
  const start = useEmulator()

  it('retries a 5xx up to `retries` times, logging each retry, and then succeeds', async () => {
    const emulator = await start()
    emulator.addArtifact({ name: 'a' })
    emulator.addFault({ path: LIST, status: 502, times: 2 })
    // The waits asserted: 1² and 2² times 20 ms.
    const { client, logs } = clientFor(emulator, { retries: 2, retryBaseMs: 20 })
    const response = await client.octokit.request(GET_LIST)
    expect(response.data.total_count).toBe(1)
    expect(emulator.apiRequests('GET')).toHaveLength(3)
    expect(logs.warn).toEqual([
      `Retrying in 0 s (attempt 2 of 3): ${GET_LIST}: 502 Server Error`,
      `Retrying in 0.1 s (attempt 3 of 3): ${GET_LIST}: 502 Server Error`
    ])
  })

  it('gives up after `retries` retries of a 5xx', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 503, times: 5 })
    const { client, logs } = clientFor(emulator, { retries: 1 })
    const error = await rejection(client.octokit.request(GET_LIST))
    expect((error as { status?: number }).status).toBe(503)
    expect(emulator.apiRequests('GET')).toHaveLength(2)
    expect(logs.warn).toEqual([`Retrying in 0 s (attempt 2 of 2): ${GET_LIST}: 503 Server Error`])
  })

  it('cuts the reason a retry gives at 300 characters', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 500, body: { message: 'x'.repeat(1000) } })
    const { client, logs } = clientFor(emulator, { retries: 1 })
    await client.octokit.request(GET_LIST)
    const prefix = `Retrying in 0 s (attempt 2 of 2): ${GET_LIST}: `
    expect(logs.warn).toHaveLength(1)
    expect(logs.warn[0]?.startsWith(`${prefix}500 xxx`)).toBe(true)
    expect(logs.warn[0]).toHaveLength(prefix.length + 300)
  })

  it('says nothing of a retry for an answer below 400 that Octokit throws (304)', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 304, times: 5 })
    const { client, logs } = clientFor(emulator, { retries: 3 })
    const error = await rejection(client.octokit.request(GET_LIST))
    expect((error as { status?: number }).status).toBe(304)
    expect(emulator.apiRequests('GET')).toHaveLength(1)
    expect(logs.warn).toEqual([])
  })

  it.each([400, 401, 404, 410, 422, 451])(
    'does not retry a %i, which would fail again',
    async status => {
      const emulator = await start()
      emulator.addFault({ path: LIST, status, times: 5, body: { message: 'no' } })
      const { client, logs } = clientFor(emulator, { retries: 3 })
      const error = await rejection(client.octokit.request(GET_LIST))
      expect((error as { status?: number }).status).toBe(status)
      expect(emulator.apiRequests('GET')).toHaveLength(1)
      expect(logs.warn).toEqual([])
    }
  )
})

describe('client: rate limits', () => {
  const start = useEmulator()

  /** A primary rate limit whose reset has passed, so that each wait is 0 s. */
  const primaryLimit = (emulator: Emulator, times: number): void => {
    emulator.addFault({
      path: LIST,
      status: 403,
      times,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' },
      body: { message: 'API rate limit exceeded' }
    })
  }

  /** A secondary limit that asks for `retryAfter` seconds, `times` times. */
  const secondaryLimit = (emulator: Emulator, retryAfter: string, times = 1): void => {
    emulator.addFault({
      path: LIST,
      status: 403,
      times,
      headers: { 'retry-after': retryAfter },
      body: { message: 'You have exceeded a secondary rate limit' }
    })
  }

  it('waits for the reset of a primary limit, saying which wait of how many', async () => {
    const emulator = await start()
    primaryLimit(emulator, 2)
    const { client, logs } = clientFor(emulator, { rateLimitWaits: 3 })
    await client.octokit.request(`${GET_LIST}?per_page=1`)
    expect(logs.warn).toEqual([
      `Rate limit exhausted for ${GET_LIST}; waiting 0s for the reset (wait 1 of 3).`,
      `Rate limit exhausted for ${GET_LIST}; waiting 0s for the reset (wait 2 of 3).`
    ])
    expect(emulator.apiRequests('GET')).toHaveLength(3)
  })

  it('gives up on a primary limit after `rateLimitWaits` waits', async () => {
    const emulator = await start()
    primaryLimit(emulator, 5)
    const { client, logs } = clientFor(emulator, { rateLimitWaits: 2 })
    const error = await rejection(client.octokit.request(GET_LIST))
    expect((error as { status?: number }).status).toBe(403)
    expect(logs.warn).toEqual([
      `Rate limit exhausted for ${GET_LIST}; waiting 0s for the reset (wait 1 of 2).`,
      `Rate limit exhausted for ${GET_LIST}; waiting 0s for the reset (wait 2 of 2).`,
      `Rate limit exhausted for ${GET_LIST}; the limit resets in 0s, longer than max-wait (300s) or after 2 waits: giving up.`
    ])
    expect(emulator.apiRequests('GET')).toHaveLength(3)
  })

  it('waits for a reset exactly max-wait away (here 0 s)', async () => {
    const emulator = await start()
    primaryLimit(emulator, 1)
    const { client, logs } = clientFor(emulator, { maxRateLimitWaitSeconds: 0 })
    await client.octokit.request(GET_LIST)
    expect(logs.warn).toEqual([
      `Rate limit exhausted for ${GET_LIST}; waiting 0s for the reset (wait 1 of 3).`
    ])
  })

  it('waits as GitHub asks on a secondary limit when that is exactly max-wait', async () => {
    const emulator = await start()
    secondaryLimit(emulator, '1')
    const { client, logs } = clientFor(emulator, { maxRateLimitWaitSeconds: 1 })
    await client.octokit.request(GET_LIST)
    expect(logs.warn).toEqual([
      `Secondary rate limit for ${GET_LIST}; waiting 1s as GitHub asks (wait 1 of 3).`
    ])
  })

  it('gives up at once on a primary limit that resets later than maxRateLimitWaitSeconds', async () => {
    const emulator = await start()
    const reset = Math.floor(Date.now() / 1000) + 600
    emulator.addFault({
      path: LIST,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' }
    })
    const { client, logs } = clientFor(emulator, { maxRateLimitWaitSeconds: 60 })
    await rejection(client.octokit.request(GET_LIST))
    expect(logs.warn).toHaveLength(1)
    expect(logs.warn[0]).toMatch(
      /^Rate limit exhausted for GET \/repos\/octo-org\/octo-repo\/actions\/artifacts; the limit resets in (600|601|602)s, longer than max-wait \(60s\) or after 0 waits: giving up\.$/
    )
    expect(emulator.apiRequests('GET')).toHaveLength(1)
  })

  it('waits as long as GitHub asks on a secondary limit, then gives up after `rateLimitWaits` waits', async () => {
    const emulator = await start()
    secondaryLimit(emulator, '1', 5)
    const { client, logs } = clientFor(emulator, { rateLimitWaits: 1 })
    const error = await rejection(client.octokit.request(GET_LIST))
    expect((error as { status?: number }).status).toBe(403)
    expect(logs.warn).toEqual([
      `Secondary rate limit for ${GET_LIST}; waiting 1s as GitHub asks (wait 1 of 1).`,
      `Secondary rate limit for ${GET_LIST}; GitHub asks to wait 1s, longer than max-wait (300s) or after 1 waits: giving up.`
    ])
    const [first, second] = times(emulator.apiRequests('GET'), 2)
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000)
  })

  it('gives up at once on a secondary limit that asks for a longer wait than maxRateLimitWaitSeconds', async () => {
    const emulator = await start()
    secondaryLimit(emulator, '61', 5)
    const { client, logs } = clientFor(emulator, { maxRateLimitWaitSeconds: 60 })
    const error = await rejection(client.octokit.request(GET_LIST))
    expect((error as { status?: number }).status).toBe(403)
    expect(logs.warn).toEqual([
      `Secondary rate limit for ${GET_LIST}; GitHub asks to wait 61s, longer than max-wait (60s) or after 0 waits: giving up.`
    ])
    expect(emulator.apiRequests('GET')).toHaveLength(1)
  })
})

describe('client: cancellation', () => {
  const start = useEmulator()

  it('ends a read in flight when the signal is aborted, rather than wait for the answer', async () => {
    const emulator = await start({ latencyMs: 2000 })
    const controller = new AbortController()
    const { client, logs } = clientFor(emulator, { signal: controller.signal })
    const pending = client.octokit.request(GET_LIST)
    setTimeout(() => controller.abort(), 100)
    const error = await rejection(pending)
    // Octokit reports the abort as a request that got no answer, and does not retry it.
    expect((error as { status?: number }).status).toBe(500)
    expect(emulator.apiRequests()).toHaveLength(1)
    expect(logs.warn).toEqual([])
  })

  it('lets a write in flight finish when the signal is aborted', async () => {
    const emulator = await start({ latencyMs: 300 })
    const artifact = emulator.addArtifact({ name: 'a' })
    const controller = new AbortController()
    const { client } = clientFor(emulator, { signal: controller.signal })
    const pending = client.octokit.request(deleteRoute(artifact.id))
    setTimeout(() => controller.abort(), 100)
    expect((await pending).status).toBe(204)
    expect(emulator.liveArtifacts()).toEqual([])
  })

  it('ends the wait before a retry when the signal is aborted, sending nothing more', async () => {
    const emulator = await start()
    emulator.addFault({ path: LIST, status: 502, times: 5 })
    const controller = new AbortController()
    const { client } = clientFor(emulator, { retryBaseMs: 60_000, signal: controller.signal })
    const began = Date.now()
    const pending = client.octokit.request(GET_LIST)
    setTimeout(() => controller.abort(), 200)
    expect((await rejection(pending)).name).toBe('AbortError')
    expect(Date.now() - began).toBeLessThan(5000)
    expect(emulator.apiRequests()).toHaveLength(1)
  })

  it('does not retry a write that failed after the signal was aborted, and says so plainly', async () => {
    const emulator = await start({ latencyMs: 300 })
    const artifact = emulator.addArtifact({ name: 'a' })
    emulator.addFault({ method: 'DELETE', path: `${LIST}/${artifact.id}`, status: 502 })
    const controller = new AbortController()
    const { client, logs } = clientFor(emulator, { signal: controller.signal })
    const pending = client.octokit.request(deleteRoute(artifact.id))
    setTimeout(() => controller.abort(), 100)
    expect(((await rejection(pending)) as { status?: number }).status).toBe(502)
    expect(emulator.apiRequests('DELETE')).toHaveLength(1)
    expect(logs.warn).toEqual([])
  })

  it('sends writes from a client made without a signal', async () => {
    const emulator = await start()
    const artifact = emulator.addArtifact({ name: 'a' })
    const client = createClient({ token: emulator.token, apiUrl: emulator.apiUrl })
    expect((await client.octokit.request(deleteRoute(artifact.id))).status).toBe(204)
    expect(emulator.liveArtifacts()).toEqual([])
  })

  it('takes GET and HEAD, in any case, as reads; every other method as a write', () => {
    expect([undefined, 'GET', 'get', 'HEAD', 'head'].map(isRead)).toEqual([
      true,
      true,
      true,
      true,
      true
    ])
    expect(['DELETE', 'delete', 'POST', 'PUT', 'PATCH'].map(isRead)).toEqual([
      false,
      false,
      false,
      false,
      false
    ])
  })

  it('sends no write once the signal is aborted', async () => {
    const emulator = await start()
    const artifact = emulator.addArtifact({ name: 'a' })
    const controller = new AbortController()
    controller.abort()
    const { client } = clientFor(emulator, { signal: controller.signal })
    await rejection(client.octokit.request(deleteRoute(artifact.id)))
    expect(emulator.apiRequests()).toEqual([])
  })
})

describe('client: pacing of writes', () => {
  const start = useEmulator()

  it('starts each write writeIntervalMs after the previous one ended, one at a time', async () => {
    const emulator = await start({ latencyMs: 50 })
    const ids = [1, 2, 3].map(() => emulator.addArtifact({ name: 'a' }).id)
    const { client } = clientFor(emulator, { writeIntervalMs: 250 })
    await Promise.all(ids.map(id => client.octokit.request(deleteRoute(id))))
    expect(emulator.apiRequests('DELETE').map(w => w.concurrentWrites)).toEqual([0, 0, 0])
    const [first, second, third] = times(emulator.apiRequests('DELETE'), 3)
    expect(second.at - first.endedAt).toBeGreaterThanOrEqual(250)
    expect(third.at - second.endedAt).toBeGreaterThanOrEqual(250)
  })

  it('lets reads pass while writes wait their turn', async () => {
    const emulator = await start()
    const a = emulator.addArtifact({ name: 'a' })
    const b = emulator.addArtifact({ name: 'b' })
    const { client } = clientFor(emulator, { writeIntervalMs: 1500 })
    await client.octokit.request(deleteRoute(a.id))
    const second = client.octokit.request(deleteRoute(b.id))
    await client.octokit.request(GET_LIST)
    await second
    const [firstWrite, secondWrite] = times(emulator.apiRequests('DELETE'), 2)
    const [read] = times(emulator.apiRequests('GET'), 1)
    expect(read.at).toBeLessThan(secondWrite.at)
    expect(read.at - firstWrite.endedAt).toBeLessThan(1500)
    expect(secondWrite.at - firstWrite.endedAt).toBeGreaterThanOrEqual(1500)
  })

  it('paces the retry of a failed write like any other write', async () => {
    const emulator = await start()
    const artifact = emulator.addArtifact({ name: 'a' })
    emulator.addFault({ method: 'DELETE', path: `${LIST}/${artifact.id}`, status: 502 })
    const { client } = clientFor(emulator, { writeIntervalMs: 300, retryBaseMs: 1 })
    expect((await client.octokit.request(deleteRoute(artifact.id))).status).toBe(204)
    expect(emulator.apiRequests('DELETE').map(r => r.status)).toEqual([502, 204])
    const [failed, retried] = times(emulator.apiRequests('DELETE'), 2)
    expect(retried.at - failed.endedAt).toBeGreaterThanOrEqual(300)
  })

  it('ends a write waiting for its turn when the signal is aborted, without sending it', async () => {
    const emulator = await start()
    const a = emulator.addArtifact({ name: 'a' })
    const b = emulator.addArtifact({ name: 'b' })
    const controller = new AbortController()
    const { client } = clientFor(emulator, { writeIntervalMs: 600_000, signal: controller.signal })
    await client.octokit.request(deleteRoute(a.id))
    const waiting = client.octokit.request(deleteRoute(b.id))
    setTimeout(() => controller.abort(), 100)
    const error = await rejection(waiting)
    expect(error.name).toBe('AbortError')
    expect(emulator.apiRequests('DELETE')).toHaveLength(1)
    expect(emulator.liveArtifacts().map(artifact => artifact.id)).toEqual([b.id])
  })
})

describe('describeRequest and checkOrigin, on the URLs Octokit can hand them', () => {
  it('describes a request as METHOD and path: origin and query gone, the route filled in', () => {
    expect(
      describeRequest({
        method: 'delete',
        url: 'https://ghe.example.com:8443/api/v3/repos/o/r/actions/artifacts/7?x=https://a.example/'
      })
    ).toBe('DELETE /api/v3/repos/o/r/actions/artifacts/7')
    const route = { url: '/repos/{owner}/{repo}/actions/runs/{run_id}', owner: 'o', repo: 'r w' }
    expect(describeRequest(route)).toBe('GET /repos/o/r%20w/actions/runs/{run_id}')
    // A path that holds a URL further on keeps it: only a leading origin goes.
    expect(describeRequest({ url: '/redirect/http://other.example/x' })).toBe(
      'GET /redirect/http://other.example/x'
    )
  })

  it('lets a relative URL through (Octokit resolves it against the API URL) and refuses another origin', () => {
    expect(() =>
      checkOrigin('/repos/o/r/actions/artifacts', 'https://api.github.com')
    ).not.toThrow()
    expect(() => checkOrigin(undefined, 'https://api.github.com')).not.toThrow()
    expect(() => checkOrigin('https://api.github.com/x', 'https://api.github.com')).not.toThrow()
    expect(() => checkOrigin('/x/https://evil.example/', 'https://api.github.com')).not.toThrow()
    expect(() => checkOrigin('https://evil.example/x', 'https://api.github.com')).toThrow(
      'refusing to send the token to https://evil.example'
    )
  })
})
