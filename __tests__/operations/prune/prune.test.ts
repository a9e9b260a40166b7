import { describe, expect, it } from '@jest/globals'
import type { Emulator, Mode } from '../../../emulator/server.js'
import type { ClientOptions } from '../../../src/github/client.js'
import { type PruneOptions, runPrune } from '../../../src/operations/prune/index.js'
import { clientFor, daysAgo, settingsFrom, useEmulator } from '../../helpers.js'

const start = useEmulator()

async function prune(
  e: Emulator,
  inputs: Record<string, string>,
  clientOptions: Partial<ClientOptions> = {},
  signal?: AbortSignal,
  options: PruneOptions = {}
) {
  const { client, context, logs } = clientFor(e, { ...clientOptions, signal })
  const result = await runPrune(context, settingsFrom({ operation: 'prune', ...inputs }), options)
  return { result, out: logs.text(), client }
}

/** Ids still in the emulator, sorted. */
const live = (e: Emulator) =>
  e
    .liveArtifacts()
    .map(a => a.id)
    .sort((a, b) => a - b)

/** Ids the DELETE requests named, in the order sent. */
const deletes = (e: Emulator) => e.apiRequests('DELETE').map(r => Number(r.path.split('/').pop()))

describe('prune: what gets deleted', () => {
  it('refuses to run without any selection input, before any request', () => {
    expect(() => settingsFrom({ operation: 'prune' })).toThrow(
      "Refusing to prune without a selection: give at least one of 'name', 'pattern', 'artifact-ids'"
    )
    expect(() => settingsFrom({ operation: 'prune', limit: '5' })).toThrow(
      "To prune every artifact of the repository on purpose, say pattern: '*'."
    )
  })

  it("deletes everything matching pattern '*', oldest first, one DELETE per artifact by id", async () => {
    const e = await start()
    e.addArtifact({ id: 3, name: 'a', createdAt: daysAgo(1) })
    e.addArtifact({ id: 1, name: 'b', createdAt: daysAgo(3) })
    e.addArtifact({ id: 2, name: 'a', createdAt: daysAgo(2) })
    const { result, out } = await prune(e, { pattern: '*' })
    expect(deletes(e)).toEqual([1, 2, 3])
    expect(out).toContain('info: Deleting 3 artifact(s), 0 B, oldest first, one at a time')
    expect(live(e)).toEqual([])
    expect(result.prune).toMatchObject({ deletedCount: 3, remainingCount: 0, failedCount: 0 })
    expect(result.artifacts.map(a => [a.id, a.deleted])).toEqual([
      [1, true],
      [2, true],
      [3, true]
    ])
    // One listing request and the deletions: no per-run or per-artifact lookups.
    expect(e.apiRequests('GET')).toHaveLength(1)
  })

  it('deletes only within each selection input', async () => {
    const e = await start()
    e.addWorkflow({ id: 7, file: 'nightly.yml' })
    e.addPull({ number: 9, headRef: 'feature', headSha: 'f'.repeat(40) })
    const add = (id: number, spec: Parameters<Emulator['addArtifact']>[0]) =>
      e.addArtifact({ id, createdAt: daysAgo(id), ...spec })
    const reset = () => {
      e.artifacts.clear()
      e.runs.clear()
      add(1, { name: 'coverage', headBranch: 'main' })
      add(2, { name: 'coverage-old', headBranch: 'main', headSha: 'abcdef1' + '0'.repeat(33) })
      add(3, { name: 'logs', headBranch: 'feature' })
      add(4, { name: 'logs', headBranch: 'feature', fork: true })
      add(40, { name: 'dist', headBranch: 'dev', workflowId: 7 })
      add(50, { name: 'dist', headBranch: 'dev' })
    }
    const cases: [Record<string, string>, number[]][] = [
      [{ name: 'coverage' }, [1]],
      [{ pattern: 'coverage*\n!coverage-old' }, [1]],
      [{ 'artifact-ids': '3, 40' }, [3, 40]],
      [{ branch: 'dev' }, [40, 50]],
      [{ commit: 'ABCDEF1' }, [2]],
      [{ pr: '9' }, [3]],
      [{ workflow: 'nightly.yml' }, [40]],
      [{ 'older-than': '30d' }, [40, 50]],
      [{ 'newer-than': '3d' }, [1, 2]],
      [{ pattern: '*', limit: '2' }, [40, 50]]
    ]
    for (const [inputs, expected] of cases) {
      reset()
      const before = live(e)
      await prune(e, inputs)
      const gone = before.filter(id => !live(e).includes(id))
      expect({ inputs, gone }).toEqual({ inputs, gone: expected })
    }
  })

  it('spares the newest N of each name with keep-latest, ties broken by id', async () => {
    const e = await start()
    const same = daysAgo(10)
    e.addArtifact({ id: 10, name: 'a', createdAt: same })
    e.addArtifact({ id: 11, name: 'a', createdAt: same })
    e.addArtifact({ id: 12, name: 'a', createdAt: same })
    e.addArtifact({ id: 20, name: 'b', createdAt: daysAgo(40) })
    e.addArtifact({ id: 21, name: 'b', createdAt: daysAgo(1) })
    e.addArtifact({ id: 22, name: 'b', createdAt: daysAgo(50) })
    const { result } = await prune(e, { 'keep-latest': '2', 'older-than': '5d' })
    // a: 12 and 11 kept (same time, higher id is newer); b: 21 and 20 kept; 10 and 22 deleted.
    expect(live(e)).toEqual([11, 12, 20, 21])
    expect(result.kept.map(a => a.id).sort()).toEqual([11, 12, 20, 21])
  })

  it('deletes matching expired artifacts too', async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'old', expired: true, createdAt: daysAgo(100) })
    e.addArtifact({ id: 2, name: 'old', createdAt: daysAgo(1) })
    await prune(e, { 'older-than': '30d' })
    expect(live(e)).toEqual([2])
  })

  it('sends no DELETE on a dry run and reports what would go', async () => {
    const e = await start()
    for (let i = 1; i <= 5; i++) e.addArtifact({ id: i, size: 1000, createdAt: daysAgo(i) })
    const { result, out } = await prune(e, { pattern: '*', 'dry-run': 'true' })
    expect(e.apiRequests('DELETE')).toHaveLength(0)
    expect(live(e)).toHaveLength(5)
    // Nothing deleted, so everything selected remains: count = deleted-count + remaining-count.
    expect(result.prune).toMatchObject({ deletedCount: 0, dryRun: true, remainingCount: 5 })
    expect(result.artifacts).toHaveLength(5)
    expect(result.summary.notes).toEqual([
      'Dry run: 5 artifact(s), 4.9 KiB, would be deleted; nothing was.'
    ])
    expect(out).toContain('info: Dry run: 5 artifact(s), 4.9 KiB, would be deleted; nothing was.')
    expect(result.summary.selection).toBe("prune in octo-org/octo-repo: pattern '*'")
  })

  it('deletes only the named artifacts on servers that ignore ?name=', async () => {
    const e = await start({ mode: 'ghes-older' })
    e.addArtifact({ id: 1, name: 'coverage' })
    e.addArtifact({ id: 2, name: 'release-binaries' })
    await prune(e, { name: 'coverage' })
    expect(live(e)).toEqual([2])
  })
})

describe('prune: when things go wrong', () => {
  it('counts a 404 on DELETE as already deleted', async () => {
    const e = await start()
    e.addArtifact({ id: 1, createdAt: daysAgo(2) })
    e.addArtifact({ id: 2, createdAt: daysAgo(1) })
    e.addFault({
      method: 'DELETE',
      path: '/repos/octo-org/octo-repo/actions/artifacts/1',
      status: 404,
      body: { message: 'Not Found' }
    })
    const { result } = await prune(e, { pattern: '*' })
    expect(result.failure).toBeUndefined()
    expect(result.prune).toMatchObject({ deletedCount: 2, failedCount: 0 })
  })

  it('records a 500 on one artifact, deletes the others, and fails the step listing it', async () => {
    const e = await start()
    for (let i = 1; i <= 3; i++) e.addArtifact({ id: i, name: `n${i}`, createdAt: daysAgo(10 - i) })
    e.addFault({
      method: 'DELETE',
      path: '/repos/octo-org/octo-repo/actions/artifacts/2',
      status: 500,
      times: 99
    })
    const { result, out } = await prune(e, { pattern: '*' })
    expect(live(e)).toEqual([2])
    expect(result.prune).toMatchObject({ deletedCount: 2, failedCount: 1, remainingCount: 1 })
    expect(result.failure).toBe("1 of 3 deletion(s) failed: 'n2' (id 2): 500 Server Error")
    expect(result.artifacts.find(a => a.id === 2)).toMatchObject({
      deleted: false,
      error: '500 Server Error'
    })
    expect(out).toContain("warn: Could not delete 'n2' (id 2): 500 Server Error")
    // Retried three times before it was recorded.
    expect(deletes(e).filter(id => id === 2)).toHaveLength(4)
  })

  it('stops at once on 403 with the permission fix, deleting nothing more', async () => {
    const e = await start({ permission: 'read' })
    for (let i = 1; i <= 3; i++) e.addArtifact({ id: i, createdAt: daysAgo(10 - i) })
    const { result } = await prune(e, { pattern: '*' })
    expect(e.apiRequests('DELETE')).toHaveLength(1)
    expect(result.failure).toContain(
      "permission denied (403 Resource not accessible by integration). The token needs 'actions: write': add 'permissions: actions: write' to the workflow or job"
    )
    expect(result.failure).toContain('On a pull request from a fork the GITHUB_TOKEN is read-only')
    expect(result.summary.notes).toEqual([result.failure])
    expect(result.prune).toMatchObject({ deletedCount: 0, remainingCount: 3 })
  })

  it('stops starting deletions once cancelled, letting the one in flight finish', async () => {
    const e = await start()
    for (let i = 1; i <= 5; i++) e.addArtifact({ id: i, createdAt: daysAgo(10 - i) })
    const controller = new AbortController()
    const { client, context } = clientFor(e, { signal: controller.signal })
    client.octokit.hook.after('request', (_response, options) => {
      if (options.method === 'DELETE') controller.abort()
    })
    const result = await runPrune(context, settingsFrom({ operation: 'prune', pattern: '*' }))
    expect(deletes(e)).toEqual([1])
    expect(result.prune).toMatchObject({ deletedCount: 1, remainingCount: 4 })
    expect(result.failure).toBe('Cancelled: stopped after deleting 1 of 5.')
    expect(result.summary.notes).toEqual([result.failure])
  })

  it('takes a deletion that fails once cancelled as the stop, not as a failed deletion', async () => {
    const e = await start()
    for (let i = 1; i <= 3; i++) e.addArtifact({ id: i, createdAt: daysAgo(10 - i) })
    e.addFault({ method: 'DELETE', status: 500, times: 99 })
    const controller = new AbortController()
    const { client, context } = clientFor(e, { signal: controller.signal, retryBaseMs: 1 })
    client.octokit.hook.before('request', options => {
      if (options.method === 'DELETE') controller.abort()
    })
    const result = await runPrune(context, settingsFrom({ operation: 'prune', pattern: '*' }))
    expect(result.failure).toBe('Cancelled: stopped after deleting 0 of 3.')
    expect(result.prune).toMatchObject({ deletedCount: 0, failedCount: 0, remainingCount: 3 })
    expect(result.artifacts.map(a => a.error)).toEqual([undefined, undefined, undefined])
  })
})

describe('prune: pace and budget', () => {
  it('waits out a secondary rate limit exactly as long as retry-after says, then resumes the same deletion', async () => {
    const e = await start({ secondaryLimit: { minWriteIntervalMs: 400, retryAfterSeconds: 1 } })
    for (let i = 1; i <= 3; i++) e.addArtifact({ id: i, createdAt: daysAgo(10 - i) })
    const { result, client } = await prune(e, { pattern: '*' }, { writeIntervalMs: 0 })
    expect(live(e)).toEqual([])
    expect(result.prune?.deletedCount).toBe(3)
    const sent = e.apiRequests('DELETE')
    expect(e.rate.secondaryAnswers).toBeGreaterThan(0)
    sent.forEach((request, i) => {
      if (request.status === 403 && sent[i + 1]) {
        // No request before retry-after has passed, and the retry is the same artifact.
        expect(sent[i + 1].at - (request.endedAt ?? request.at)).toBeGreaterThanOrEqual(1000)
        expect(sent[i + 1].path).toBe(request.path)
      }
    })
    expect(client.rate.remaining).toBeDefined()
  })

  it('paces deletions so that the secondary limit is never hit', async () => {
    const e = await start({ secondaryLimit: { minWriteIntervalMs: 150, retryAfterSeconds: 60 } })
    for (let i = 1; i <= 6; i++) e.addArtifact({ id: i, createdAt: daysAgo(10 - i) })
    await prune(e, { pattern: '*' }, { writeIntervalMs: 150 })
    expect(live(e)).toEqual([])
    expect(e.rate.secondaryAnswers).toBe(0)
    const sent = e.apiRequests('DELETE')
    for (let i = 1; i < sent.length; i++) {
      expect(sent[i].at - (sent[i - 1].endedAt ?? 0)).toBeGreaterThanOrEqual(150)
    }
  })

  it('leaves the reserve of the hourly budget untouched and reports the rest as remaining', async () => {
    const e = await start({ rateLimit: 100, rateRemaining: 30, rateResetSeconds: 1800 })
    for (let i = 1; i <= 40; i++) e.addArtifact({ id: i, createdAt: daysAgo(50 - i) })
    const { result, out } = await prune(e, { pattern: '*' })
    // 30 left: 1 listing request, then deletions while more than 10 (10% of 100) remain.
    expect(e.rate.remaining).toBe(10)
    expect(result.prune).toMatchObject({ deletedCount: 19, remainingCount: 21, failedCount: 0 })
    expect(result.failure).toBeUndefined()
    expect(deletes(e)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1))
    expect(result.summary.notes[0]).toMatch(
      /^Stopped to leave 10 of 100 hourly API requests to the repository's other workflows \(rate-limit-reserve\): run again after \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC to delete the remaining 21\.$/
    )
    expect(out).toContain('warn: Stopped to leave 10 of 100')

    // The next run, after the reset, recomputes the selection and finishes the job.
    e.rate.remaining = 100
    const second = await prune(e, { pattern: '*' })
    expect(second.result.prune).toMatchObject({ deletedCount: 21, remainingCount: 0 })
    expect(live(e)).toEqual([])
  })

  it('takes a reserve given as a number of requests', async () => {
    const e = await start({ rateLimit: 1000, rateRemaining: 8 })
    for (let i = 1; i <= 10; i++) e.addArtifact({ id: i, createdAt: daysAgo(20 - i) })
    const { result } = await prune(e, { pattern: '*', 'rate-limit-reserve': '5' })
    expect(result.prune?.deletedCount).toBe(2)
    expect(e.rate.remaining).toBe(5)
  })

  it.each<Mode>(['ghes-3.21', 'ghes-eol', 'ghes-older'])(
    'skips the budget on Enterprise Server without rate-limit headers (%s)',
    async mode => {
      const e = await start({ mode })
      for (let i = 1; i <= 4; i++) e.addArtifact({ id: i, name: 'x', createdAt: daysAgo(10 - i) })
      const { result, client } = await prune(e, { name: 'x', 'rate-limit-reserve': '100%' })
      expect(client.rate.limit).toBeUndefined()
      expect(result.prune?.deletedCount).toBe(4)
      expect(live(e)).toEqual([])
    }
  )
})

describe('prune: what the outputs say', () => {
  it('says how far the deletions got, at the interval asked for', async () => {
    const e = await start()
    for (let i = 1; i <= 3; i++)
      e.addArtifact({ id: i, size: 1024 * i, createdAt: daysAgo(20 - i) })
    const { out } = await prune(e, { pattern: '*' }, {}, undefined, { progressEveryMs: 0 })
    expect(out.split('\n').filter(line => line.startsWith('info: Deleted '))).toEqual([
      'info: Deleted 1 of 3 (1.0 KiB freed)',
      'info: Deleted 2 of 3 (3.0 KiB freed)',
      'info: Deleted 3 of 3 (6.0 KiB freed)',
      'info: Deleted 3 artifact(s), 6.0 KiB freed; 0 remaining.'
    ])
    // With the default interval, a prune this short prints none.
    e.addArtifact({ id: 4 })
    const quiet = await prune(e, { pattern: '*' })
    expect(deletes(e)).toEqual([1, 2, 3, 4])
    expect(quiet.out).not.toMatch(/info: Deleted \d+ of/)
  })

  it('counts deleted bytes and leaves limit-spared artifacts in remaining-count', async () => {
    const e = await start()
    for (let i = 1; i <= 7; i++) e.addArtifact({ id: i, size: 100 * i, createdAt: daysAgo(20 - i) })
    const { result } = await prune(e, { pattern: '*', limit: '3' })
    // The three oldest go: ids 1, 2 and 3, 100 + 200 + 300 bytes.
    expect(deletes(e)).toEqual([1, 2, 3])
    expect(result.prune).toEqual({
      deletedCount: 3,
      deletedBytes: 600,
      remainingCount: 4,
      failedCount: 0,
      dryRun: false
    })
    expect(result.outputs).toEqual({
      'deleted-count': 3,
      'deleted-bytes': 600,
      'remaining-count': 4
    })
    expect(result.summary.notes).toContain(
      "4 more matching artifact(s) were left for a later run by 'limit'."
    )
    // count (every artifact that matched) = deleted-count + remaining-count.
    expect(result.artifacts.map(a => [a.id, a.deleted])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
      [7, false]
    ])
    expect(result.summary.table.rows.map(row => row.at(-1))).toEqual([
      'deleted',
      'deleted',
      'deleted',
      'left by limit',
      'left by limit',
      'left by limit',
      'left by limit'
    ])
  })

  it('stops on a primary rate limit answer to a DELETE, reporting the rest as remaining', async () => {
    const e = await start({ rateLimit: 5000, rateRemaining: 5000, rateResetSeconds: 1200 })
    for (let i = 1; i <= 5; i++) e.addArtifact({ id: i, createdAt: daysAgo(20 - i) })
    e.addFault({
      method: 'DELETE',
      skip: 2,
      times: 99,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4102444800' },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    })
    const { result, out } = await prune(e, { pattern: '*' }, { rateLimitWaits: 0 })
    expect(live(e)).toEqual([3, 4, 5])
    expect(result.prune).toMatchObject({ deletedCount: 2, remainingCount: 3, failedCount: 0 })
    expect(result.failure).toBeUndefined()
    expect(result.summary.notes[0]).toBe(
      "Stopped by GitHub's rate limit: run again after 2100-01-01 00:00 UTC to delete the remaining 3."
    )
    expect(out).toContain("warn: Stopped by GitHub's rate limit")
  })

  it('counts what failed apart from what is left after a rate-limit stop, with the reset it knew', async () => {
    const e = await start({ rateLimit: 5000, rateRemaining: 5000, rateResetSeconds: 1200 })
    for (let i = 1; i <= 5; i++) e.addArtifact({ id: i, createdAt: daysAgo(20 - i) })
    const path = (id: number) => `/repos/octo-org/octo-repo/actions/artifacts/${id}`
    e.addFault({ method: 'DELETE', path: path(1), times: 99, status: 500 })
    // Rate limited, without a reset header of its own: the one the last answers gave stands.
    e.addFault({
      method: 'DELETE',
      path: path(3),
      times: 99,
      status: 429,
      headers: { 'x-ratelimit-remaining': '0' },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    })
    const { result } = await prune(e, { pattern: '*' }, { rateLimitWaits: 0, retryBaseMs: 1 })
    expect(live(e)).toEqual([1, 3, 4, 5])
    expect(result.prune).toMatchObject({ deletedCount: 1, failedCount: 1, remainingCount: 4 })
    expect(result.summary.notes[0]).toMatch(
      /^Stopped by GitHub's rate limit: run again after \d{4}-\d\d-\d\d \d\d:\d\d UTC to delete the remaining 3\.$/
    )
  })

  it('warns that nothing matched, deletes nothing and sets zero outputs for an empty selection', async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'keep-me' })
    const { result, out } = await prune(e, { name: 'nothing-here' })
    expect(e.apiRequests('DELETE')).toHaveLength(0)
    expect(result.artifacts).toEqual([])
    expect(result.outputs).toEqual({ 'deleted-count': 0, 'deleted-bytes': 0, 'remaining-count': 0 })
    expect(out).toContain(
      "warn: No artifact matched the selection in octo-org/octo-repo. Names that exist: 'keep-me'."
    )
  })
})

describe('prune: forks never widen what is deleted', () => {
  /** The repository's own artifacts and a fork's, all on branch `main`. */
  function ownAndFork(e: Emulator) {
    return {
      own: [1, 2].map(id => e.addArtifact({ id, name: 'dist', headBranch: 'main' }).id),
      fork: [3, 4].map(id => e.addArtifact({ id, name: 'dist', headBranch: 'main', fork: true }).id)
    }
  }

  it("takes only the deleted fork's runs, found by the pull request's head commit", async () => {
    const e = await start()
    const head = 'f'.repeat(40)
    e.addPull({ number: 7, headRef: 'main', headSha: head, fork: true, forkDeleted: true })
    const { own, fork } = ownAndFork(e)
    // The deleted fork made the head commit; another fork's 'main' is another pull request's.
    e.addArtifact({ id: 5, name: 'dist', headBranch: 'main', headSha: head, fork: true })
    e.addArtifact({ id: 6, name: 'dist', headBranch: 'main', headRepositoryId: 99 })
    const { result, out } = await prune(e, { pr: '7' })
    expect(deletes(e).sort()).toEqual([...fork, 5])
    expect(live(e)).toEqual([...own, 6])
    const said = `Pull request #7: its head repository is gone (a deleted fork); its head commit fffffff was built from repository id ${e.repositoryId + 1}, so only that repository's runs on branch 'main' are selected; 2 of this repository's own on that branch left alone.`
    expect(out).toContain(`warn: ${said}`)
    expect(result.summary.notes).toContain(said)
  })

  it("takes only the head commit's runs from another repository when none names the fork", async () => {
    const e = await start()
    const head = 'f'.repeat(40)
    e.addPull({ number: 7, headRef: 'main', headSha: head, fork: true, forkDeleted: true })
    const { own } = ownAndFork(e)
    e.addArtifact({ id: 5, name: 'dist', headBranch: 'main', headSha: head })
    const { out } = await prune(e, { pr: '7' })
    expect(deletes(e)).toEqual([])
    expect(live(e)).toEqual([...own, 3, 4, 5])
    expect(out).toContain(
      "warn: Pull request #7: its head repository is gone (a deleted fork); no run of its head commit fffffff from another repository says which fork it was, so only that commit's runs from another repository on branch 'main' are selected; 3 of this repository's own on that branch left alone."
    )
  })

  it('asks each run once where the listing gives no head repository, and leaves alone what no run says', async () => {
    const e = await start({ omitHeadRepositoryId: true })
    e.addPull({ number: 9, headRef: 'main', headSha: 'f'.repeat(40), fork: true })
    const { own } = ownAndFork(e)
    // Two artifacts of one fork run: one lookup for both.
    e.addRun({ id: 60, headBranch: 'main', fork: true })
    e.addArtifact({ id: 5, name: 'dist', runId: 60 })
    e.addArtifact({ id: 6, name: 'dist', runId: 60 })
    // A run the server no longer knows: nothing says where it came from.
    e.addArtifact({ id: 7, name: 'dist', runId: 61, headBranch: 'main' })
    e.addFault({ path: '/repos/octo-org/octo-repo/actions/runs/61', status: 404, times: 9 })
    const { result, out } = await prune(e, { pr: '9' })
    expect(deletes(e).sort()).toEqual([3, 4, 5, 6])
    expect(live(e)).toEqual([...own, 7])
    const lookups = e
      .apiRequests('GET')
      .filter(r => /\/actions\/runs\/\d+$/.test(r.path))
      .map(r => Number(r.path.split('/').pop()))
    const runs = [...e.artifacts.values()].map(a => a.runId)
    // Every run once: 5 and 6 share run 60; 61 answers 404, which is not asked again.
    expect(lookups.sort()).toEqual([...new Set(runs)].sort())
    const said =
      "Left alone 1 matching artifact(s) whose run's repository neither the listing nor the run says, as this selection depends on it (pr, keep-latest): 'dist' id 7."
    expect(out).toContain(`warn: ${said}`)
    expect(result.summary.notes).toContain(said)
  })

  it("ranks keep-latest among the repository's own artifacts: a fork's newer ones take no place", async () => {
    const e = await start()
    for (const [id, days] of [
      [1, 10],
      [2, 9],
      [3, 8]
    ]) {
      e.addArtifact({ id, name: 'dist', createdAt: daysAgo(days) })
    }
    for (const [id, days] of [
      [4, 2],
      [5, 1]
    ]) {
      e.addArtifact({ id, name: 'dist', createdAt: daysAgo(days), fork: true })
    }
    const { result } = await prune(e, { name: 'dist', 'keep-latest': '2' })
    // The fork's are pruned like any other; the own two newest keep their places.
    expect(live(e)).toEqual([2, 3])
    expect(result.kept.map(a => a.id)).toEqual([3, 2])
    expect(deletes(e)).toEqual([1, 4, 5])
  })

  it('leaves an artifact of unknown origin apart from keep-latest: neither kept nor deleted', async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'dist', createdAt: daysAgo(10) })
    e.addArtifact({ id: 2, name: 'dist', createdAt: daysAgo(9) })
    e.addArtifact({ id: 3, name: 'dist', createdAt: daysAgo(1), noRun: true })
    const { out } = await prune(e, { name: 'dist', 'keep-latest': '1' })
    expect(live(e)).toEqual([2, 3])
    expect(out).toContain("warn: Left alone 1 matching artifact(s) whose run's repository")
  })

  it('gives an artifact dated after the listing no kept place, and does not delete it', async () => {
    const e = await start()
    e.addArtifact({ id: 1, name: 'dist', createdAt: daysAgo(10) })
    e.addArtifact({ id: 2, name: 'dist', createdAt: daysAgo(5) })
    e.addArtifact({ id: 3, name: 'dist', createdAt: '2099-01-01T00:00:00Z' })
    const { result, out } = await prune(e, { name: 'dist', 'keep-latest': '1' })
    expect(live(e)).toEqual([2, 3])
    expect(result.kept.map(a => a.id)).toEqual([2])
    const said =
      "Left alone 1 artifact(s) created after the server's own time of the listing (its Date header): a date in the future takes no place in keep-latest and is not deleted on it: 'dist' id 3."
    expect(out).toContain(`warn: ${said}`)
    expect(result.summary.notes).toContain(said)
  })
})
