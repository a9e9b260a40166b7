import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator, Mode } from '../../../emulator/server.js'
import { buildZip } from '../../../emulator/zip.js'
import { runDownload, TRIES_PER_NAME } from '../../../src/operations/download/index.js'
import { checkNameIsSegment } from '../../../src/operations/download/step.js'
import {
  clientFor,
  daysAgo,
  FAST,
  itOn,
  listFiles,
  settingsFrom,
  useEmulator,
  useTempDirs,
  whenTrue
} from '../../helpers.js'
import { downloadFrom as download } from '../../downloads.js'

const start = useEmulator()
const dest = useTempDirs()

function zipOf(files: Record<string, string>): Buffer {
  return buildZip(Object.entries(files).map(([name, data]) => ({ name, data })))
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('download: which artifacts', () => {
  it("takes a run's artifacts into path/<name>/ with run-id", async () => {
    const e = await start()
    e.addRun({ id: 42 })
    const a = zipOf({ 'report.txt': 'A', 'sub/deep.txt': 'deep' })
    e.addArtifact({ name: 'first', runId: 42, content: a })
    e.addArtifact({ name: 'second', runId: 42, content: zipOf({ 'b.txt': 'B' }) })
    e.addArtifact({ name: 'other-run', content: zipOf({ 'c.txt': 'C' }) })
    const path = dest()
    const { value: result } = await download(e, { 'run-id': '42', path })
    expect(result.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['first/report.txt', 'first/sub/deep.txt', 'second/b.txt'])
    expect(readFileSync(join(path, 'first/sub/deep.txt'), 'utf8')).toBe('deep')
    const first = result.artifacts.find(x => x.name === 'first')
    expect(first).toMatchObject({
      path: join(path, 'first'),
      sha256: sha256(a),
      digest_check: 'match'
    })
    expect(result.downloadPath).toBe(path)
  })

  it('takes the newest non-expired artifact of a name across runs, in one listing request', async () => {
    const e = await start()
    e.addArtifact({ name: 'coverage', createdAt: daysAgo(3), content: zipOf({ 'v.txt': 'old' }) })
    e.addArtifact({ name: 'coverage', createdAt: daysAgo(2), content: zipOf({ 'v.txt': 'new' }) })
    e.addArtifact({
      name: 'coverage',
      createdAt: daysAgo(1),
      expired: true,
      content: zipOf({ 'v.txt': 'expired' })
    })
    e.addArtifact({ name: 'dist', content: zipOf({ 'd.txt': 'd' }) })
    const path = dest()
    const { value: result } = await download(e, { name: 'coverage', path })
    expect(result.failure).toBeUndefined()
    // One exact name: into path itself.
    expect(listFiles(path)).toEqual(['v.txt'])
    expect(readFileSync(join(path, 'v.txt'), 'utf8')).toBe('new')
    const api = e.apiRequests()
    expect(api.map(r => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/artifacts',
      expect.stringMatching(/\/actions\/artifacts\/\d+\/zip$/)
    ])
    expect(api[0].query.get('name')).toBe('coverage')
  })

  it('narrows by branch, commit, pull request and workflow', async () => {
    const e = await start()
    e.addWorkflow({ id: 9, file: 'build.yml' })
    e.addPull({ number: 12, headRef: 'feature', headSha: 'c'.repeat(40) })
    const make = (tag: string, spec: Parameters<Emulator['addArtifact']>[0]) =>
      e.addArtifact({ name: 'out', content: zipOf({ 'tag.txt': tag }), ...spec })
    make('main-old', { headBranch: 'main', createdAt: daysAgo(5) })
    make('main-new', { headBranch: 'main', createdAt: daysAgo(4), headSha: 'a'.repeat(40) })
    make('pr-head', { headBranch: 'feature', createdAt: daysAgo(3), headSha: 'c'.repeat(40) })
    make('workflow', { headBranch: 'dev', createdAt: daysAgo(2), workflowId: 9 })
    make('newest', { headBranch: 'dev', createdAt: daysAgo(1) })
    const tag = async (inputs: Record<string, string>) => {
      const path = dest()
      const { value } = await download(e, { name: 'out', path, ...inputs })
      expect(value.failure).toBeUndefined()
      return readFileSync(join(path, 'tag.txt'), 'utf8')
    }
    expect(await tag({})).toBe('newest')
    expect(await tag({ branch: 'main' })).toBe('main-new')
    expect(await tag({ commit: 'aaaaaaa' })).toBe('main-new')
    expect(await tag({ pr: '12' })).toBe('pr-head')
    expect(await tag({ workflow: 'build.yml' })).toBe('workflow')
  })

  it("asks the runs endpoint for a pull request's head commit with workflow", async () => {
    const e = await start()
    e.addWorkflow({ id: 3, file: 'ci.yml' })
    e.addPull({ number: 4, headRef: 'topic', headSha: 'd'.repeat(40) })
    e.addArtifact({
      name: 'out',
      workflowId: 3,
      headSha: 'd'.repeat(40),
      content: zipOf({ t: 'pr' })
    })
    e.addArtifact({ name: 'out', workflowId: 3, content: zipOf({ t: 'other' }) })
    const path = dest()
    const { value } = await download(e, { name: 'out', pr: '4', workflow: 'ci.yml', path })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 't'), 'utf8')).toBe('pr')
    const runs = e.apiRequests().find(r => r.path.endsWith('/runs'))
    expect(runs?.query.get('head_sha')).toBe('d'.repeat(40))
  })

  it('skips artifacts of runs from forks unless allow-forks, and says so', async () => {
    const e = await start()
    e.addArtifact({ name: 'cov', createdAt: daysAgo(2), content: zipOf({ 'f.txt': 'base' }) })
    const fork = e.addArtifact({
      name: 'cov',
      createdAt: daysAgo(1),
      fork: true,
      content: zipOf({ 'f.txt': 'fork' })
    })
    const path = dest()
    const { out } = await download(e, { name: 'cov', path })
    expect(readFileSync(join(path, 'f.txt'), 'utf8')).toBe('base')
    expect(out).toContain(
      `warn: Skipped 1 artifact(s) made by runs from forks ('cov' id ${fork.id}): anyone who opens a pull request can write those. Set 'allow-forks: true' to take them.`
    )
    const path2 = dest()
    await download(e, { name: 'cov', path: path2, 'allow-forks': 'true' })
    expect(readFileSync(join(path2, 'f.txt'), 'utf8')).toBe('fork')
  })

  it('takes the newest artifact of each name within run-id, not one per attempt', async () => {
    const e = await start()
    e.addRun({ id: 42 })
    e.addArtifact({ name: 'dist', runId: 42, createdAt: daysAgo(2), content: zipOf({ v: '1' }) })
    e.addArtifact({ name: 'dist', runId: 42, createdAt: daysAgo(1), content: zipOf({ v: '2' }) })
    const path = dest()
    const { value } = await download(e, { 'run-id': '42', path })
    expect(value.failure).toBeUndefined()
    expect(value.artifacts).toHaveLength(1)
    expect(readFileSync(join(path, 'dist', 'v'), 'utf8')).toBe('2')
  })

  it('unpacks one artifact chosen by id into path itself, as download-artifact v5 does', async () => {
    const e = await start()
    const a = e.addArtifact({ name: 'one', content: zipOf({ 'x.txt': 'x' }) })
    const path = dest()
    const { value } = await download(e, { 'artifact-ids': String(a.id), path })
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['x.txt'])
  })

  it('keeps every archive as path/<name>.zip with skip-decompress', async () => {
    const e = await start()
    const a = zipOf({ 'a.txt': 'a' })
    e.addArtifact({ name: 'first', content: a })
    e.addArtifact({ name: 'second', content: zipOf({ 'b.txt': 'b' }) })
    const path = dest()
    const { value } = await download(e, { pattern: '*', path, 'skip-decompress': 'true' })
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['first.zip', 'second.zip'])
    expect(readFileSync(join(path, 'first.zip')).equals(a)).toBe(true)
  })

  it("takes its own run's artifacts even when the run came from a fork", async () => {
    const e = await start()
    e.addRun({ id: 77, fork: true })
    e.addArtifact({ name: 'own', runId: 77, fork: true, content: zipOf({ 'o.txt': 'own' }) })
    const saved = process.env['GITHUB_RUN_ID']
    try {
      process.env['GITHUB_RUN_ID'] = '77'
      const path = dest()
      const { value } = await download(e, { 'run-id': '77', path })
      expect(value.failure).toBeUndefined()
      expect(readFileSync(join(path, 'own', 'o.txt'), 'utf8')).toBe('own')
      // Another run's fork-made artifacts are still skipped.
      process.env['GITHUB_RUN_ID'] = '78'
      expect((await download(e, { 'run-id': '77', path: dest() })).value.failure).toMatch(
        /^No artifact matched the selection/
      )
    } finally {
      if (saved === undefined) delete process.env['GITHUB_RUN_ID']
      else process.env['GITHUB_RUN_ID'] = saved
    }
  })

  it('reports what it would take on a dry run, fetching nothing', async () => {
    const e = await start()
    e.addArtifact({ name: 'cov', createdAt: daysAgo(2), content: zipOf({ a: 'old' }) })
    const newest = e.addArtifact({
      name: 'cov',
      createdAt: daysAgo(1),
      content: zipOf({ a: 'new' })
    })
    const path = dest()
    const { value, out } = await download(e, { name: 'cov', path, 'dry-run': 'true' })
    expect(value.failure).toBeUndefined()
    expect(value.artifacts.map(a => a.id)).toEqual([newest.id])
    expect(e.blobRequests()).toHaveLength(0)
    expect(e.apiRequests().filter(r => r.path.endsWith('/zip'))).toHaveLength(0)
    expect(listFiles(path)).toEqual([])
    expect(out).toContain(
      `Dry run: 1 artifact(s), ${newest.size} B, would be downloaded to ${path}; nothing was.`
    )
    expect(value.summary.title).toBe('Artifacts to download (dry run)')
  })

  it('says when a name exists only as expired artifacts, and when they expired', async () => {
    const e = await start()
    e.addArtifact({ name: 'build', expired: true, expiresAt: '2026-10-01T08:00:00Z' })
    e.addArtifact({ name: 'build', expired: true, expiresAt: '2026-10-03T09:30:00Z' })
    e.addArtifact({ name: 'other', content: zipOf({ a: 'a' }) })
    expect((await download(e, { name: 'build', path: dest() })).value.failure).toBe(
      "No artifact matched the selection in octo-org/octo-repo. 'build' exists, but its 2 artifacts expired between 2026-10-01 08:00 UTC and 2026-10-03 09:30 UTC."
    )
  })

  it('fails when nothing matches, naming what exists', async () => {
    const e = await start()
    e.addArtifact({ name: 'coverage', content: zipOf({ a: 'a' }) })
    const { context } = clientFor(e)
    const report = await runDownload(
      context,
      settingsFrom({ operation: 'download', name: 'covrage', path: dest() }),
      FAST
    )
    const message =
      "No artifact matched the selection in octo-org/octo-repo. Names that exist: 'coverage'."
    expect(report.failure).toBe(message)
    expect(report.artifacts).toEqual([])
    expect(report.summary.notes).toEqual([message])
  })

  it('downloads nothing and does not fail when limit: 0 left out what matched', async () => {
    const e = await start()
    e.addArtifact({ name: 'coverage', content: zipOf({ a: 'a' }) })
    const path = dest()
    const { value, out } = await download(e, { name: 'coverage', path, limit: '0' })
    expect(value.failure).toBeUndefined()
    expect(value.artifacts).toEqual([])
    expect(listFiles(path)).toEqual([])
    expect(e.apiRequests().filter(r => r.path.endsWith('/zip'))).toHaveLength(0)
    expect(out).not.toContain('Downloading')
  })

  it('leaves out an artifact past its expires_at whose expired flag is still false', async () => {
    const e = await start()
    const older = e.addArtifact({ name: 'build', content: zipOf({ 'v.txt': 'older' }) })
    const lapsed = e.addArtifact({
      name: 'build',
      content: zipOf({ 'v.txt': 'lapsed' }),
      expiresAt: new Date(Date.now() - 60_000).toISOString()
    })
    const path = dest()
    const { value } = await download(e, { name: 'build', path })
    expect(value.artifacts.map(a => a.id)).toEqual([older.id])
    expect(readFileSync(join(path, 'v.txt'), 'utf8')).toBe('older')
    expect(e.apiRequests('GET').some(r => r.path.endsWith(`/${lapsed.id}/zip`))).toBe(false)
  })

  it('says a name exists only as artifacts past their expires_at, whatever their flag', async () => {
    const e = await start()
    e.addArtifact({ name: 'build', expiresAt: '2026-10-01T08:00:00Z' })
    expect((await download(e, { name: 'build', path: dest() })).value.failure).toBe(
      "No artifact matched the selection in octo-org/octo-repo. 'build' exists, but its only artifact expired on 2026-10-01 08:00 UTC."
    )
  })

  it.each([
    [410, 'expired'],
    [404, 'was deleted']
  ])(
    'goes on to the next artifact of the name when the chosen one answers %i',
    async (status, said) => {
      const e = await start()
      const older = e.addArtifact({ name: 'build', content: zipOf({ 'v.txt': 'older' }) })
      const newest = e.addArtifact({ name: 'build', content: zipOf({ 'v.txt': 'newest' }) })
      e.addFault({ path: `/repos/octo-org/octo-repo/actions/artifacts/${newest.id}/zip`, status })
      const path = dest()
      const { value, out } = await download(e, { name: 'build', path })
      expect(value.failure).toBeUndefined()
      expect(value.artifacts.map(a => a.id)).toEqual([older.id])
      expect(readFileSync(join(path, 'v.txt'), 'utf8')).toBe('older')
      expect(out).toContain(
        `info: 'build' (id ${newest.id}) ${said} since it was listed; trying the next newest of that name, id ${older.id}`
      )
    }
  )

  it('tries at most TRIES_PER_NAME artifacts of a name when each answers 410', async () => {
    const e = await start()
    for (let i = 0; i < TRIES_PER_NAME + 3; i++) e.addArtifact({ name: 'build' })
    e.addFault({ path: /\/actions\/artifacts\/\d+\/zip$/, status: 410, times: 99 })
    const { value } = await download(e, {
      name: 'build',
      path: dest(),
      'if-no-artifact-found': 'ignore'
    })
    expect(value.artifacts).toEqual([])
    expect(e.apiRequests('GET').filter(r => r.path.endsWith('/zip'))).toHaveLength(TRIES_PER_NAME)
  })

  it('says an artifact was deleted since it was listed when its download answers 404', async () => {
    const e = await start()
    const only = e.addArtifact({ name: 'build', content: zipOf({ a: 'a' }) })
    e.addFault({ path: `/repos/octo-org/octo-repo/actions/artifacts/${only.id}/zip`, status: 404 })
    const { value } = await download(e, { name: 'build', path: dest() })
    expect(value.summary.notes).toEqual([value.failure])
    expect(value.failure).toBe(
      `No artifact matched the selection in octo-org/octo-repo that is still there: 'build' (id ${only.id}) was deleted since it was listed.`
    )
  })

  it('treats a 410 from the download endpoint as expired', async () => {
    const e = await start()
    const gone = e.addArtifact({ name: 'cov', content: zipOf({ a: 'a' }) })
    e.addFault({ path: `/repos/octo-org/octo-repo/actions/artifacts/${gone.id}/zip`, status: 410 })
    const { context } = clientFor(e)
    const path = dest()
    const report = await runDownload(
      context,
      settingsFrom({ operation: 'download', name: 'cov', path }),
      FAST
    )
    expect(report.failure).toMatch(/^No artifact matched the selection/)
    expect(listFiles(path)).toEqual([])
  })

  it('refuses an artifact name that is not a plain directory name before downloading', async () => {
    const e = await start()
    e.addArtifact({ name: 'a/../../escape', content: zipOf({ x: 'x' }) })
    const { context } = clientFor(e)
    await expect(
      runDownload(
        context,
        settingsFrom({ operation: 'download', pattern: '*', path: dest() }),
        FAST
      )
    ).rejects.toThrow(
      "Artifact name 'a/../../escape' cannot be used as a directory under 'path': it is not a plain file name."
    )
    expect(e.blobRequests()).toHaveLength(0)
  })

  it.each([
    [
      'unpack into the same directory',
      {},
      (path: string) => `would unpack into the same directory ${join(path, 'cov')}.`
    ],
    [
      'be saved as the same archive (skip-decompress)',
      { 'skip-decompress': 'true' },
      (path: string) => `would be saved as the same file ${join(path, 'cov.zip')}. Select one.`
    ]
  ])('refuses two artifacts of one name that would %s', async (_what, inputs, says) => {
    const e = await start()
    const a = e.addArtifact({ name: 'cov', content: zipOf({ f: '1' }) })
    const b = e.addArtifact({ name: 'cov', content: zipOf({ f: '2' }) })
    const { context } = clientFor(e)
    const path = dest()
    await expect(
      runDownload(
        context,
        settingsFrom({ operation: 'download', 'artifact-ids': `${a.id},${b.id}`, path, ...inputs }),
        FAST
      )
    ).rejects.toThrow(`Artifacts ${b.id} and ${a.id} are both named 'cov' and ${says(path)}`)
    expect(e.blobRequests()).toHaveLength(0)
  })

  it('refuses names with lone surrogates, which the filesystem would write as one directory', async () => {
    const e = await start()
    e.addArtifact({ name: 'x\ud800', content: zipOf({ f: '1' }) })
    e.addArtifact({ name: 'x\udbff', content: zipOf({ f: '2' }) })
    const { context } = clientFor(e)
    const path = dest()
    await expect(
      runDownload(context, settingsFrom({ operation: 'download', pattern: 'x*', path }), FAST)
    ).rejects.toThrow(
      "cannot be used as a directory under 'path': it is not well-formed Unicode (a lone surrogate), and the filesystem would write U+FFFD in its place"
    )
    expect(e.blobRequests()).toHaveLength(0)
    expect(listFiles(path)).toEqual([])
  })

  it('refuses such a name as a file name too: with skip-decompress, and for a file that is not a zip', async () => {
    const e = await start()
    e.addArtifact({ name: '../escape', content: zipOf({ x: 'x' }) })
    e.addArtifact({ name: '../plain', content: Buffer.from('not a zip') })
    const { context } = clientFor(e)
    const parent = dest()
    const path = join(parent, 'inner')
    await expect(
      runDownload(
        context,
        settingsFrom({ operation: 'download', name: '../escape', path, 'skip-decompress': 'true' }),
        FAST
      )
    ).rejects.toThrow("Artifact name '../escape' cannot be used as a file name under 'path'")
    const { value } = await download(e, { name: '../plain', path })
    expect(value.failure).toContain(
      "Artifact name '../plain' cannot be used as a file name under 'path'"
    )
    expect(listFiles(parent)).toEqual([])
  })
})

describe('download: how bytes move', () => {
  it('never sends Authorization to the archive origin', async () => {
    const e = await start()
    e.addArtifact({ name: 'a', content: zipOf({ a: '1' }) })
    e.addArtifact({ name: 'b', content: zipOf({ b: '2' }) })
    const { value } = await download(e, { pattern: '*', path: dest() })
    expect(value.failure).toBeUndefined()
    const blobs = e.blobRequests()
    expect(blobs).toHaveLength(2)
    for (const request of blobs) expect(request.headers['authorization']).toBeUndefined()
    for (const request of e.apiRequests()) expect(request.headers['authorization']).toBeDefined()
  })

  it.each<Mode>(['ghes-3.21', 'ghes-eol', 'ghes-older'])(
    'downloads from Enterprise Server (%s), where archives may be served by the same host',
    async mode => {
      const e = await start({ mode })
      const content = zipOf({ 'x.txt': 'ghes' })
      e.addArtifact({ name: 'x', content: content })
      e.addArtifact({ name: 'y', content: zipOf({ 'y.txt': 'other' }) })
      const path = dest()
      const { value, out } = await download(e, { name: 'x', path })
      expect(value.failure).toBeUndefined()
      expect(readFileSync(join(path, 'x.txt'), 'utf8')).toBe('ghes')
      expect(value.artifacts[0]).toMatchObject({ sha256: sha256(content), digest_check: 'absent' })
      expect(out).toContain('The server gives no digest')
      const blob = e.blobRequests()[0]
      expect(blob.headers['authorization']).toBeUndefined()
      if (mode !== 'ghes-older') {
        // Same host: the Location was relative to the API URL.
        expect(blob.headers['host']).toBe(new URL(e.apiUrl).host)
      }
    }
  )

  it('retries a truncated transfer with a fresh URL', async () => {
    const e = await start()
    const content = zipOf({ 'big.txt': 'x'.repeat(200_000) })
    e.addArtifact({ name: 'big', content })
    e.addFault({ target: 'blob', kind: 'truncate', fraction: 0.5 })
    const path = dest()
    const { value, out } = await download(e, { name: 'big', path })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 'big.txt'), 'utf8')).toHaveLength(200_000)
    expect(e.blobRequests()).toHaveLength(2)
    expect(e.apiRequests().filter(r => r.path.endsWith('/zip'))).toHaveLength(2)
    const urls = e.blobRequests().map(r => r.query.get('sig'))
    expect(urls[0]).not.toBe(urls[1])
    expect(out).toMatch(
      /retrying \(attempt 2\): transfer from http:\/\/127\.0\.0\.1:\d+\/blobs\/\d+\/artifact\.zip (ended|broke)/
    )
    expect(out).not.toMatch(/sig=/)
  })

  it('retries a stalled transfer', async () => {
    const e = await start()
    e.addArtifact({ name: 'slow', content: zipOf({ 's.txt': 'y'.repeat(100_000) }) })
    e.addFault({ target: 'blob', kind: 'stall', fraction: 0.3 })
    const path = dest()
    const { value } = await download(e, { name: 'slow', path }, { ...FAST, stallMs: 300 })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 's.txt'), 'utf8')).toHaveLength(100_000)
    expect(e.blobRequests()).toHaveLength(2)
  })

  it('retries an archive host that never answers, without printing the signed query', async () => {
    const e = await start()
    e.addArtifact({ name: 'quiet', content: zipOf({ 'q.txt': 'q' }) })
    e.addFault({ target: 'blob', kind: 'hang' })
    const path = dest()
    const { value, out } = await download(e, { name: 'quiet', path }, { ...FAST, stallMs: 300 })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 'q.txt'), 'utf8')).toBe('q')
    expect(out).toMatch(
      /retrying \(attempt 2\): no answer from http:\/\/127\.0\.0\.1:\d+\/blobs\/\d+\/artifact\.zip within 0\.3 s/
    )
    expect(out).not.toMatch(/sig=|exp=/)
  })

  it('retries an expired signature (403 from storage) with a fresh URL', async () => {
    const e = await start()
    e.addArtifact({ name: 'sig', content: zipOf({ 's.txt': 'signed' }) })
    e.addFault({
      target: 'blob',
      status: 403,
      body: { code: 'AuthenticationFailed', message: 'Signature expired.' }
    })
    const path = dest()
    const { value, out } = await download(e, { name: 'sig', path })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 's.txt'), 'utf8')).toBe('signed')
    expect(e.apiRequests().filter(r => r.path.endsWith('/zip'))).toHaveLength(2)
    // Nothing had arrived: the line says no resume.
    expect(out).toMatch(
      /retrying \(attempt 2\): http:\/\/127\.0\.0\.1:\d+\/blobs\/\d+\/artifact\.zip answered 403\n/
    )
  })

  it('times each artifact: its seconds and its group title, for a download and for a failure', async () => {
    const e = await start({ latencyMs: 150 })
    const ok = e.addArtifact({ name: 'ok', content: zipOf({ o: 'o' }) })
    const gone = e.addArtifact({ name: 'gone', content: zipOf({ g: 'g' }) })
    e.addFault({ path: `/repos/octo-org/octo-repo/actions/artifacts/${gone.id}/zip`, status: 404 })
    const started = Date.now()
    const { value, out } = await download(e, {
      'artifact-ids': `${ok.id},${gone.id}`,
      path: dest()
    })
    const wall = (Date.now() - started) / 1000
    for (const artifact of value.artifacts) {
      expect(artifact.seconds).toBeGreaterThanOrEqual(0.15)
      expect(artifact.seconds).toBeLessThanOrEqual(wall)
    }
    const titled = [...out.matchAll(/^group: \w+ '\w+' \(id \d+\), \d+ B, in ([\d.]+) s$/gm)]
    expect(titled).toHaveLength(2)
    for (const [, seconds] of titled) {
      expect(Number(seconds)).toBeGreaterThanOrEqual(0.1)
      expect(Number(seconds)).toBeLessThanOrEqual(wall + 0.05)
    }
    expect(out).toMatch(
      new RegExp(`info: Fetched \\d+ B from \\S+ in \\d{1,2}\\.\\d s \\(1 attempt\\(s\\)\\)`)
    )
  })

  it('makes four attempts by default, each with a fresh URL', async () => {
    const e = await start()
    e.addArtifact({ name: 'four', content: zipOf({ 'f.txt': 'x'.repeat(50_000) }) })
    e.addArtifact({ name: 'five', content: zipOf({ 'g.txt': 'y'.repeat(50_000) }) })
    e.addFault({ target: 'blob', path: /\/blobs\/1000\//, kind: 'truncate', times: 3 })
    e.addFault({ target: 'blob', path: /\/blobs\/1001\//, kind: 'truncate', times: 4 })
    const path = dest()
    // No attempts given: the default number is what this asserts.
    const { value } = await download(e, { pattern: '*', path }, { backoffMs: 1, stallMs: 2000 })
    expect(listFiles(path)).toEqual(['four/f.txt'])
    expect(value.failure).toMatch(/'five' \(id 1001\): gave up after 4 attempts; the last: /)
    const urls = (id: number) =>
      e.apiRequests().filter(r => r.path.endsWith(`/artifacts/${id}/zip`)).length
    expect([urls(1000), urls(1001)]).toEqual([4, 4])
  })

  it('gives a clear error and leaves nothing behind when every attempt fails', async () => {
    const e = await start()
    e.addArtifact({ name: 'doomed', content: zipOf({ 'd.txt': 'd'.repeat(50_000) }) })
    e.addArtifact({ name: 'fine', content: zipOf({ 'f.txt': 'f' }) })
    e.addFault({ target: 'blob', path: /\/blobs\/1000\//, kind: 'truncate', times: 99 })
    const path = dest()
    // The message asserted names the attempts.
    const { value } = await download(e, { pattern: '*', path }, { ...FAST, attempts: 3 })
    expect(value.failure).toMatch(
      /^1 of 2 artifact\(s\) failed to download: 'doomed' \(id 1000\): gave up after 3 attempts; the last: transfer from http:\/\/127\.0\.0\.1:\d+\/blobs\/1000\/artifact\.zip /
    )
    // The other artifact still arrived; the failed one left no file and no staging directory.
    expect(listFiles(path)).toEqual(['fine/f.txt'])
    expect(existsSync(join(path, 'doomed'))).toBe(false)
  })

  it('says how far a transfer got, at the interval asked for', async () => {
    const e = await start()
    e.addArtifact({
      name: 'big',
      content: buildZip([{ name: 'b.bin', data: randomBytes(300_000), deflate: false }])
    })
    const path = dest()
    const { value, out } = await download(e, { name: 'big', path }, { ...FAST, progressEveryMs: 0 })
    expect(value.failure).toBeUndefined()
    const lines = out.split('\n').filter(line => line.includes('/s'))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).toMatch(
        /^info: 'big' \(id \d+\): [\d.]+ (B|KiB) of [\d.]+ KiB \(\d+%\), [\d.]+ (B|KiB|MiB|GiB)\/s$/
      )
    }
    // With the default interval, a transfer this short prints none.
    const quiet = await download(e, { name: 'big', path: dest() })
    expect(quiet.out).not.toMatch(/%\), /)
  })

  it('stops a transfer when the step is cancelled, leaving nothing in path', async () => {
    const e = await start()
    e.addArtifact({ name: 'slow', content: zipOf({ 's.bin': 's'.repeat(200_000) }) })
    e.addFault({ target: 'blob', kind: 'stall', fraction: 0.3 })
    const path = dest()
    const controller = new AbortController()
    const stop = whenTrue(
      () => e.blobRequests().length > 0,
      () => setTimeout(() => controller.abort(new Error('cancelled by SIGTERM')), 50)
    )
    const { value } = await download(e, { name: 'slow', path }, FAST, controller.signal)
    stop()
    expect(value.failure).toBe(
      'Cancelled: 0 of 1 artifact(s) downloaded before the runner cancelled the step.'
    )
    expect(e.blobRequests()).toHaveLength(1)
    expect(listFiles(path)).toEqual([])
  })

  it('bounds how many transfers run at once', async () => {
    const e = await start({ blobLatencyMs: 150 })
    for (let i = 0; i < 6; i++) e.addArtifact({ name: `a${i}`, content: zipOf({ f: String(i) }) })
    const { value } = await download(e, { pattern: '*', path: dest() }, { ...FAST, concurrency: 2 })
    expect(value.artifacts).toHaveLength(6)
    const blobs = e.blobRequests()
    const overlap = Math.max(
      ...blobs.map(r => blobs.filter(o => o.at <= r.at && (o.endedAt ?? 0) > r.at).length)
    )
    expect(overlap).toBeLessThanOrEqual(2)
    expect(overlap).toBe(2)
  })

  it('deletes each artifact after a verified download with delete-after', async () => {
    const e = await start()
    const a = e.addArtifact({ name: 'once', content: zipOf({ o: 'o' }) })
    const { value } = await download(e, { name: 'once', path: dest(), 'delete-after': 'true' })
    expect(value.failure).toBeUndefined()
    expect(value.artifacts[0].deleted).toBe(true)
    expect(e.artifacts.get(a.id)?.deleted).toBe(true)
    expect(e.apiRequests('DELETE')).toHaveLength(1)
  })

  it('says delete-after needs actions: write when the token cannot delete', async () => {
    const e = await start({ permission: 'read' })
    e.addArtifact({ name: 'once', content: zipOf({ o: 'o' }) })
    const path = dest()
    const { value } = await download(e, { name: 'once', path, 'delete-after': 'true' })
    expect(value.failure).toMatch(
      /^1 of 1 artifact\(s\) downloaded, but not deleted: 'once' \(id \d+\): downloaded to /
    )
    expect(value.failure).not.toContain('failed to download')
    expect(value.failure).toContain('downloaded to ' + path + ', but not deleted')
    expect(value.failure).toContain("The token needs 'actions: write'")
    expect(value.artifacts[0]).toMatchObject({ deleted: false, path })
    expect(listFiles(path)).toEqual(['o'])
  })
})

describe('download: digests', () => {
  const wrong = `sha256:${'0'.repeat(64)}`

  it("fails the artifact on a mismatch with digest-mismatch 'error' and writes nothing", async () => {
    const e = await start()
    e.addArtifact({ name: 'd', content: zipOf({ f: 'x' }), digest: wrong })
    const path = dest()
    const { value } = await download(e, { name: 'd', path })
    expect(value.failure).toContain("Digest mismatch for 'd'")
    expect(value.artifacts[0].digest_check).toBe('mismatch')
    expect(listFiles(path)).toEqual([])
  })

  it.each([
    ['warn', 'warn: Digest mismatch'],
    ['info', 'Digest mismatch'],
    ['ignore', '']
  ])("goes on after a mismatch with digest-mismatch '%s'", async (mode, logged) => {
    const e = await start()
    e.addArtifact({ name: 'd', content: zipOf({ f: 'x' }), digest: wrong })
    const path = dest()
    const { value, out } = await download(e, { name: 'd', path, 'digest-mismatch': mode })
    expect(value.failure).toBeUndefined()
    expect(value.artifacts[0].digest_check).toBe('mismatch')
    expect(listFiles(path)).toEqual(['f'])
    if (logged) expect(out).toContain(logged)
    else expect(out).not.toContain('Digest mismatch')
    if (mode === 'info') expect(out).not.toContain('warn: Digest mismatch')
  })
})

// An absolute entry's target, unique to this run: a file left there by an earlier run (or by a
// mutant of the extractor) cannot fail this one, and one this run leaks is seen.
const ABSOLUTE = join(tmpdir(), `artifact-ops-evil-${process.pid}-${randomUUID()}.txt`)
// As a zip names it, with '/' (on Windows, C:/Users/…/Temp/…: refused as absolute there too).
const ABSOLUTE_ENTRY = ABSOLUTE.replace(/\\/g, '/')
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

describe('download: what is written', () => {
  afterAll(() => rmSync(ABSOLUTE, { force: true }))

  it.each([
    [
      'a parent-directory entry',
      [{ name: '../evil.txt', data: 'x' }],
      /invalid relative path: \.\.\/evil\.txt/
    ],
    [
      'an absolute entry',
      [{ name: ABSOLUTE_ENTRY, data: 'x' }],
      new RegExp(`absolute path: ${escaped(ABSOLUTE_ENTRY)}`)
    ],
    ['a drive-letter entry', [{ name: 'C:/evil.txt', data: 'x' }], /absolute path: C:\/evil\.txt/],
    [
      'a backslash entry',
      [{ name: '..\\evil.txt', data: 'x' }],
      /invalid characters in fileName: \.\.\\evil\.txt/
    ],
    [
      'a symlink entry',
      [{ name: 'link', data: '/etc/passwd', symlink: true }],
      /refused entry 'link': symbolic links are not extracted/
    ],
    [
      'a duplicate entry',
      [
        { name: 'same.txt', data: 'one' },
        { name: 'same.txt', data: 'two' }
      ],
      /refused entry 'same\.txt': the archive holds this path twice/
    ],
    [
      'an entry that inflates beyond its declared size',
      [{ name: 'bomb.bin', data: Buffer.alloc(1_000_000), declaredSize: 1000 }],
      /refused entry 'bomb\.bin': too many bytes in the stream/
    ]
  ])('refuses %s, writing nothing', async (_what, entries, message) => {
    const e = await start()
    e.addArtifact({
      name: 'bad',
      content: buildZip([{ name: 'ok.txt', data: 'fine' }, ...entries])
    })
    // The destination one level down, so that '../evil.txt' would land in this test's own
    // directory, not in the shared temporary directory.
    const root = dest()
    const path = join(root, 'out')
    const { value } = await download(e, { name: 'bad', path })
    expect(value.failure).toMatch(message)
    expect(listFiles(root)).toEqual([])
    expect(existsSync(ABSOLUTE)).toBe(false)
  })

  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'refuses to write through a symbolic link already in the destination',
    async () => {
      const e = await start()
      e.addArtifact({ name: 'x', content: zipOf({ 'sub/f.txt': 'f' }) })
      const path = dest()
      const outside = dest()
      symlinkSync(outside, join(path, 'sub'))
      const { value } = await download(e, { name: 'x', path })
      expect(value.failure).toContain('is a symbolic link; not writing through it')
      expect(listFiles(outside)).toEqual([])
    }
  )

  it('saves an artifact that is not a zip as the single file it is', async () => {
    const e = await start()
    const content = Buffer.from('plain text artifact, uploaded unarchived')
    e.addArtifact({ name: 'notes.txt', content })
    const path = dest()
    const { value } = await download(e, { name: 'notes.txt', path })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 'notes.txt'))).toEqual(content)
    expect(value.artifacts[0].path).toBe(join(path, 'notes.txt'))
  })

  it('merges several artifacts into path with merge-multiple', async () => {
    const e = await start()
    e.addArtifact({ name: 'part-1', content: zipOf({ 'one.txt': '1', 'shared/a': 'a' }) })
    e.addArtifact({ name: 'part-2', content: zipOf({ 'two.txt': '2', 'shared/b': 'b' }) })
    const path = dest()
    const { value } = await download(e, { pattern: 'part-*', path, 'merge-multiple': 'true' })
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['one.txt', 'shared/a', 'shared/b', 'two.txt'])
  })

  it('merges two artifacts of one name on purpose with merge-multiple, and says where it wrote', async () => {
    const e = await start()
    const a = e.addArtifact({ name: 'part', content: zipOf({ 'one.txt': '1' }) })
    const b = e.addArtifact({ name: 'part', content: zipOf({ 'two.txt': '2' }) })
    const path = dest()
    const { value } = await download(e, {
      'artifact-ids': `${a.id},${b.id}`,
      path,
      'merge-multiple': 'true'
    })
    expect(value.failure).toBeUndefined()
    expect(value.outputs).toEqual({ 'download-path': path })
    expect(listFiles(path)).toEqual(['one.txt', 'two.txt'])
  })

  it('keeps the archive with skip-decompress', async () => {
    const e = await start()
    const content = zipOf({ 'inside.txt': 'i' })
    e.addArtifact({ name: 'packed', content })
    const path = dest()
    const { value } = await download(e, { name: 'packed', path, 'skip-decompress': 'true' })
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['packed.zip'])
    expect(readFileSync(join(path, 'packed.zip'))).toEqual(content)
  })

  it('replaces files of the same path and keeps the others in the destination', async () => {
    const e = await start()
    e.addArtifact({ name: 'x', content: zipOf({ 'keep/new.txt': 'new', 'old.txt': 'replaced' }) })
    const path = dest()
    mkdirSync(join(path, 'keep'))
    writeFileSync(join(path, 'old.txt'), 'old')
    writeFileSync(join(path, 'keep', 'mine.txt'), 'mine')
    const { value } = await download(e, { name: 'x', path })
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['keep/mine.txt', 'keep/new.txt', 'old.txt'])
    expect(readFileSync(join(path, 'old.txt'), 'utf8')).toBe('replaced')
  })
})

describe("download: each artifact's group in the log", () => {
  /** The lines of the group whose title starts with `start`, title first. */
  function groupOf(out: string, start: string): string[] {
    const lines = out.split('\n')
    const first = lines.findIndex(line => line.startsWith(`group: ${start}`))
    expect(first).toBeGreaterThanOrEqual(0)
    const end = lines.findIndex((line, i) => i > first && !line.startsWith('info: '))
    return lines.slice(first, end === -1 ? undefined : end)
  }

  it('says what was fetched from where, verified, unpacked, replaced and deleted', async () => {
    const e = await start()
    const content = zipOf({ 'a.txt': 'new', 'b.txt': 'bb' })
    const a = e.addArtifact({ name: 'rep', content })
    const path = dest()
    writeFileSync(join(path, 'a.txt'), 'old')
    const { out } = await download(e, { name: 'rep', path, 'delete-after': 'true' })
    // A first attempt has nothing to start over from.
    expect(out).not.toContain('starting over')
    const lines = groupOf(out, "Downloaded 'rep'")
    expect(lines[0]).toMatch(
      new RegExp(`^group: Downloaded 'rep' \\(id ${a.id}\\), ${content.length} B, in [\\d.]+ s$`)
    )
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^info: Fetched ${content.length} B from ${escaped(e.blobOrigin)}/[^?\\s]+ in [\\d.]+ s \\(1 attempt\\(s\\)\\)$`
        )
      ),
      `info: sha256 ${sha256(content)}`,
      'info: Digest verified',
      `info: Unpacked 2 file(s), 5 B, into ${path} as the bytes arrived`,
      'info: Replaced 1 file(s) already in the destination',
      'info: Deleted from the repository (delete-after)'
    ])
  })

  it('says where a kept archive and a file that is no zip were saved, and that no digest was given', async () => {
    const e = await start()
    e.addArtifact({ name: 'kept', content: zipOf({ k: 'k' }), digest: null })
    e.addArtifact({ name: 'notes.txt', content: Buffer.from('plain'), digest: null })
    const path = dest()
    const { out } = await download(e, { name: 'kept\nnotes.txt', path, 'skip-decompress': 'true' })
    expect(groupOf(out, "Downloaded 'kept'")).toContain(
      `info: Saved the archive as ${join(path, 'kept.zip')}`
    )
    const plain = groupOf(out, "Downloaded 'notes.txt'")
    expect(plain).toContain(
      `info: Saved the file (not a zip) as ${join(path, 'notes.txt', 'notes.txt')}`
    )
    expect(plain).not.toContain('info: Digest verified')
    // Said once for the download, not once per artifact.
    expect(out.split('The server gives no digest')).toHaveLength(2)
  })

  it('names a failed artifact and why; one downloaded but not deleted is not called failed', async () => {
    const e = await start()
    const goneZip = zipOf({ g: 'g' })
    const staysZip = zipOf({ s: 's' })
    const gone = e.addArtifact({ name: 'gone', content: goneZip })
    e.addFault({ path: `/repos/octo-org/octo-repo/actions/artifacts/${gone.id}/zip`, status: 410 })
    const stays = e.addArtifact({ name: 'stays', content: staysZip })
    e.addFault({
      path: `/repos/octo-org/octo-repo/actions/artifacts/${stays.id}`,
      method: 'DELETE',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const brokenZip = zipOf({ b: 'b' })
    const broken = e.addArtifact({
      name: 'broken',
      content: brokenZip,
      digest: `sha256:${'0'.repeat(64)}`
    })
    const path = dest()
    const { value, out } = await download(e, {
      name: 'gone\nstays\nbroken',
      path,
      'delete-after': 'true',
      'if-no-artifact-found': 'ignore'
    })
    expect(out).toContain(
      `info: Downloading 3 artifact(s), ${goneZip.length + staysZip.length + brokenZip.length} B, to ${path} (3 at a time)`
    )
    expect(out).toContain(
      `warn: Skipped 1 artifact(s) that expired since they were listed: 'gone' id ${gone.id}`
    )
    expect(value.artifacts.map(x => x.name).sort()).toEqual(['broken', 'stays'])
    // One headline each, one space between.
    expect(value.failure).toMatch(
      new RegExp(
        `^1 of 2 artifact\\(s\\) failed to download: 'broken' \\(id ${broken.id}\\): [^]* 1 of 2 artifact\\(s\\) downloaded, but not deleted: 'stays' \\(id ${stays.id}\\)`
      )
    )
    expect(groupOf(out, "Failed 'gone'")).toContain('info: Failed: expired (410 Gone)')
    const kept = groupOf(out, "Downloaded, but not deleted, 'stays'")
    expect(kept.at(-1)).toMatch(/^info: Not deleted: /)
  })
})

describe('checkNameIsSegment', () => {
  it.each(['', '.', '..', 'a/b', 'a\\b', 'a\0b'])(
    'refuses %j, which is no plain file name',
    name => {
      expect(() => checkNameIsSegment(name, 'a directory')).toThrow(
        `Artifact name '${name}' cannot be used as a directory under 'path': it is not a plain file name.`
      )
    }
  )

  it("refuses a name git would read as the checkout's .git", () => {
    expect(() => checkNameIsSegment('.GIT', 'a file name')).toThrow(
      "Artifact name '.GIT' cannot be used as a file name under 'path': git would read it as the checkout's own '.git'."
    )
  })

  it.each(['x\ud800', 'x\udbff', '\udc00x', 'a\ud83d'])(
    'refuses %j, which is not well-formed',
    name => {
      expect(() => checkNameIsSegment(name, 'a file name')).toThrow(
        "cannot be used as a file name under 'path': it is not well-formed Unicode"
      )
    }
  )

  // Linux's rules: Windows refuses '...' too (a trailing dot), see platform-names.test.ts.
  it.each(['coverage', '...', 'a.b', '.hidden', 'a..b', 'x\ufffd', '😀'])('takes %j', name => {
    expect(() => checkNameIsSegment(name, 'a directory', 'linux')).not.toThrow()
  })
})
