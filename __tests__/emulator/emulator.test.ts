// The emulator's own contract: its answers checked with plain fetch against the shapes GitHub
// documents (shared/api-docs), so that the tests standing on it stand on the real API's terms.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  type Emulator,
  type Mode,
  SECONDARY_LIMIT_MESSAGE,
  digestOf
} from '../../emulator/server.js'
import { seedRepository } from '../../emulator/seed.js'
import { buildZip } from '../../emulator/zip.js'
import { useEmulator, useTempDirs } from '../helpers.js'

const start = useEmulator()
const tempDirs = useTempDirs()

const RATE_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-used',
  'x-ratelimit-resource'
]

/** A request to the API as a client sends it: token, no redirects followed. */
function api(e: Emulator, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${e.apiUrl}${path}`, {
    redirect: 'manual',
    ...init,
    headers: {
      authorization: `Bearer ${e.token}`,
      accept: 'application/vnd.github+json',
      ...(init.headers as Record<string, string> | undefined)
    }
  })
}

/** `{ rel: url }` of a Link header. */
function links(response: Response): Record<string, string> {
  const header = response.headers.get('link') ?? ''
  const out: Record<string, string> = {}
  for (const part of header.split(', ').filter(Boolean)) {
    const m = /^<([^>]+)>; rel="([a-z]+)"$/.exec(part)
    if (!m) throw new Error(`malformed Link part: ${part}`)
    out[m[2]] = m[1]
  }
  return out
}

/** Adds `count` artifacts to the default repository, ids 1000 up. */
function fill(e: Emulator, count: number): void {
  for (let i = 0; i < count; i++) e.addArtifact({ name: `a-${i % 3}`, size: i })
}

const ARTIFACT_KEYS = [
  'archive_download_url',
  'created_at',
  'expired',
  'expires_at',
  'id',
  'name',
  'node_id',
  'size_in_bytes',
  'updated_at',
  'url',
  'workflow_run'
]

describe('emulator: listings and pagination', () => {
  it('answers a listing with total_count and the artifacts of the page, newest first', async () => {
    const e = await start()
    fill(e, 5)
    const response = await api(e, '/repos/octo-org/octo-repo/actions/artifacts?per_page=2')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = (await response.json()) as { total_count: number; artifacts: { id: number }[] }
    expect(Object.keys(body).sort()).toEqual(['artifacts', 'total_count'])
    expect(body.total_count).toBe(5)
    expect(body.artifacts.map(a => a.id)).toEqual([1004, 1003])
  })

  it('links the first page to the next and last pages on the same origin, keeping per_page', async () => {
    const e = await start()
    fill(e, 5)
    const response = await api(e, '/repos/octo-org/octo-repo/actions/artifacts?per_page=2')
    const base = `${e.apiOrigin}/repos/octo-org/octo-repo/actions/artifacts`
    expect(links(response)).toEqual({
      next: `${base}?per_page=2&page=2`,
      last: `${base}?per_page=2&page=3`
    })
  })

  it('links a middle page to prev, next, last and first, and the last page to prev and first', async () => {
    const e = await start()
    fill(e, 5)
    const base = `${e.apiOrigin}/repos/octo-org/octo-repo/actions/artifacts`
    const middle = await api(e, '/repos/octo-org/octo-repo/actions/artifacts?per_page=2&page=2')
    expect(links(middle)).toEqual({
      prev: `${base}?per_page=2&page=1`,
      next: `${base}?per_page=2&page=3`,
      last: `${base}?per_page=2&page=3`,
      first: `${base}?per_page=2&page=1`
    })
    const last = await api(e, '/repos/octo-org/octo-repo/actions/artifacts?per_page=2&page=3')
    expect(links(last)).toEqual({
      prev: `${base}?per_page=2&page=2`,
      first: `${base}?per_page=2&page=1`
    })
    expect(((await last.json()) as { artifacts: { id: number }[] }).artifacts).toEqual([
      expect.objectContaining({ id: 1000 })
    ])
  })

  it('sends no Link header when everything fits on one page', async () => {
    const e = await start()
    fill(e, 3)
    const response = await api(e, '/repos/octo-org/octo-repo/actions/artifacts')
    expect(response.headers.get('link')).toBeNull()
  })

  it('gives 30 per page by default and at most 100 whatever per_page asks', async () => {
    const e = await start()
    fill(e, 150)
    const byDefault = await api(e, '/repos/octo-org/octo-repo/actions/artifacts')
    expect(((await byDefault.json()) as { artifacts: unknown[] }).artifacts).toHaveLength(30)
    expect(links(byDefault)['last']).toBe(
      `${e.apiOrigin}/repos/octo-org/octo-repo/actions/artifacts?page=5&per_page=30`
    )
    const capped = await api(e, '/repos/octo-org/octo-repo/actions/artifacts?per_page=250')
    const body = (await capped.json()) as { total_count: number; artifacts: unknown[] }
    expect(body.total_count).toBe(150)
    expect(body.artifacts).toHaveLength(100)
    expect(links(capped)).toEqual({
      next: `${e.apiOrigin}/repos/octo-org/octo-repo/actions/artifacts?per_page=100&page=2`,
      last: `${e.apiOrigin}/repos/octo-org/octo-repo/actions/artifacts?per_page=100&page=2`
    })
  })

  it('counts only the artifacts of the name asked for in total_count', async () => {
    const e = await start()
    fill(e, 7)
    const response = await api(e, '/repos/octo-org/octo-repo/actions/artifacts?name=a-1')
    const body = (await response.json()) as { total_count: number; artifacts: { id: number }[] }
    expect(body.total_count).toBe(2)
    expect(body.artifacts.map(a => a.id)).toEqual([1004, 1001])
  })

  it('lists the artifacts of one run, and answers 404 for a run that does not exist', async () => {
    const e = await start()
    const run = e.addRun()
    e.addArtifact({ name: 'one', runId: run.id })
    e.addArtifact({ name: 'two', runId: run.id })
    e.addArtifact({ name: 'elsewhere' })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/runs/${run.id}/artifacts`)
    const body = (await response.json()) as { total_count: number; artifacts: { name: string }[] }
    expect(body.total_count).toBe(2)
    expect(body.artifacts.map(a => a.name)).toEqual(['two', 'one'])
    const asc = await api(
      e,
      `/repos/octo-org/octo-repo/actions/runs/${run.id}/artifacts?direction=asc`
    )
    const ascending = (await asc.json()) as { artifacts: { name: string }[] }
    expect(ascending.artifacts.map(a => a.name)).toEqual(['one', 'two'])
    const missing = await api(e, '/repos/octo-org/octo-repo/actions/runs/999999/artifacts')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ message: 'Not Found' })
  })
})

describe('emulator: one artifact', () => {
  it('answers get with the documented fields, digest included on github.com', async () => {
    const e = await start()
    const content = Buffer.from('hello')
    const artifact = e.addArtifact({
      name: 'doc',
      content,
      createdAt: '2026-01-02T03:04:05.000Z',
      expiresAt: '2026-04-02T03:04:05.000Z'
    })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual([...ARTIFACT_KEYS, 'digest'].sort())
    const url = `${e.apiOrigin}/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}`
    expect(body).toEqual({
      id: artifact.id,
      node_id: Buffer.from(`Artifact${artifact.id}`).toString('base64'),
      name: 'doc',
      size_in_bytes: 5,
      url,
      archive_download_url: `${url}/zip`,
      expired: false,
      created_at: '2026-01-02T03:04:05.000Z',
      expires_at: '2026-04-02T03:04:05.000Z',
      updated_at: '2026-01-02T03:04:05.000Z',
      digest: digestOf(content),
      workflow_run: {
        id: artifact.runId,
        repository_id: e.repositoryId,
        head_repository_id: e.repositoryId,
        head_branch: 'main',
        head_sha: e.runs.get(artifact.runId ?? 0)?.headSha
      }
    })
  })

  it.each<[Mode, string[]]>([
    ['ghec', [...ARTIFACT_KEYS, 'digest']],
    ['ghes-3.21', [...ARTIFACT_KEYS, 'digest']],
    ['ghes-eol', ARTIFACT_KEYS],
    ['ghes-older', ARTIFACT_KEYS]
  ])('answers get in %s mode with the fields that version documents', async (mode, keys) => {
    const e = await start({ mode })
    const artifact = e.addArtifact({ content: Buffer.from('x') })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}`)
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual([...keys].sort())
    expect(body['url']).toBe(
      `${e.apiUrl}/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}`
    )
    if (mode === 'ghes-3.21') expect(body['digest']).toBeNull()
  })

  it('answers 404 for an artifact that does not exist, to get, delete and download', async () => {
    const e = await start()
    const path = '/repos/octo-org/octo-repo/actions/artifacts/424242'
    for (const [method, suffix] of [
      ['GET', ''],
      ['DELETE', ''],
      ['GET', '/zip']
    ]) {
      const response = await api(e, `${path}${suffix}`, { method })
      expect([method, suffix, response.status]).toEqual([method, suffix, 404])
      expect(await response.json()).toEqual({ message: 'Not Found' })
    }
  })

  it('deletes with 204 and no body, after which the artifact is 404 and out of listings', async () => {
    const e = await start()
    const artifact = e.addArtifact()
    const path = `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}`
    const deleted = await api(e, path, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe('')
    expect((await api(e, path)).status).toBe(404)
    const list = await api(e, '/repos/octo-org/octo-repo/actions/artifacts')
    expect(await list.json()).toEqual({ total_count: 0, artifacts: [] })
  })

  it('refuses a delete with 403 when the token may only read', async () => {
    const e = await start({ permission: 'read' })
    const artifact = e.addArtifact()
    const path = `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}`
    const response = await api(e, path, { method: 'DELETE' })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { message: string }).message).toBe(
      'Resource not accessible by integration'
    )
    expect(e.liveArtifacts()).toHaveLength(1)
  })

  it('answers 401 to a wrong token and 400 to an API version the mode does not know', async () => {
    const e = await start({ mode: 'ghes-eol' })
    const wrong = await api(e, '/repos/octo-org/octo-repo/actions/artifacts', {
      headers: { authorization: 'Bearer nope' }
    })
    expect(wrong.status).toBe(401)
    expect(((await wrong.json()) as { message: string }).message).toBe('Bad credentials')
    const version = await api(e, '/repos/octo-org/octo-repo/actions/artifacts', {
      headers: { 'x-github-api-version': '2026-03-10' }
    })
    expect(version.status).toBe(400)
  })

  it('answers 404 for a repository that is not there', async () => {
    const e = await start()
    e.addArtifact()
    for (const path of [
      '/repos/someone/else/actions/artifacts',
      '/repos/octo-org/other-repo/actions/artifacts/1000',
      '/repos/octo-org/other-repo/actions/artifacts/1000/zip'
    ]) {
      const response = await api(e, path)
      expect([path, response.status]).toEqual([path, 404])
      expect(await response.json()).toEqual({ message: 'Not Found' })
    }
  })

  it('treats owner and repository names without regard to case', async () => {
    const e = await start()
    e.addArtifact()
    const response = await api(e, '/repos/Octo-Org/OCTO-REPO/actions/artifacts')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { total_count: number }).total_count).toBe(1)
  })
})

describe('emulator: downloads', () => {
  it('redirects with 302 to a signed URL on the second origin, which serves the zip', async () => {
    const e = await start()
    const content = buildZip([{ name: 'a.txt', data: 'alpha' }])
    const artifact = e.addArtifact({ content })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`)
    expect(response.status).toBe(302)
    expect(response.headers.get('content-length')).toBe('0')
    const location = response.headers.get('location') ?? ''
    expect(e.blobOrigin).not.toBe(e.apiOrigin)
    expect(location.startsWith(`${e.blobOrigin}/blobs/${artifact.id}/artifact.zip?`)).toBe(true)
    const archive = await fetch(location)
    expect(archive.status).toBe(200)
    expect(archive.headers.get('content-type')).toBe('application/zip')
    expect(archive.headers.get('content-length')).toBe(String(content.length))
    expect(Buffer.from(await archive.arrayBuffer()).equals(content)).toBe(true)
    expect(e.blobRequests().map(r => [r.origin, r.path, r.status])).toEqual([
      ['blob', `/blobs/${artifact.id}/artifact.zip`, 200]
    ])
  })

  it('has the archive host refuse any request that carries Authorization', async () => {
    const e = await start()
    const artifact = e.addArtifact({ content: Buffer.from('zip') })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`)
    const location = response.headers.get('location') ?? ''
    const refused = await fetch(location, { headers: { authorization: `Bearer ${e.token}` } })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { code: string }).code).toBe('InvalidAuthenticationInfo')
  })

  it('has the archive host refuse a URL whose signature was tampered with', async () => {
    const e = await start()
    const artifact = e.addArtifact({ content: Buffer.from('zip') })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`)
    const location = new URL(response.headers.get('location') ?? '')
    location.searchParams.set('exp', String(Number(location.searchParams.get('exp')) + 1))
    const refused = await fetch(location)
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { code: string }).code).toBe('AuthenticationFailed')
  })

  it('answers 410 for an expired artifact, and 404 for an archive format other than zip', async () => {
    const e = await start()
    const expired = e.addArtifact({ expired: true })
    const gone = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${expired.id}/zip`)
    expect(gone.status).toBe(410)
    expect(gone.headers.get('location')).toBeNull()
    expect(await gone.json()).toEqual({ message: 'Artifact has expired' })
    const live = e.addArtifact()
    const tar = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${live.id}/tar`)
    expect(tar.status).toBe(404)
  })

  it('dates expiry 90 days after creation, and a live artifact past the real clock too', async () => {
    const e = await start()
    const createdAt = '2026-01-02T03:04:05.000Z'
    expect(e.addArtifact({ createdAt, expired: true }).expiresAt).toBe('2026-04-02T03:04:05.000Z')
    const live = Date.parse(e.addArtifact({ createdAt }).expiresAt ?? '')
    expect(live).toBeGreaterThan(Date.now() + 89 * 86_400_000)
  })

  it('answers 410 past expires_at while the listing still says expired: false', async () => {
    const e = await start()
    const lapsed = e.addArtifact({ expiresAt: new Date(Date.now() - 1000).toISOString() })
    const listed = await api(e, '/repos/octo-org/octo-repo/actions/artifacts').then(
      r => r.json() as Promise<{ artifacts: { expired: boolean }[] }>
    )
    expect(listed.artifacts[0].expired).toBe(false)
    const gone = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${lapsed.id}/zip`)
    expect(gone.status).toBe(410)
  })

  it.each<[Mode, 'same host' | 'second origin']>([
    ['ghec', 'second origin'],
    ['ghes-3.21', 'same host'],
    ['ghes-eol', 'same host'],
    ['ghes-older', 'second origin']
  ])('serves archives in %s mode from the %s', async (mode, where) => {
    const e = await start({ mode })
    const artifact = e.addArtifact({ content: Buffer.from('archive') })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`)
    expect(response.status).toBe(302)
    const location = response.headers.get('location') ?? ''
    const expected =
      where === 'same host'
        ? `/api/v3/_blob/blobs/${artifact.id}/artifact.zip?`
        : `${e.blobOrigin}/blobs/${artifact.id}/artifact.zip?`
    expect(location.startsWith(expected)).toBe(true)
    const archive = await fetch(new URL(location, e.apiOrigin))
    expect(await archive.text()).toBe('archive')
  })
})

describe('emulator: what older servers and deleted forks answer', () => {
  it('leaves head_repository_id out of the listing when told to; the run still names it', async () => {
    const e = await start({ omitHeadRepositoryId: true })
    const artifact = e.addArtifact({ fork: true })
    const listed = await api(e, '/repos/octo-org/octo-repo/actions/artifacts').then(
      r => r.json() as Promise<{ artifacts: { workflow_run: Record<string, unknown> }[] }>
    )
    expect(Object.keys(listed.artifacts[0].workflow_run).sort()).toEqual([
      'head_branch',
      'head_sha',
      'id',
      'repository_id'
    ])
    const run = await api(e, `/repos/octo-org/octo-repo/actions/runs/${artifact.runId}`).then(
      r => r.json() as Promise<{ head_repository: { id: number } }>
    )
    expect(run.head_repository.id).toBe(e.repositoryId + 1)
  })

  it('answers head.repo null for a pull request whose fork was deleted', async () => {
    const e = await start()
    e.addPull({ number: 7, headRef: 'main', headSha: 'f'.repeat(40), forkDeleted: true })
    const pull = await api(e, '/repos/octo-org/octo-repo/pulls/7').then(
      r => r.json() as Promise<{ head: Record<string, unknown> }>
    )
    expect(pull.head).toEqual({ ref: 'main', sha: 'f'.repeat(40), repo: null })
  })
})

describe('emulator: rate limits', () => {
  it('sends the five x-ratelimit headers on github.com, counting each request', async () => {
    const e = await start({ rateLimit: 100, rateRemaining: 30, rateResetSeconds: 1800 })
    const before = Math.floor(Date.now() / 1000)
    const first = await api(e, '/repos/octo-org/octo-repo/actions/artifacts')
    const second = await api(e, '/repos/octo-org/octo-repo/actions/artifacts/1')
    expect(second.status).toBe(404)
    const headers = (r: Response) =>
      Object.fromEntries(RATE_HEADERS.map(h => [h, r.headers.get(h)]))
    const reset = Number(first.headers.get('x-ratelimit-reset'))
    expect(reset - before).toBeGreaterThanOrEqual(1799)
    expect(reset - before).toBeLessThanOrEqual(1800)
    expect(headers(first)).toEqual({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '29',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '71',
      'x-ratelimit-resource': 'core'
    })
    expect(headers(second)).toEqual({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '28',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '72',
      'x-ratelimit-resource': 'core'
    })
  })

  it('answers 403 with remaining 0 once the hour is used up', async () => {
    const e = await start({ rateRemaining: 0 })
    const response = await api(e, '/repos/octo-org/octo-repo/actions/artifacts')
    expect(response.status).toBe(403)
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^API rate limit exceeded/
    )
    expect(e.rate.primaryAnswers).toBe(1)
  })

  it.each<Mode>(['ghes-3.21', 'ghes-eol', 'ghes-older'])(
    'sends no rate-limit header in %s mode',
    async mode => {
      const e = await start({ mode, rateRemaining: 0 })
      const response = await api(e, '/repos/octo-org/octo-repo/actions/artifacts')
      expect(response.status).toBe(200)
      expect(RATE_HEADERS.filter(h => response.headers.has(h))).toEqual([])
    }
  )

  it('answers a write that follows another too soon with a secondary limit and retry-after', async () => {
    const e = await start({ secondaryLimit: { minWriteIntervalMs: 60_000, retryAfterSeconds: 7 } })
    const [a, b] = [e.addArtifact(), e.addArtifact()]
    const first = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${a.id}`, {
      method: 'DELETE'
    })
    expect(first.status).toBe(204)
    const second = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${b.id}`, {
      method: 'DELETE'
    })
    expect(second.status).toBe(403)
    expect(second.headers.get('retry-after')).toBe('7')
    expect(((await second.json()) as { message: string }).message).toBe(SECONDARY_LIMIT_MESSAGE)
    expect(e.liveArtifacts().map(x => x.id)).toEqual([b.id])
  })
})

describe('emulator: faults', () => {
  it('answers a matching request with the fault, after skipping as many as asked, as many times as asked', async () => {
    const e = await start()
    const fault = e.addFault({
      path: '/repos/octo-org/octo-repo/actions/artifacts',
      skip: 1,
      times: 2,
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    const statuses = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await api(e, '/repos/octo-org/octo-repo/actions/artifacts')).status)
    }
    expect(statuses).toEqual([200, 502, 502, 200])
    expect(fault.hits).toBe(2)
  })
})

interface RepositoryJson {
  id: number
  name: string
  full_name: string
  owner: { login: string }
  archived: boolean
  disabled: boolean
}

describe('emulator: several repositories', () => {
  it('keeps artifacts per repository, each served only under its own', async () => {
    const e = await start()
    const other = e.addRepository('octo-org', 'other-repo')
    const mine = e.addArtifact({ name: 'mine' })
    const theirs = other.addArtifact({ name: 'theirs' })
    expect([mine.id, theirs.id]).toEqual([1000, 1001])
    const list = async (repo: string) =>
      (
        (await (await api(e, `/repos/${repo}/actions/artifacts`)).json()) as {
          artifacts: { name: string; url: string; workflow_run: { repository_id: number } }[]
        }
      ).artifacts
    expect((await list('octo-org/octo-repo')).map(a => a.name)).toEqual(['mine'])
    const listed = await list('octo-org/other-repo')
    expect(listed.map(a => a.name)).toEqual(['theirs'])
    expect(listed[0].url).toBe(`${e.apiOrigin}/repos/octo-org/other-repo/actions/artifacts/1001`)
    expect(listed[0].workflow_run.repository_id).toBe(other.id)
    expect(other.id).not.toBe(e.repositoryId)
    const crossed = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${theirs.id}`)
    expect(crossed.status).toBe(404)
    const deleted = await api(e, `/repos/octo-org/other-repo/actions/artifacts/${theirs.id}`, {
      method: 'DELETE'
    })
    expect(deleted.status).toBe(204)
    expect(other.liveArtifacts()).toEqual([])
    expect(e.liveArtifacts().map(a => a.name)).toEqual(['mine'])
  })

  it('downloads an artifact of an added repository through the archive host', async () => {
    const e = await start()
    const other = e.addRepository('another-org', 'tools')
    const artifact = other.addArtifact({ content: Buffer.from('tools zip') })
    const response = await api(e, `/repos/another-org/tools/actions/artifacts/${artifact.id}/zip`)
    expect(response.status).toBe(302)
    const archive = await fetch(response.headers.get('location') ?? '')
    expect(await archive.text()).toBe('tools zip')
  })

  it('seeds an added repository the way it seeds the default one', async () => {
    const e = await start()
    const other = e.addRepository('octo-org', 'seeded')
    seedRepository(other, { count: 12, seed: 7 })
    expect(other.artifacts.size).toBe(12)
    expect(e.artifacts.size).toBe(0)
    const response = await api(e, '/repos/octo-org/seeded/actions/artifacts')
    expect(((await response.json()) as { total_count: number }).total_count).toBe(12)
  })

  it('refuses a second repository of the same name in any case, and an artifact id another repository holds', async () => {
    const e = await start()
    expect(() => e.addRepository('Octo-Org', 'Octo-Repo')).toThrow(
      'repository Octo-Org/Octo-Repo exists'
    )
    const other = e.addRepository('octo-org', 'other-repo')
    e.addArtifact({ id: 7 })
    expect(() => other.addArtifact({ id: 7 })).toThrow(
      'artifact 7 is already in octo-org/octo-repo; ids are unique across GitHub'
    )
    expect(e.repositories().map(r => r.fullName)).toEqual([
      'octo-org/octo-repo',
      'octo-org/other-repo'
    ])
  })

  it('lists the repositories of an organisation with the documented fields, newest first', async () => {
    const e = await start()
    e.addRepository('octo-org', 'archived-one', { archived: true })
    e.addRepository('elsewhere', 'not-listed')
    e.addRepository('octo-org', 'disabled-one', { disabled: true })
    const response = await api(e, '/orgs/octo-org/repos')
    expect(response.status).toBe(200)
    expect(response.headers.get('link')).toBeNull()
    const repos = (await response.json()) as RepositoryJson[]
    expect(Array.isArray(repos)).toBe(true)
    expect(
      repos.map(r => [r.id, r.name, r.full_name, r.owner.login, r.archived, r.disabled])
    ).toEqual([
      [e.repositoryId + 30, 'disabled-one', 'octo-org/disabled-one', 'octo-org', false, true],
      [e.repositoryId + 10, 'archived-one', 'octo-org/archived-one', 'octo-org', true, false],
      [e.repositoryId, 'octo-repo', 'octo-org/octo-repo', 'octo-org', false, false]
    ])
  })

  it('sorts an organisation listing by full_name ascending, or as direction says', async () => {
    const e = await start()
    for (const name of ['zeta', 'alpha', 'mid']) e.addRepository('octo-org', name)
    const names = async (query: string) =>
      ((await (await api(e, `/orgs/octo-org/repos${query}`)).json()) as RepositoryJson[]).map(
        r => r.name
      )
    expect(await names('?sort=full_name')).toEqual(['alpha', 'mid', 'octo-repo', 'zeta'])
    expect(await names('?sort=full_name&direction=desc')).toEqual([
      'zeta',
      'octo-repo',
      'mid',
      'alpha'
    ])
    expect(await names('?direction=asc')).toEqual(['octo-repo', 'zeta', 'alpha', 'mid'])
  })

  it('pages an organisation listing with Link headers, at most 100 a page', async () => {
    const e = await start()
    for (let i = 0; i < 104; i++) e.addRepository('big-org', `r-${i}`)
    const first = await api(e, '/orgs/big-org/repos?per_page=500')
    const page = (await first.json()) as RepositoryJson[]
    expect(page).toHaveLength(100)
    expect(page[0].name).toBe('r-103')
    expect(links(first)).toEqual({
      next: `${e.apiOrigin}/orgs/big-org/repos?per_page=100&page=2`,
      last: `${e.apiOrigin}/orgs/big-org/repos?per_page=100&page=2`
    })
    const second = await fetch(links(first)['next'], {
      headers: { authorization: `Bearer ${e.token}` }
    })
    expect(((await second.json()) as RepositoryJson[]).map(r => r.name)).toEqual([
      'r-3',
      'r-2',
      'r-1',
      'r-0'
    ])
  })

  it('answers 404 for an organisation that has no repository here', async () => {
    const e = await start()
    const response = await api(e, '/orgs/nobody/repos')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ message: 'Not Found' })
  })

  it('lists every repository of the installation in an envelope with total_count', async () => {
    const e = await start({ mode: 'ghes-3.21' })
    e.addRepository('octo-org', 'second')
    e.addRepository('other-org', 'third', { archived: true })
    const response = await api(e, '/installation/repositories?per_page=2')
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      total_count: number
      repository_selection: string
      repositories: RepositoryJson[]
    }
    expect(Object.keys(body).sort()).toEqual([
      'repositories',
      'repository_selection',
      'total_count'
    ])
    expect(body.total_count).toBe(3)
    expect(body.repositories.map(r => r.full_name)).toEqual([
      'octo-org/octo-repo',
      'octo-org/second'
    ])
    expect(links(response)).toEqual({
      next: `${e.apiOrigin}/api/v3/installation/repositories?per_page=2&page=2`,
      last: `${e.apiOrigin}/api/v3/installation/repositories?per_page=2&page=2`
    })
    const rest = await api(e, '/installation/repositories?per_page=2&page=2')
    const last = (await rest.json()) as { repositories: RepositoryJson[] }
    expect(last.repositories.map(r => [r.full_name, r.archived])).toEqual([
      ['other-org/third', true]
    ])
  })

  it('asks for the token on the repository listings too', async () => {
    const e = await start()
    for (const path of ['/orgs/octo-org/repos', '/installation/repositories']) {
      const response = await fetch(`${e.apiUrl}${path}`)
      expect([path, response.status]).toEqual([path, 401])
    }
  })
})

describe('emulator: byte ranges on the archive host', () => {
  const CONTENT = Buffer.from('0123456789abcdefghij')

  /** The signed archive URL of a new artifact holding CONTENT (or the given file). */
  async function archiveUrl(e: Emulator, spec: { file?: string } = {}): Promise<string> {
    const artifact = spec.file
      ? e.addArtifact({ file: spec.file })
      : e.addArtifact({ content: CONTENT })
    const response = await api(e, `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`)
    return new URL(response.headers.get('location') ?? '', e.apiOrigin).toString()
  }

  async function fetchRange(url: string, range?: string) {
    const response = await fetch(url, range === undefined ? {} : { headers: { range } })
    return {
      status: response.status,
      contentRange: response.headers.get('content-range'),
      contentLength: response.headers.get('content-length'),
      acceptRanges: response.headers.get('accept-ranges'),
      body: Buffer.from(await response.arrayBuffer()).toString()
    }
  }

  it('answers bytes=N- with 206, the rest of the archive and its Content-Range', async () => {
    const e = await start()
    const url = await archiveUrl(e)
    expect(await fetchRange(url, 'bytes=15-')).toEqual({
      status: 206,
      contentRange: 'bytes 15-19/20',
      contentLength: '5',
      acceptRanges: 'bytes',
      body: 'fghij'
    })
  })

  it('answers bytes=N-M with 206 and those bytes, the end cut at the last byte', async () => {
    const e = await start()
    const url = await archiveUrl(e)
    expect(await fetchRange(url, 'bytes=2-5')).toMatchObject({
      status: 206,
      contentRange: 'bytes 2-5/20',
      contentLength: '4',
      body: '2345'
    })
    expect(await fetchRange(url, 'bytes=18-99')).toMatchObject({
      status: 206,
      contentRange: 'bytes 18-19/20',
      contentLength: '2',
      body: 'ij'
    })
    expect(await fetchRange(url, 'bytes=-3')).toMatchObject({
      status: 206,
      contentRange: 'bytes 17-19/20',
      body: 'hij'
    })
  })

  it('answers a range that starts past the end with 416 and the size', async () => {
    const e = await start()
    const url = await archiveUrl(e)
    const response = await fetch(url, { headers: { range: 'bytes=20-' } })
    expect(response.status).toBe(416)
    expect(response.headers.get('content-range')).toBe('bytes */20')
  })

  it('serves the whole archive with 200 when there is no range or one it ignores', async () => {
    const e = await start()
    const url = await archiveUrl(e)
    const whole = {
      status: 200,
      contentRange: null,
      contentLength: '20',
      acceptRanges: 'bytes',
      body: CONTENT.toString()
    }
    expect(await fetchRange(url)).toEqual(whole)
    expect(await fetchRange(url, 'bytes=1-2,5-6')).toEqual(whole)
    expect(await fetchRange(url, 'items=1-2')).toEqual(whole)
  })

  it('answers ranges from an archive on disk', async () => {
    const e = await start()
    const file = join(tempDirs(), 'archive.zip')
    writeFileSync(file, CONTENT)
    const url = await archiveUrl(e, { file })
    expect(await fetchRange(url, 'bytes=10-')).toMatchObject({
      status: 206,
      contentRange: 'bytes 10-19/20',
      contentLength: '10',
      body: 'abcdefghij'
    })
  })

  it('answers with 200 and the whole archive, without Accept-Ranges, when told to ignore ranges', async () => {
    const e = await start({ ignoreRanges: true })
    const url = await archiveUrl(e)
    expect(await fetchRange(url, 'bytes=15-')).toEqual({
      status: 200,
      contentRange: null,
      contentLength: '20',
      acceptRanges: null,
      body: CONTENT.toString()
    })
  })

  it('answers ranges on the same host in the Enterprise Server modes that serve archives there', async () => {
    const e = await start({ mode: 'ghes-3.21' })
    const url = await archiveUrl(e)
    expect(url.startsWith(`${e.apiOrigin}/api/v3/_blob/`)).toBe(true)
    expect(await fetchRange(url, 'bytes=0-0')).toMatchObject({
      status: 206,
      contentRange: 'bytes 0-0/20',
      body: '0'
    })
  })

  it('records the range header of each archive request', async () => {
    const e = await start()
    const url = await archiveUrl(e)
    await fetchRange(url, 'bytes=4-')
    await fetchRange(url)
    expect(e.blobRequests().map(r => [r.range, r.status])).toEqual([
      ['bytes=4-', 206],
      [undefined, 200]
    ])
  })

  it('truncates the part asked for when a truncate fault applies to a range', async () => {
    const e = await start()
    const url = await archiveUrl(e)
    e.addFault({ target: 'blob', kind: 'truncate', fraction: 0.5 })
    const response = await fetch(url, { headers: { range: 'bytes=10-' } })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-length')).toBe('10')
    await expect(response.arrayBuffer()).rejects.toThrow()
  })
})
