import { describe, expect, it } from '@jest/globals'
import type { Emulator, Mode } from '../../../emulator/server.js'
import { listArtifacts } from '../../../src/github/artifacts.js'
import { runList } from '../../../src/operations/list/index.js'
import { listAndSelect } from '../../../src/core/list-and-select.js'
import { criteriaFrom } from '../../../src/core/criteria.js'
import { queryFrom } from '../../../src/core/query.js'
import { clientFor, daysAgo, settingsFrom, useEmulator } from '../../helpers.js'

const start = useEmulator()

function fill(e: Emulator, count: number, name = (i: number) => `artifact-${i % 7}`): void {
  for (let i = 0; i < count; i++) {
    e.addArtifact({
      name: name(i),
      size: 1000 + i,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000)
    })
  }
}

describe('list against the emulator', () => {
  it('reads 2,350 artifacts in 24 requests of 100, newest first', async () => {
    const e = await start()
    fill(e, 2350)
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({}))
    expect(result.artifacts).toHaveLength(2350)
    const requests = e.apiRequests()
    expect(requests).toHaveLength(24)
    expect(requests.every(r => r.query.get('per_page') === '100')).toBe(true)
    expect(requests.map(r => Number(r.query.get('page') ?? '1')).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1)
    )
    expect(requests.every(r => r.headers['x-github-api-version'] === '2022-11-28')).toBe(true)
    const created = result.artifacts.map(a => Date.parse(a.created_at ?? ''))
    expect(created).toEqual([...created].sort((a, b) => b - a))
  })

  it('reports each page read with the total the server gives, for progress lines', async () => {
    const e = await start()
    fill(e, 250)
    const { client } = clientFor(e)
    const calls: [number, number | undefined][] = []
    const { pages } = await listArtifacts(client, {
      owner: e.owner,
      repo: e.repo,
      onPage: (read, total) => calls.push([read, total])
    })
    expect(pages).toBe(3)
    expect(calls).toEqual([
      [100, 250],
      [200, 250],
      [250, 250]
    ])
  })

  it('retries a 500 on page 3 and still returns every artifact', async () => {
    const e = await start()
    fill(e, 450)
    e.addFault({ path: '/repos/octo-org/octo-repo/actions/artifacts', skip: 2, status: 500 })
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({}))
    expect(result.artifacts).toHaveLength(450)
    // Pages 2 to 5 are read at once: the fault hits whichever arrives second among them.
    const requests = e.apiRequests()
    const failed = requests.filter(r => r.status === 500)
    expect(failed).toHaveLength(1)
    const failedPage = failed[0].query.get('page') ?? '1'
    expect(requests.map(r => r.query.get('page') ?? '1').sort()).toEqual(
      ['1', '2', '3', '4', '5', failedPage].sort()
    )
    const retried = requests.filter(r => (r.query.get('page') ?? '1') === failedPage)
    expect(retried.map(r => r.status)).toEqual([500, 200])
  })

  it('retries a dropped connection', async () => {
    const e = await start()
    fill(e, 150)
    e.addFault({ path: '/repos/octo-org/octo-repo/actions/artifacts', skip: 1, kind: 'reset' })
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({}))
    expect(result.artifacts).toHaveLength(150)
  })

  it('waits out a secondary rate limit for as long as retry-after says, with a log line', async () => {
    const e = await start()
    fill(e, 250)
    e.addFault({
      path: '/repos/octo-org/octo-repo/actions/artifacts',
      skip: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      }
    })
    const { context, logs } = clientFor(e)
    const result = await runList(context, settingsFrom({}))
    expect(result.artifacts).toHaveLength(250)
    const requests = e.apiRequests()
    expect(requests).toHaveLength(4)
    const limited = requests.filter(r => r.status === 403)
    expect(limited).toHaveLength(1)
    const page = limited[0].query.get('page')
    const retry = requests.filter(r => r.query.get('page') === page)
    expect(retry.map(r => r.status)).toEqual([403, 200])
    expect(retry[1].at - (limited[0].endedAt ?? 0)).toBeGreaterThanOrEqual(990)
    expect(logs.warn.join('\n')).toMatch(/Secondary rate limit for GET .*waiting 1s/)
  })

  it('waits for a primary rate limit reset, bounded', async () => {
    const e = await start({ rateRemaining: 1, rateResetSeconds: 3 })
    fill(e, 150)
    const { client, context, logs } = clientFor(e)
    const result = await runList(context, settingsFrom({}))
    expect(result.artifacts).toHaveLength(150)
    expect(e.rate.primaryAnswers).toBe(1)
    expect(logs.warn.join('\n')).toMatch(/Rate limit exhausted .*waiting \d+s for the reset/)
    expect(client.rate.limit).toBe(5000)
  })

  it('gives up on a primary rate limit that resets too late', async () => {
    const e = await start({ rateRemaining: 0, rateResetSeconds: 3000 })
    fill(e, 5)
    const { context } = clientFor(e, { maxRateLimitWaitSeconds: 60 })
    await expect(runList(context, settingsFrom({}))).rejects.toThrow(
      /Unable to list artifacts in octo-org\/octo-repo: rate limit exceeded/
    )
  })

  it('asks the server to filter one name and filters again itself', async () => {
    const e = await start()
    fill(e, 30, i => (i % 3 === 0 ? 'coverage' : 'logs'))
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({ name: 'coverage' }))
    expect(result.artifacts).toHaveLength(10)
    expect(e.apiRequests()[0].query.get('name')).toBe('coverage')
  })

  it('sends no name to the server for several names, and filters them', async () => {
    const e = await start()
    fill(e, 30, i => ['a', 'b', 'c'][i % 3])
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({ name: 'a\nc' }))
    expect(result.artifacts.map(a => a.name).sort()).toEqual([
      ...Array(10).fill('a'),
      ...Array(10).fill('c')
    ])
    expect(e.apiRequests()[0].query.has('name')).toBe(false)
  })

  it.each<[Mode, string, 'value' | 'null' | 'absent']>([
    ['dotcom', '', 'value'],
    ['ghec', '', 'value'],
    ['ghes-3.21', '/api/v3', 'null'],
    ['ghes-eol', '/api/v3', 'absent'],
    ['ghes-older', '/api/v3', 'absent']
  ])('works against %s (path prefix %p, digest %s)', async (mode, prefix, digest) => {
    const e = await start({ mode })
    expect(e.apiUrl.endsWith(prefix)).toBe(true)
    fill(e, 120, i => (i % 2 ? 'coverage' : 'logs'))
    e.addArtifact({ name: 'coverage', noRun: true, createdAt: daysAgo(1) })
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({ name: 'coverage' }))
    // Old servers ignore ?name= and return every artifact: the client filter must hold.
    expect(result.artifacts).toHaveLength(61)
    expect(result.artifacts.every(a => a.name === 'coverage')).toBe(true)
    expect(result.artifacts.some(a => a.workflow_run === null)).toBe(true)
    const digests = new Set(result.artifacts.map(a => a.digest))
    if (digest === 'value')
      expect([...digests].some(d => d?.startsWith('sha256:') || d === null)).toBe(true)
    else expect(digests).toEqual(new Set([null]))
    expect(e.apiRequests()).toHaveLength(mode === 'ghes-older' ? 2 : 1)
  })

  it("lists a run's artifacts from the run endpoint", async () => {
    const e = await start()
    e.addRun({ id: 77 })
    e.addArtifact({ name: 'a', runId: 77 })
    e.addArtifact({ name: 'b', runId: 77 })
    e.addArtifact({ name: 'c' })
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({ 'run-id': '77' }))
    expect(result.artifacts.map(a => a.name).sort()).toEqual(['a', 'b'])
    expect(e.apiRequests()[0].path).toBe('/repos/octo-org/octo-repo/actions/runs/77/artifacts')
  })

  it('narrows by branch, commit, age, keep-latest and limit', async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'cov', headBranch: 'main', createdAt: daysAgo(40) })
    e.addArtifact({ id: 2, name: 'cov', headBranch: 'main', createdAt: daysAgo(35) })
    e.addArtifact({ id: 3, name: 'cov', headBranch: 'main', createdAt: daysAgo(3) })
    e.addArtifact({
      id: 4,
      name: 'cov',
      headBranch: 'dev',
      headSha: 'abcdef0123456789abcdef0123456789abcdef01',
      createdAt: daysAgo(50)
    })
    const { context } = clientFor(e)
    const ids = async (inputs: Record<string, string>) =>
      (await runList(context, settingsFrom(inputs))).artifacts.map(a => a.id)
    expect(await ids({ branch: 'refs/heads/main' })).toEqual([3, 2, 1])
    expect(await ids({ commit: 'ABCDEF0' })).toEqual([4])
    expect(await ids({ 'older-than': '30d' })).toEqual([2, 1, 4])
    expect(await ids({ 'older-than': '30d', 'keep-latest': '2' })).toEqual([1, 4])
    expect(await ids({ limit: '2' })).toEqual([3, 2])
  })

  it('narrows by workflow, conclusion and event through the runs endpoint', async () => {
    const e = await start()
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    e.addWorkflow({ id: 12, file: 'nightly.yml' })
    e.addArtifact({ id: 1, name: 'a', workflowId: 11, conclusion: 'success', event: 'push' })
    e.addArtifact({ id: 2, name: 'a', workflowId: 11, conclusion: 'failure', event: 'push' })
    e.addArtifact({ id: 3, name: 'a', workflowId: 12, conclusion: 'success', event: 'schedule' })
    e.addArtifact({
      id: 4,
      name: 'a',
      workflowId: 11,
      conclusion: 'success',
      event: 'pull_request'
    })
    const { context } = clientFor(e)
    const ids = async (inputs: Record<string, string>) =>
      (await runList(context, settingsFrom(inputs))).artifacts.map(a => a.id).sort()
    expect(await ids({ workflow: 'ci.yml' })).toEqual([1, 2, 4])
    expect(await ids({ workflow: 'ci.yml', 'workflow-conclusion': 'success' })).toEqual([1, 4])
    expect(
      await ids({ workflow: 'ci.yml', 'workflow-conclusion': 'success', event: 'push' })
    ).toEqual([1])
    expect(await ids({ workflow: '12' })).toEqual([3])
    const runRequest = e.apiRequests().find(r => r.query.get('status') === 'success')
    expect(runRequest?.path).toBe('/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs')
    // Without workflow: the runs of every workflow, through the repository's run listing.
    expect(await ids({ 'workflow-conclusion': 'success' })).toEqual([1, 3, 4])
    expect(await ids({ event: 'schedule' })).toEqual([3])
    expect(await ids({ 'workflow-conclusion': 'success', event: 'push' })).toEqual([1])
    const last = e.apiRequests().at(-2)
    expect(last?.path).toBe('/repos/octo-org/octo-repo/actions/runs')
    expect(last?.query.get('event')).toBe('push')
  })

  it("narrows by a pull request's head branch, not a fork's branch of the same name", async () => {
    const e = await start()
    e.addPull({ number: 5, headRef: 'feature', headSha: 'a'.repeat(40) })
    e.addArtifact({ id: 1, headBranch: 'feature', headSha: 'a'.repeat(40) })
    e.addArtifact({ id: 2, headBranch: 'feature', fork: true })
    e.addArtifact({ id: 3, headBranch: 'main' })
    // An earlier commit of the branch: listed too (a download takes the head commit's only).
    e.addArtifact({ id: 4, headBranch: 'feature', headSha: 'b'.repeat(40) })
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({ pr: '5' }))
    expect(result.artifacts.map(a => a.id).sort((a, b) => a - b)).toEqual([1, 4])
  })

  it('lists what it found with if-no-artifact-found: fail, and names the selection in the summary', async () => {
    const e = await start()
    e.addArtifact({ name: 'dist' })
    const { context, logs } = clientFor(e)
    const result = await runList(
      context,
      settingsFrom({ name: 'dist', 'if-no-artifact-found': 'fail' })
    )
    expect(result.artifacts.map(a => a.name)).toEqual(['dist'])
    expect(result.summary.selection).toBe("list in octo-org/octo-repo: name 'dist'")
    expect(logs.warn).toEqual([])
  })

  it('flags expired artifacts in the list', async () => {
    const e = await start()
    e.addArtifact({ id: 1, expired: true })
    e.addArtifact({ id: 2 })
    const { context } = clientFor(e)
    const result = await runList(context, settingsFrom({}))
    expect(result.artifacts.map(a => [a.id, a.expired])).toEqual([
      [2, false],
      [1, true]
    ])
  })

  it('fails on nothing found when asked to, naming the names that exist', async () => {
    const e = await start()
    e.addArtifact({ name: 'coverage' })
    e.addArtifact({ name: 'dist' })
    const { context } = clientFor(e)
    const failed = await runList(
      context,
      settingsFrom({ name: 'covrage', 'if-no-artifact-found': 'fail' })
    )
    const message =
      "No artifact matched the selection in octo-org/octo-repo. Names that exist: 'coverage', 'dist'."
    expect(failed.failure).toBe(message)
    expect(failed.artifacts).toEqual([])
    expect(failed.summary.notes).toEqual([message])
    const ignored = await runList(context, settingsFrom({ name: 'covrage' }))
    expect(ignored.artifacts).toEqual([])
  })

  it('is not nothing found when limit: 0 left out what matched', async () => {
    const e = await start()
    e.addArtifact({ name: 'coverage' })
    const { context, logs } = clientFor(e)
    const report = await runList(
      context,
      settingsFrom({ name: 'coverage', limit: '0', 'if-no-artifact-found': 'fail' })
    )
    expect(report.failure).toBeUndefined()
    expect(report.artifacts).toEqual([])
    expect(report.summary.notes.join(' ')).not.toContain('No artifact matched')
    expect(logs.text()).not.toContain('No artifact matched')
  })

  it('says the token was refused on 401, without printing it', async () => {
    const e = await start({ token: 'right-token' })
    const { context } = clientFor(e, { token: 'wrong-token-123' })
    const error = await runList(context, settingsFrom({})).catch((err: Error) => err)
    expect(error).toHaveProperty('message')
    expect((error as Error).message).toContain('the token was refused (401 Bad credentials)')
    expect((error as Error).message).not.toContain('wrong-token-123')
    // 401 is not retried.
    expect(e.apiRequests()).toHaveLength(1)
  })

  it('names the repository and the permission on 404 and 403', async () => {
    const e = await start()
    const { context } = clientFor(e)
    await expect(runList(context, settingsFrom({ repository: 'octo-org/other' }))).rejects.toThrow(
      "Unable to list artifacts in octo-org/other: not found (404). Check that 'repository' is right and that the token can see it (a token needs 'actions: read'"
    )
    // A 404 cannot heal: asked once, not retried.
    expect(e.apiRequests()).toHaveLength(1)
    e.addFault({ status: 403, body: { message: 'Resource not accessible by integration' } })
    await expect(runList(context, settingsFrom({}))).rejects.toThrow(
      "permission denied (403 Resource not accessible by integration). The token needs 'actions: read'"
    )
  })

  it('sends the token only as the Authorization header of API requests', async () => {
    const e = await start()
    e.addArtifact({})
    const { context } = clientFor(e)
    await runList(context, settingsFrom({}))
    expect(e.apiRequests()[0].headers['authorization']).toBe('token emulator-token')
  })

  it('drops an artifact that a shifting listing repeats on the next page', async () => {
    const e = await start()
    fill(e, 150)
    const { client, context } = clientFor(e)
    let added = false
    client.octokit.hook.after('request', () => {
      // A new artifact arrives between page 1 and page 2: page 2 starts with page 1's last.
      if (added) return
      added = true
      e.addArtifact({ name: 'late', createdAt: new Date(Date.UTC(2027, 0, 1)) })
    })
    const result = await runList(context, settingsFrom({}))
    const ids = result.artifacts.map(a => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(150)
    expect(e.apiRequests()).toHaveLength(2)
  })

  it('reads the rate-limit headers of an error answer too', async () => {
    const e = await start()
    e.addFault({
      status: 422,
      headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '1234' },
      body: { message: 'Validation Failed' }
    })
    const { client, context } = clientFor(e)
    await expect(runList(context, settingsFrom({}))).rejects.toThrow('422 Validation Failed')
    expect(client.rate).toMatchObject({ limit: 5000, remaining: 1234 })
  })

  it('warns when a pattern that reads like a regular expression matches nothing', async () => {
    const e = await start()
    e.addArtifact({ name: 'build-linux' })
    const { context, logs } = clientFor(e)
    const result = await runList(context, settingsFrom({ pattern: '^build-.*$' }))
    expect(result.artifacts).toEqual([])
    expect(logs.warn).toContain(
      "Pattern '^build-.*$' matched no artifact name and reads like a regular expression, but patterns are globs (minimatch): did you mean 'build-*'?"
    )
  })
})

describe('list: what it says of its lookups and its listing', () => {
  it("names the pull request's head branch and its commit, shortened to 7", async () => {
    const e = await start()
    e.addPull({
      number: 5,
      headRef: 'feature',
      headSha: 'abcdef0123456789abcdef0123456789abcdef01'
    })
    const { context, logs } = clientFor(e)
    await runList(context, settingsFrom({ pr: '5' }))
    expect(logs.info).toContain('Pull request #5: head feature at abcdef0')
  })

  it('asks the runs endpoint for a full commit only, and matches a short one itself', async () => {
    const e = await start()
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    const sha = 'abcdef0123456789abcdef0123456789abcdef01'
    e.addArtifact({ id: 1, name: 'a', workflowId: 11, headSha: sha })
    e.addArtifact({ id: 2, name: 'a', workflowId: 11 })
    const { context } = clientFor(e)
    const ids = async (inputs: Record<string, string>) =>
      (await runList(context, settingsFrom(inputs))).artifacts.map(a => a.id)
    const runsRequest = () =>
      e
        .apiRequests()
        .filter(r => r.path.endsWith('/runs'))
        .at(-1)
    expect(await ids({ workflow: 'ci.yml', commit: 'abcdef0' })).toEqual([1])
    expect(runsRequest()?.query.has('head_sha')).toBe(false)
    expect(await ids({ workflow: 'ci.yml', commit: sha })).toEqual([1])
    expect(runsRequest()?.query.get('head_sha')).toBe(sha)
  })

  it('says which workflow, conclusion and event the runs matched, and how many', async () => {
    const e = await start()
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    e.addArtifact({ name: 'a', workflowId: 11, conclusion: 'success', event: 'push' })
    e.addArtifact({ name: 'a', workflowId: 11, conclusion: 'success', event: 'schedule' })
    e.addArtifact({ name: 'a', workflowId: 11, conclusion: 'failure', event: 'push' })
    e.addArtifact({ name: 'a', workflowId: 12, conclusion: 'success', event: 'schedule' })
    const { context, logs } = clientFor(e)
    await runList(context, settingsFrom({ workflow: 'ci.yml', 'workflow-conclusion': 'success' }))
    await runList(context, settingsFrom({ event: 'schedule' }))
    await runList(context, settingsFrom({ workflow: 'ci.yml', event: 'push' }))
    expect(logs.info.filter(line => line.endsWith('matching run(s)'))).toEqual([
      'Workflow ci.yml, conclusion success: 2 matching run(s)',
      'Runs of every workflow, event schedule: 2 matching run(s)',
      'Workflow ci.yml, event push: 2 matching run(s)'
    ])
  })

  it('lists no artifact when no run matches the workflow', async () => {
    const e = await start()
    e.addWorkflow({ id: 11, file: 'ci.yml' })
    e.addArtifact({ name: 'a', workflowId: 12 })
    const { context, logs } = clientFor(e)
    const result = await runList(context, settingsFrom({ workflow: 'ci.yml' }))
    expect(result.artifacts).toEqual([])
    expect(e.apiRequests().map(r => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs'
    ])
    expect(logs.info.some(line => line.startsWith('Listed '))).toBe(false)
    // The core's answer: nothing listed, in no request, and nothing left unread.
    const settings = settingsFrom({ workflow: 'ci.yml' })
    const found = await listAndSelect(
      context.client,
      queryFrom(settings, settings.selection, 'branch'),
      criteriaFrom(settings.selection, { limitFrom: 'newest' }),
      context.log
    )
    expect(found).toMatchObject({ selected: [], listed: [], pages: 0, complete: true })
  })

  it('says how many artifacts it listed, of which run, in how many requests', async () => {
    const e = await start()
    e.addRun({ id: 77 })
    e.addArtifact({ name: 'a', runId: 77 })
    e.addArtifact({ name: 'b', runId: 77 })
    e.addArtifact({ name: 'c' })
    const { context, logs } = clientFor(e)
    await runList(context, settingsFrom({ 'run-id': '77' }))
    await runList(context, settingsFrom({}))
    expect(logs.info.filter(line => line.startsWith('Listed '))).toEqual([
      'Listed 2 artifact(s) of octo-org/octo-repo run 77 in 1 request(s)',
      'Listed 3 artifact(s) of octo-org/octo-repo in 1 request(s)'
    ])
  })

  it('does not warn of a pattern that matched none of the newest when the older were not read', async () => {
    const e = await start()
    e.addArtifact({ name: 'old-1', createdAt: daysAgo(30) })
    fill(e, 150, () => 'build-linux')
    const { context, logs } = clientFor(e)
    const result = await runList(
      context,
      settingsFrom({ pattern: 'build-*\n^old-.*$', limit: '1' })
    )
    expect(result.artifacts).toHaveLength(1)
    expect(logs.info.join('\n')).toContain('the older ones were not read')
    expect(logs.warn).toEqual([])
  })
})

describe('list: progress lines while listing', () => {
  /** Lists 250 artifacts (3 pages) with progress lines due every `everyMs`. */
  async function progressLines(everyMs: number): Promise<string[]> {
    const e = await start()
    fill(e, 250)
    const { client, log, logs } = clientFor(e)
    const settings = settingsFrom({})
    const query = queryFrom(settings, settings.selection, 'branch')
    await listAndSelect(
      client,
      query,
      criteriaFrom(settings.selection, { limitFrom: 'newest' }),
      log,
      everyMs
    )
    return logs.info.filter(line => line.startsWith('Listing artifacts:'))
  }

  it('says how far the listing got each time the progress interval has passed', async () => {
    expect(await progressLines(0)).toEqual([
      'Listing artifacts: 100 of 250 read',
      'Listing artifacts: 200 of 250 read',
      'Listing artifacts: 250 of 250 read'
    ])
  })

  it('says nothing of its progress before the interval has passed', async () => {
    expect(await progressLines(3_600_000)).toEqual([])
  })
})
