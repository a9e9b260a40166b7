import { describe, expect, it } from '@jest/globals'
import type { Emulator, Mode, RecordedRequest } from '../../emulator/server.js'
import { seedRepository } from '../../emulator/seed.js'
import { type Criteria, earlyStopFor, selectArtifacts } from '../../src/core/select.js'
import type { Artifact } from '../../src/github/types.js'
import { runDownload } from '../../src/operations/download/index.js'
import { runList } from '../../src/operations/list/index.js'
import { runPrune } from '../../src/operations/prune/index.js'
import { clientFor, NOW, settingsFrom, useEmulator, useTempDirs } from '../helpers.js'
import { downloadFrom } from '../downloads.js'

const start = useEmulator()
const dest = useTempDirs()

const LISTING_PATH = '/repos/octo-org/octo-repo/actions/artifacts'
const listingRequests = (e: Emulator): RecordedRequest[] =>
  e.apiRequests('GET').filter(r => r.path === LISTING_PATH)

/** The newest live, non-expired artifact of `name` on `branch`, by created_at then id. */
function newestOf(e: Emulator, name: string, branch?: string): number | undefined {
  const candidates = e
    .liveArtifacts()
    .filter(a => a.name === name && !a.expired)
    .filter(a => branch === undefined || e.runs.get(a.runId ?? -1)?.headBranch === branch)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
  return candidates[0]?.id
}

/** Minutes after 2026-01-01 of the next artifact `fill` adds: every artifact is newer than the last. */
let minute = 0

/** Far enough ahead that no artifact here has expired by its date, whenever the tests run. */
const LATER = '2099-01-01T00:00:00Z'

/** `count` artifacts one minute apart, oldest first, so that ids grow with time. */
function fill(e: Emulator, count: number, name = (i: number) => `artifact-${i % 7}`): void {
  for (let i = 0; i < count; i++) {
    e.addArtifact({
      name: name(i),
      createdAt: new Date(Date.UTC(2026, 0, 1) + minute++ * 60_000),
      expiresAt: LATER
    })
  }
}

async function download(e: Emulator, inputs: Record<string, string>) {
  const { value, logs } = await downloadFrom(e, { path: dest(), 'dry-run': 'true', ...inputs })
  return { ids: value.artifacts.map(a => a.id), logs }
}

describe("download's newest of each name stops reading once each name has it", () => {
  it.each<[Mode, number]>([
    ['dotcom', 1],
    ['ghes-older', 1]
  ])(
    'finds the newest coverage from main among 20,000 artifacts (%s) in %i listing request',
    async (mode, requests) => {
      const e = await start({ mode })
      seedRepository(e, { count: 20_000, now: NOW })
      const { ids, logs } = await download(e, { name: 'coverage', branch: 'main' })
      expect(ids).toEqual([newestOf(e, 'coverage', 'main')])
      expect(listingRequests(e)).toHaveLength(requests)
      expect(e.apiRequests()).toHaveLength(requests)
      expect(logs.info.join('\n')).toMatch(
        /in 1 request\(s\): the newest decide the selection, the older ones were not read/
      )
    }
  )

  it('reads on, one page at a time, until the last of several names is found', async () => {
    const e = await start()
    // Newest first: 250 of 'a', then one 'b', then 240 more of 'a'.
    fill(e, 240, () => 'a')
    const [b] = (fill(e, 1, () => 'b'), e.liveArtifacts().filter(x => x.name === 'b'))
    fill(e, 250, () => 'a')
    const { ids } = await download(e, { name: 'a\nb' })
    expect(ids).toEqual([newestOf(e, 'a'), b.id])
    // 'b' is the 251st newest: on page 3 of 5; pages 2 and 3 each asked for alone.
    const listing = listingRequests(e)
    expect(listing.map(r => r.query.get('page') ?? '1')).toEqual(['1', '2', '3'])
    expect(listing.every(r => !r.query.has('name'))).toBe(true)
  })

  it('reads on past a newest artifact whose expires_at has passed, whatever its flag says', async () => {
    const e = await start()
    const wanted = e.addArtifact({
      name: 'build',
      createdAt: new Date(Date.UTC(2025, 5, 1)),
      expiresAt: LATER
    })
    fill(e, 150, () => 'other')
    // The newest 'build', on the first page: its expiry has passed, its flag not yet flipped.
    e.addArtifact({
      name: 'build',
      createdAt: new Date(Date.UTC(2026, 6, 1)),
      expiresAt: new Date(Date.now() - 60_000).toISOString()
    })
    const { ids } = await download(e, { name: 'build\nother' })
    expect(ids).toContain(wanted.id)
    expect(listingRequests(e)).toHaveLength(2)
  })

  it('passes over forks and artifacts of unknown origin until one of its own', async () => {
    const e = await start()
    const dated = (day: number) => ({
      createdAt: new Date(Date.UTC(2026, 0, day)),
      expiresAt: LATER
    })
    e.addArtifact({ name: 'coverage', ...dated(1) })
    const own = e.addArtifact({ name: 'coverage', ...dated(2) })
    for (let i = 0; i < 150; i++) {
      e.addArtifact({
        name: 'coverage',
        fork: true,
        expiresAt: LATER,
        createdAt: new Date(Date.UTC(2026, 0, 3) + i * 60_000)
      })
    }
    const { ids, logs } = await download(e, { name: 'coverage' })
    expect(ids).toEqual([own.id])
    expect(listingRequests(e)).toHaveLength(2)
    expect(logs.warn.join('\n')).toMatch(/^Skipped 150 artifact\(s\) made by runs from forks/)
  })

  it('reads every page when a name is missing: 1 at a time, then 2, then 4', async () => {
    // Each page takes 200 ms: the order of starts and ends below holds on a busy machine.
    const e = await start({ latencyMs: 200 })
    fill(e, 2000)
    const { context } = clientFor(e)
    await expect(
      runDownload(
        context,
        settingsFrom({
          operation: 'download',
          name: 'artifact-1\nnot-there',
          path: dest(),
          'dry-run': 'true',
          'if-no-artifact-found': 'ignore'
        })
      )
    ).resolves.toBeDefined()
    const listing = listingRequests(e)
    expect(listing.map(r => Number(r.query.get('page') ?? '1')).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1)
    )
    const most = Math.max(
      ...listing.map(
        r => listing.filter(o => o.at <= r.at && (o.endedAt ?? Infinity) > r.at).length
      )
    )
    expect(most).toBe(4)
    // Pages 1 to 3 one at a time: each starts after the one before it ended.
    const [p1, p2, p3] = [1, 2, 3].map(p =>
      listing.find(r => (r.query.get('page') ?? '1') === `${p}`)
    )
    expect(p2?.at).toBeGreaterThanOrEqual(p1?.endedAt ?? Infinity)
    expect(p3?.at).toBeGreaterThanOrEqual(p2?.endedAt ?? Infinity)
    // Pages 4 and 5 together, page 6 once one of them has ended; after 5 pages, 4 at once:
    // pages 7 to 9 start while page 6 is still being read.
    const [p4, p5, p6, p7, p8, p9] = [4, 5, 6, 7, 8, 9].map(p => {
      const request = listing.find(r => r.query.get('page') === `${p}`)
      return { at: request?.at ?? NaN, endedAt: request?.endedAt ?? NaN }
    })
    expect(p5.at).toBeLessThan(p4.endedAt)
    expect(p6.at).toBeGreaterThanOrEqual(Math.min(p4.endedAt, p5.endedAt))
    expect(Math.max(p7.at, p8.at, p9.at)).toBeLessThan(p6.endedAt)
  })
})

describe("list's limit stops reading once it is filled", () => {
  it('lists the 5 newest of 3,000 in one request', async () => {
    const e = await start()
    fill(e, 3000)
    const { context } = clientFor(e)
    const report = await runList(context, settingsFrom({ limit: '5' }))
    const newest = [...e.artifacts.keys()].sort((a, b) => b - a).slice(0, 5)
    expect(report.artifacts.map(a => a.id)).toEqual(newest)
    expect(e.apiRequests()).toHaveLength(1)
  })

  it('counts only what passes every filter, age included', async () => {
    const e = await start()
    const { context } = clientFor(e)
    // Artifact i of 1,000 was made at minute `first + i`; 143 are 'artifact-3', 100 before i = 700.
    const first = minute
    fill(e, 1000)
    const cutoff = new Date(Date.UTC(2026, 0, 1) + (first + 700) * 60_000)
    const report = await runList(
      context,
      settingsFrom({ name: 'artifact-3', limit: '20', 'older-than': cutoff.toISOString() }, NOW)
    )
    const expected = e
      .liveArtifacts()
      .filter(a => a.name === 'artifact-3' && Date.parse(a.createdAt) < cutoff.getTime())
      .map(a => a.id)
      .sort((a, b) => b - a)
      .slice(0, 20)
    expect(report.artifacts.map(a => a.id)).toEqual(expected)
    // With ?name= the server sends only artifact-3: 143 of them, 43 newer than the cutoff.
    expect(listingRequests(e).map(r => r.query.get('page') ?? '1')).toEqual(['1'])
  })

  it('reads everything with keep-latest, which needs every artifact of a name', async () => {
    const e = await start()
    fill(e, 1000)
    const { context } = clientFor(e)
    await runList(context, settingsFrom({ limit: '5', 'keep-latest': '1' }))
    expect(e.apiRequests()).toHaveLength(10)
  })

  it('falls back to reading everything when the listing is not newest first', async () => {
    const e = await start()
    fill(e, 500)
    // The 51st in the listing (by id) was created after all the others.
    const late = [...e.artifacts.values()].sort((a, b) => b.id - a.id)[50]
    late.createdAt = new Date(Date.UTC(2028, 0, 1)).toISOString()
    const { context, logs } = clientFor(e)
    const report = await runList(context, settingsFrom({ limit: '3' }))
    expect(report.artifacts[0].id).toBe(late.id)
    expect(e.apiRequests()).toHaveLength(5)
    expect(logs.info.join('\n')).not.toMatch(/not read/)
  })

  it('falls back when the disorder is between pages', async () => {
    const e = await start()
    fill(e, 500)
    // The first of page 2 is newer than the last of page 1.
    const late = [...e.artifacts.values()].sort((a, b) => b.id - a.id)[100]
    late.createdAt = new Date(Date.UTC(2028, 0, 1)).toISOString()
    const { context } = clientFor(e)
    const report = await runList(context, settingsFrom({ limit: '150' }))
    expect(report.artifacts[0].id).toBe(late.id)
    expect(report.artifacts).toHaveLength(150)
    expect(e.apiRequests()).toHaveLength(5)
  })
})

describe('prune reads the whole listing', () => {
  it('with a limit, whose oldest end is only known at the end', async () => {
    const e = await start()
    fill(e, 450)
    const { context } = clientFor(e)
    const report = await runPrune(
      context,
      settingsFrom({ operation: 'prune', pattern: '*', limit: '2', 'dry-run': 'true' })
    )
    const oldest = [...e.artifacts.keys()].sort((a, b) => a - b).slice(0, 2)
    // The queue, oldest first, then what limit left over.
    expect(report.artifacts.slice(0, 2).map(a => a.id)).toEqual(oldest)
    expect(report.artifacts).toHaveLength(450)
    expect(e.apiRequests()).toHaveLength(5)
  })
})

describe('earlyStopFor', () => {
  const base: Criteria = { names: [], patterns: [], artifactIds: [], limitFrom: 'newest' }
  let id = 1000
  const art = (name: string, minute: number, extra: Partial<Artifact> = {}): Artifact => ({
    id: id++,
    name,
    size_in_bytes: 1,
    expired: false,
    created_at: new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString(),
    workflow_run: { id: 1, repository_id: 7, head_repository_id: 7, head_branch: 'main' },
    ...extra
  })

  it('offers no stop where only the whole listing decides', () => {
    expect(earlyStopFor(base)).toBeUndefined()
    expect(earlyStopFor({ ...base, limit: 3, limitFrom: 'oldest' })).toBeUndefined()
    expect(earlyStopFor({ ...base, limit: 3, keepLatest: 1 })).toBeUndefined()
    const perName = { ...base, names: ['a'], newestPerName: true }
    expect(earlyStopFor({ ...perName, patterns: ['a*'] })).toBeUndefined()
    expect(earlyStopFor({ ...perName, artifactIds: [1] })).toBeUndefined()
    expect(earlyStopFor({ ...perName, names: [] })).toBeUndefined()
  })

  it('decides when each name has a candidate that passes every filter', () => {
    const stop = earlyStopFor({
      ...base,
      names: ['a', 'b'],
      newestPerName: true,
      branch: 'main',
      excludeExpired: true,
      excludeForks: true
    })
    expect(stop?.add([art('a', 9), art('b', 8, { expired: true })])).toBe(false)
    const fork = { id: 2, repository_id: 7, head_repository_id: 8, head_branch: 'main' }
    expect(stop?.add([art('b', 7, { workflow_run: fork })])).toBe(false)
    expect(stop?.add([art('b', 6, { workflow_run: { id: 3, head_branch: 'main' } })])).toBe(false)
    const dev = { id: 4, repository_id: 7, head_repository_id: 7, head_branch: 'dev' }
    expect(stop?.add([art('b', 5, { workflow_run: dev })])).toBe(false)
    expect(stop?.add([art('b', 4)])).toBe(true)
    expect(stop?.possible).toBe(true)
  })

  it('never decides once an artifact is newer than one before it, by time then id', () => {
    const stop = earlyStopFor({ ...base, limit: 2 })
    const [first, second] = [art('a', 5), art('a', 5)]
    // Same minute: the smaller id must come second.
    expect(stop?.add([first, second])).toBe(false)
    expect(stop?.possible).toBe(false)
    expect(stop?.add([art('a', 1), art('a', 0)])).toBe(false)
  })

  it('decides on exactly limit artifacts old enough', () => {
    const stop = earlyStopFor({ ...base, limit: 2, olderThan: new Date(Date.UTC(2026, 0, 1, 1)) })
    // Too young (01:30 is after the 01:00 cut): not counted.
    expect(stop?.add([art('a', 90)])).toBe(false)
    expect(stop?.add([art('a', 30)])).toBe(false)
    expect(stop?.add([art('a', 20)])).toBe(true)
  })

  it('gives the same selection as the whole listing when it decides', () => {
    const listing = Array.from({ length: 300 }, (_, i) => art(['a', 'b', 'c'][i % 3], 1000 - i))
    const criteria: Criteria = { ...base, names: ['a', 'c'], limit: 1, newestPerName: true }
    const stop = earlyStopFor(criteria)
    let read = 0
    while (read < listing.length && stop?.add(listing.slice(read, read + 1)) !== true) read++
    const whole = selectArtifacts(listing, criteria).selected
    expect(selectArtifacts(listing.slice(0, read + 1), criteria).selected).toEqual(whole)
    expect(read).toBe(2)
  })
})
