import { describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import type { Emulator, RecordedRequest } from '../../emulator/server.js'
import { listArtifacts } from '../../src/github/artifacts.js'
import { listWorkflowRunIds } from '../../src/github/runs.js'
import { clientFor, useEmulator } from '../helpers.js'
import { json, type TestServer, useServers } from '../servers.js'

const start = useEmulator()
const serve = useServers()

const LISTING = { owner: 'octo-org', repo: 'octo-repo' }
const PATH = '/repos/octo-org/octo-repo/actions/artifacts'

function fill(e: Emulator, count: number): void {
  for (let i = 0; i < count; i++) {
    e.addArtifact({ name: `artifact-${i % 7}`, size: 1000 + i })
  }
}

/** The most requests the server was answering at one moment (from arrival and end times). */
function mostAtOnce(requests: readonly RecordedRequest[]): number {
  return Math.max(
    0,
    ...requests.map(
      r => requests.filter(o => o.at <= r.at && (o.endedAt ?? Infinity) > r.at).length
    )
  )
}

const pageOf = (r: RecordedRequest): number => Number(r.query.get('page') ?? '1')

/**
 * A listing server of `total` artifacts (ids total … 1, newest first), each page answered after
 * `delayMs`, with the Link header `links` gives; it counts the requests it answers at once.
 */
async function pagedServer(
  total: number,
  links: (origin: string, page: number, last: number) => string,
  options: { delayMs?: number; ids?: (page: number) => number[] } = {}
): Promise<TestServer & { most: () => number }> {
  let now = 0
  let most = 0
  const last = Math.ceil(total / 100)
  const server = await serve((req, res: ServerResponse, s) => {
    now++
    most = Math.max(most, now)
    const page = Number(new URL(req.url ?? '/', s.origin).searchParams.get('page') ?? 1)
    const ids =
      options.ids?.(page) ??
      Array.from(
        { length: Math.min(100, total - (page - 1) * 100) },
        (_, i) => total - (page - 1) * 100 - i
      )
    setTimeout(() => {
      now--
      const link = links(s.origin, page, last)
      json(
        res,
        {
          total_count: total,
          artifacts: ids.map(id => ({ id, name: `a${id}`, size_in_bytes: 1, expired: false }))
        },
        link === '' ? {} : { link }
      )
    }, options.delayMs ?? 10)
  })
  return Object.assign(server, { most: () => most })
}

const clientOf = (apiUrl: string) => clientFor({ token: 't', apiUrl }, { retries: 0 })

describe('a listing whose first page gives its last page', () => {
  it('reads 5,000 artifacts in 50 requests, 4 at once and never more, in page order', async () => {
    const e = await start({ latencyMs: 20 })
    fill(e, 5000)
    const { client } = clientFor(e)
    const { artifacts, pages, complete } = await listArtifacts(client, LISTING)
    const requests = e.apiRequests()
    expect(pages).toBe(50)
    expect(complete).toBe(true)
    expect(requests).toHaveLength(50)
    expect(requests.map(pageOf).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1)
    )
    expect(mostAtOnce(requests)).toBe(4)
    // Page 1 alone, then the other 49 built from its `last` link.
    expect(requests.filter(r => r.at < (requests[0].endedAt ?? 0))).toHaveLength(1)
    const ids = [...e.artifacts.keys()].sort((a, b) => b - a)
    expect(artifacts.map(a => a.id)).toEqual(ids)
  })

  it('reports the pages in page order to the progress callback', async () => {
    const e = await start({ latencyMs: 5 })
    fill(e, 450)
    const { client } = clientFor(e)
    const calls: number[] = []
    await listArtifacts(client, { ...LISTING, onPage: read => calls.push(read) })
    expect(calls).toEqual([100, 200, 300, 400, 450])
  })

  it("follows the last page's next link when the listing grew while it was read", async () => {
    const e = await start()
    fill(e, 300)
    const before = [...e.artifacts.keys()]
    const { client } = clientFor(e)
    let added = false
    client.octokit.hook.after('request', () => {
      // 30 new artifacts arrive once page 1 is read: the listing now has 4 pages, not 3.
      if (added) return
      added = true
      fill(e, 30)
    })
    const { artifacts } = await listArtifacts(client, LISTING)
    expect(e.apiRequests().map(pageOf).sort()).toEqual([1, 2, 3, 4])
    const ids = artifacts.map(a => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter(id => before.includes(id)).sort()).toEqual(before.sort())
  })

  it('reads the workflow runs listing the same way', async () => {
    const e = await start({ latencyMs: 20 })
    e.addWorkflow({ id: 5, file: 'ci.yml' })
    const runs = Array.from({ length: 1000 }, () => e.addRun({ workflowId: 5 }).id)
    const { client } = clientFor(e)
    const ids = await listWorkflowRunIds(client, { ...LISTING, workflow: 'ci.yml' })
    expect([...ids].sort()).toEqual(runs.sort())
    expect(e.apiRequests()).toHaveLength(10)
    expect(mostAtOnce(e.apiRequests())).toBe(4)
  })
})

describe('the guards of a listing read in parallel', () => {
  it('refuses a last link off the API origin before sending anything there', async () => {
    const e = await start()
    e.addArtifact({ name: 'a' })
    const elsewhere = await serve((_req, res) => json(res, { total_count: 0, artifacts: [] }))
    e.addFault({
      path: PATH,
      status: 200,
      body: {
        total_count: 300,
        artifacts: [{ id: 999, name: 'a', size_in_bytes: 1, expired: false }]
      },
      headers: {
        link: `<${e.apiOrigin}${PATH}?per_page=100&page=2>; rel="next", <${elsewhere.origin}${PATH}?per_page=100&page=3>; rel="last"`
      }
    })
    const { client } = clientFor(e)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `Unable to list artifacts in octo-org/octo-repo: refusing to send the token to ${elsewhere.origin}, which an answer of the API pointed to: only the API's origin ${e.apiOrigin} receives it`
    )
    expect(elsewhere.seen).toEqual([])
    expect(e.apiRequests()).toHaveLength(1)
  })

  it('refuses a last page past what total_count allows, after one request', async () => {
    const server = await pagedServer(150, (origin, page) =>
      page === 1
        ? `<${origin}${PATH}?page=2>; rel="next", <${origin}${PATH}?page=60>; rel="last"`
        : ''
    )
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `GET ${PATH} (page 1): the last page is 60, more than the 5 pages total_count allows; stopping`
    )
    expect(server.seen).toHaveLength(1)
  })

  it('stops at the first page of the plan that brings no new id', async () => {
    const server = await pagedServer(
      500,
      (origin, page, last) =>
        `<${origin}${PATH}?page=${Math.min(page + 1, last)}>; rel="next", <${origin}${PATH}?page=${last}>; rel="last"`,
      { ids: () => [1, 2] }
    )
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `GET ${PATH} (page 2): a page with a next link brought no new id; stopping`
    )
    // Page 1, then pages 2 to 5 at once (at most): none past page 5, the window's end.
    const urls = server.seen.map(r => r.url)
    expect(urls[0]).toBe(`${PATH}?per_page=100`)
    expect(urls).toContain(`${PATH}?page=2`)
    expect(urls.slice(1).every(url => /\?page=[2345]$/.test(url))).toBe(true)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('follows next links one at a time where there is no last link', async () => {
    const server = await pagedServer(300, (origin, page, last) =>
      page < last ? `<${origin}${PATH}?page=${page + 1}>; rel="next"` : ''
    )
    const { client } = clientOf(server.origin)
    const { artifacts } = await listArtifacts(client, LISTING)
    expect(artifacts).toHaveLength(300)
    expect(server.seen).toHaveLength(3)
    expect(server.most()).toBe(1)
  })

  it('follows next links one at a time where the last link does not agree with next', async () => {
    const server = await pagedServer(300, (origin, page, last) =>
      page < last
        ? `<${origin}${PATH}?page=${page + 1}&cursor=c${page}>; rel="next", <${origin}${PATH}?page=${last}>; rel="last"`
        : ''
    )
    const { client } = clientOf(server.origin)
    const { artifacts } = await listArtifacts(client, LISTING)
    expect(artifacts).toHaveLength(300)
    expect(server.seen.map(r => r.url)).toEqual([
      `${PATH}?per_page=100`,
      `${PATH}?page=2&cursor=c1`,
      `${PATH}?page=3&cursor=c2`
    ])
    expect(server.most()).toBe(1)
  })

  it('fails with the error of a page that cannot be read, having read no more than 4 pages ahead', async () => {
    const e = await start({ latencyMs: 20 })
    fill(e, 2000)
    // The third request (one of pages 2 to 5) is refused; 404 is never retried.
    e.addFault({ path: PATH, skip: 2, status: 404, body: { message: 'Not Found' } })
    const { client } = clientFor(e)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      'Unable to list artifacts in octo-org/octo-repo: not found (404)'
    )
    const failed = e.apiRequests().filter(r => r.status === 404)
    expect(failed).toHaveLength(1)
    expect(Math.max(...e.apiRequests().map(pageOf))).toBeLessThanOrEqual(pageOf(failed[0]) + 3)
  })
})
