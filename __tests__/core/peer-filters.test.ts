import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/server.js'
import { runDownload } from '../../src/operations/download/index.js'
import { runList } from '../../src/operations/list/index.js'
import { runPrune } from '../../src/operations/prune/index.js'
import { clientFor, daysAgo, settingsFrom, useEmulator, useTempDirs } from '../helpers.js'

const start = useEmulator()
const tempDir = useTempDirs()

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)
const SHA_C = 'c'.repeat(40)

async function list(e: Emulator, inputs: Record<string, string>) {
  const { context, logs } = clientFor(e)
  const result = await runList(context, settingsFrom(inputs))
  return { ids: result.artifacts.map(a => a.id).sort((a, b) => a - b), out: logs.text() }
}

/** Paths of the git and tag requests, in order. */
const gitRequests = (e: Emulator) =>
  e
    .apiRequests()
    .map(r => r.path)
    .filter(path => /\/git\/|\/tags$/.test(path))

describe('ref: a branch, a tag or a commit', () => {
  function seed(e: Emulator) {
    e.addArtifact({ id: 1, headSha: SHA_A, headBranch: 'main', createdAt: daysAgo(3) })
    e.addArtifact({ id: 2, headSha: SHA_B, headBranch: 'main', createdAt: daysAgo(2) })
    // A branch named like the tag, on another commit.
    e.addArtifact({ id: 3, headSha: SHA_C, headBranch: 'v1.0', createdAt: daysAgo(1) })
  }

  it("resolves a lightweight tag to its commit in one request, then takes that commit's runs", async () => {
    const e = await start()
    seed(e)
    e.addTag({ name: 'v1.0', sha: SHA_A })
    const { ids, out } = await list(e, { ref: 'v1.0' })
    // The tag wins over the branch of the same name, as in git (refs/tags/ before refs/heads/).
    expect(ids).toEqual([1])
    expect(gitRequests(e)).toEqual(['/repos/octo-org/octo-repo/git/ref/tags/v1.0'])
    expect(out).toContain(`info: Tag 'v1.0': commit ${SHA_A} (1 request(s))`)
    expect(out).toContain(
      "warn: Ref 'v1.0' is a tag (commit aaaaaaa) and also a branch: the tag is taken, as git reads a name that is both; 1 artifact(s) of runs on that branch name at other commits left alone. Write 'refs/heads/v1.0' for the branch."
    )
  })

  it('peels an annotated tag through its tag object: two requests', async () => {
    const e = await start()
    seed(e)
    const tag = e.addTag({ name: 'release/2.0', sha: SHA_B, annotated: true })
    const { ids, out } = await list(e, { ref: 'refs/tags/release/2.0' })
    expect(ids).toEqual([2])
    expect(out).not.toContain('warn:')
    // The slash of the tag's name stays a slash in the path, as the API documents.
    expect(gitRequests(e)).toEqual([
      '/repos/octo-org/octo-repo/git/ref/tags/release/2.0',
      `/repos/octo-org/octo-repo/git/tags/${tag.objectSha}`
    ])
  })

  it("encodes a tag name's '#' and '%' into the path, part by part", async () => {
    const e = await start()
    seed(e)
    e.addTag({ name: 'v1#beta%2F', sha: SHA_B })
    const { ids } = await list(e, { ref: 'v1#beta%2F' })
    expect(ids).toEqual([2])
    expect(gitRequests(e)).toEqual(['/repos/octo-org/octo-repo/git/ref/tags/v1%23beta%252F'])
  })

  it('takes a name no tag has as a branch, after one request', async () => {
    const e = await start()
    seed(e)
    const { ids, out } = await list(e, { ref: 'main' })
    expect(ids).toEqual([1, 2])
    expect(gitRequests(e)).toEqual(['/repos/octo-org/octo-repo/git/ref/tags/main'])
    expect(out).toContain(
      "info: Ref 'main': no tag of that name in octo-org/octo-repo, taken as a branch"
    )
  })

  it('asks nothing for refs/heads/ or a commit sha', async () => {
    const e = await start()
    seed(e)
    e.addTag({ name: 'v1.0', sha: SHA_A })
    expect((await list(e, { ref: 'refs/heads/v1.0' })).ids).toEqual([3])
    expect((await list(e, { ref: SHA_B.slice(0, 7) })).ids).toEqual([2])
    expect((await list(e, { ref: SHA_C })).ids).toEqual([3])
    expect(gitRequests(e)).toEqual([])
  })

  it('fails on a refs/tags/ name that is no tag, and on a tag of a tree', async () => {
    const e = await start()
    seed(e)
    e.addTag({ name: 'tree-tag', sha: SHA_C, tree: true })
    const { context } = clientFor(e)
    await expect(runList(context, settingsFrom({ ref: 'refs/tags/v9' }))).rejects.toThrow(
      "Tag 'v9' was not found in octo-org/octo-repo. Check 'ref': write refs/heads/v9 for a branch."
    )
    await expect(runList(context, settingsFrom({ ref: 'tree-tag' }))).rejects.toThrow(
      "Tag 'tree-tag' points to a tree (ccccccc), not a commit: no workflow run is on it."
    )
    // Nothing was listed after either failure.
    expect(e.apiRequests().filter(r => r.path.endsWith('/actions/artifacts'))).toEqual([])
  })

  it("narrows a workflow's runs to the tag's commit on the server", async () => {
    const e = await start()
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    e.addArtifact({ id: 1, headSha: SHA_A, workflowId: 11 })
    e.addArtifact({ id: 2, headSha: SHA_B, workflowId: 11 })
    e.addTag({ name: 'v1.0', sha: SHA_A, annotated: true })
    expect((await list(e, { ref: 'v1.0', workflow: 'ci.yml' })).ids).toEqual([1])
    const runs = e.apiRequests().find(r => r.path.endsWith('/runs'))
    expect(runs?.query.get('head_sha')).toBe(SHA_A)
  })

  it("downloads the newest artifact of a tag's commit", async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'dist', headSha: SHA_A, content: Buffer.from('tagged') })
    e.addArtifact({ id: 2, name: 'dist', headSha: SHA_B, content: Buffer.from('newer') })
    e.addTag({ name: 'v1.0', sha: SHA_A })
    const { context } = clientFor(e)
    const path = tempDir()
    const result = await runDownload(
      context,
      settingsFrom({ operation: 'download', name: 'dist', ref: 'v1.0', path })
    )
    expect(result.artifacts.map(a => a.id)).toEqual([1])
  })
})

describe('min-size and max-size', () => {
  it('list only the artifacts within the sizes, on the client', async () => {
    const e = await start()
    e.addArtifact({ id: 1, size: 999_999 })
    e.addArtifact({ id: 2, size: 1_000_000 })
    e.addArtifact({ id: 3, size: 1_048_576 })
    e.addArtifact({ id: 4, size: 1_048_577 })
    expect((await list(e, { 'min-size': '1MB' })).ids).toEqual([2, 3, 4])
    expect((await list(e, { 'max-size': '1 MiB' })).ids).toEqual([1, 2, 3])
    expect((await list(e, { 'min-size': '1mb', 'max-size': '1mib' })).ids).toEqual([2, 3])
  })

  it('prune deletes what is eating the storage, sparing the newest of each name', async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'dist', size: 300_000_000, createdAt: daysAgo(3) })
    e.addArtifact({ id: 2, name: 'dist', size: 5_000, createdAt: daysAgo(2) })
    e.addArtifact({ id: 3, name: 'dist', size: 200_000_000, createdAt: daysAgo(1) })
    e.addArtifact({ id: 4, name: 'logs', size: 150_000_000, createdAt: daysAgo(1) })
    e.addArtifact({ id: 5, name: 'logs', size: 120_000_000, createdAt: daysAgo(4) })
    const { context } = clientFor(e)
    const result = await runPrune(
      context,
      settingsFrom({ operation: 'prune', 'min-size': '100MB', 'keep-latest': '1' })
    )
    expect(
      e
        .apiRequests('DELETE')
        .map(r => Number(r.path.split('/').pop()))
        .sort()
    ).toEqual([1, 5])
    expect(result.prune.deletedBytes).toBe(420_000_000)
    expect(result.summary.selection).toContain('at least 100,000,000 bytes')
  })
})

describe('run-number with workflow', () => {
  function seedRuns(e: Emulator, count: number) {
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    e.addWorkflow({ id: 12, file: 'nightly.yml' })
    for (let n = 1; n <= count; n++) {
      const run = e.addRun({ workflowId: 11, createdAt: daysAgo(count - n + 1) })
      e.addArtifact({ name: `build-${run.runNumber}`, runId: run.id, createdAt: run.createdAt })
      // Another workflow's run of the same number.
      const other = e.addRun({ workflowId: 12, createdAt: daysAgo(count - n + 1) })
      e.addArtifact({ name: `nightly-${other.runNumber}`, runId: other.id })
    }
  }

  it("finds the run in the workflow's newest page and lists that run's artifacts", async () => {
    const e = await start()
    seedRuns(e, 250)
    const { ids, out } = await list(e, { workflow: 'ci.yml', 'run-number': '240' })
    const run = [...e.runs.values()].find(r => r.workflowId === 11 && r.runNumber === 240)
    const artifact = [...e.artifacts.values()].find(a => a.name === 'build-240')
    expect(ids).toEqual([artifact?.id])
    const paths = e.apiRequests().map(r => r.path)
    expect(paths).toEqual([
      '/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs',
      `/repos/octo-org/octo-repo/actions/runs/${run?.id}/artifacts`
    ])
    expect(out).toContain(`info: Workflow ci.yml run number 240: run ${run?.id}, 1 request(s)`)
  })

  it('reads older pages one at a time, and stops once the numbers pass it', async () => {
    const e = await start()
    seedRuns(e, 250)
    const { ids } = await list(e, { workflow: 'ci.yml', 'run-number': '5' })
    expect(ids).toHaveLength(1)
    const runPages = e.apiRequests().filter(r => r.path.endsWith('/runs'))
    expect(runPages.map(r => r.query.get('page') ?? '1')).toEqual(['1', '2', '3'])
    expect(runPages.every(r => r.query.get('per_page') === '100')).toBe(true)
  })

  it('finds nothing, after one page, for a number above the newest', async () => {
    const e = await start()
    seedRuns(e, 150)
    const { context, logs } = clientFor(e)
    const result = await runList(
      context,
      settingsFrom({ workflow: 'ci.yml', 'run-number': '999', 'if-no-artifact-found': 'warn' })
    )
    expect(result.artifacts).toEqual([])
    expect(e.apiRequests().filter(r => r.path.endsWith('/runs'))).toHaveLength(1)
    expect(logs.text()).toContain('info: Workflow ci.yml run number 999: no such run, 1 request(s)')
    expect(e.apiRequests().some(r => r.path.endsWith('/artifacts'))).toBe(false)
  })

  it('passes the conclusion to the server: a run of another conclusion is not taken', async () => {
    const e = await start()
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    e.addArtifact({ id: 1, workflowId: 11, conclusion: 'failure' })
    const { ids } = await list(e, {
      workflow: 'ci.yml',
      'run-number': '1',
      'workflow-conclusion': 'success'
    })
    expect(ids).toEqual([])
    expect(e.apiRequests()[0].query.get('status')).toBe('success')
    expect((await list(e, { workflow: 'ci.yml', 'run-number': '1' })).ids).toEqual([1])
  })
})

describe('prune keep-tagged', () => {
  function seed(e: Emulator) {
    e.addArtifact({ id: 1, name: 'dist', headSha: SHA_A, size: 100, createdAt: daysAgo(5) })
    e.addArtifact({ id: 2, name: 'dist', headSha: SHA_B, size: 200, createdAt: daysAgo(4) })
    e.addArtifact({ id: 3, name: 'dist', headSha: SHA_C, size: 400, createdAt: daysAgo(3) })
    e.addTag({ name: 'v1.0', sha: SHA_A })
    e.addTag({ name: 'v2.0', sha: SHA_B, annotated: true })
    // Enough other tags for a second page of 100.
    for (let i = 0; i < 150; i++) e.addTag({ name: `old-${i}`, sha: `${i}`.padStart(40, 'd') })
  }

  it('spares artifacts of tagged commits, lightweight or annotated, and says how many', async () => {
    const e = await start()
    seed(e)
    const { context, logs } = clientFor(e)
    const result = await runPrune(
      context,
      settingsFrom({ operation: 'prune', pattern: '*', 'keep-tagged': 'true' })
    )
    expect(e.apiRequests('DELETE').map(r => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/artifacts/3'
    ])
    expect(e.liveArtifacts().map(a => a.id)).toEqual([1, 2])
    const tagPages = e.apiRequests().filter(r => r.path === '/repos/octo-org/octo-repo/tags')
    expect(tagPages.map(r => [r.query.get('per_page'), r.query.get('page') ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2']
    ])
    // The tags endpoint gives an annotated tag's commit: no tag object is read.
    expect(gitRequests(e).filter(path => path.includes('/git/'))).toEqual([])
    expect(result.summary.totals).toContain('1 selected · 2 kept by keep-tagged')
    expect(logs.text()).toContain(
      'info: keep-tagged: 152 tag(s) on 152 commit(s) of octo-org/octo-repo, read in 2 request(s)'
    )
    expect(logs.text()).toContain(
      'info: keep-tagged: spared 2 artifact(s) of tagged commits (or of runs whose commit is not given), 300 B'
    )
  })

  it('reads no tags without keep-tagged, and deletes tagged commits then', async () => {
    const e = await start()
    seed(e)
    const { context } = clientFor(e)
    const result = await runPrune(context, settingsFrom({ operation: 'prune', pattern: '*' }))
    expect(gitRequests(e)).toEqual([])
    expect(result.prune.deletedCount).toBe(3)
    expect(result.summary.totals).not.toContain('keep-tagged')
  })

  it('deletes nothing when the tags cannot be read', async () => {
    const e = await start()
    seed(e)
    e.addFault({ path: '/repos/octo-org/octo-repo/tags', status: 404, times: 10 })
    const { context } = clientFor(e)
    await expect(
      runPrune(context, settingsFrom({ operation: 'prune', pattern: '*', 'keep-tagged': 'true' }))
    ).rejects.toThrow('Unable to list tags in octo-org/octo-repo')
    expect(e.apiRequests('DELETE')).toEqual([])
  })

  it('sends the token to no other origin a tags page links to, and stops on a repeated page', async () => {
    const e = await start()
    seed(e)
    const tag = [{ name: 't', commit: { sha: SHA_A, url: '' } }]
    e.addFault({
      path: '/repos/octo-org/octo-repo/tags',
      status: 200,
      body: tag,
      headers: { link: '<http://127.0.0.2:9/repos/octo-org/octo-repo/tags?page=2>; rel="next"' }
    })
    const { context } = clientFor(e)
    const settings = settingsFrom({ operation: 'prune', pattern: '*', 'keep-tagged': 'true' })
    await expect(runPrune(context, settings)).rejects.toThrow(
      'refusing to send the token to http://127.0.0.2:9'
    )
    const self = `${e.apiUrl}/repos/octo-org/octo-repo/tags?per_page=100`
    e.addFault({
      path: '/repos/octo-org/octo-repo/tags',
      status: 200,
      body: tag,
      times: 5,
      headers: { link: `<${self}>; rel="next"` }
    })
    await expect(runPrune(context, settings)).rejects.toThrow(
      "GET /repos/octo-org/octo-repo/tags (page 2): the page's URL repeats one already read; stopping"
    )
    expect(e.apiRequests('DELETE')).toEqual([])
  })
})
