import { describe, expect, it } from '@jest/globals'
import type { Artifact } from '../../src/github/types.js'
import {
  compareNewestFirst,
  compilePatterns,
  type Criteria,
  hasExpired,
  selectArtifacts
} from '../../src/core/select.js'
import { daysAgo, NOW } from '../helpers.js'

let nextId = 1
function artifact(
  spec: Partial<Artifact> & {
    days?: number
    branch?: string
    sha?: string
    run?: number
    fork?: boolean
  } = {}
): Artifact {
  const id = spec.id ?? nextId++
  return {
    id,
    name: spec.name ?? 'coverage',
    size_in_bytes: spec.size_in_bytes ?? 100,
    expired: spec.expired ?? false,
    created_at: spec.created_at !== undefined ? spec.created_at : daysAgo(spec.days ?? 1),
    expires_at: null,
    digest: null,
    workflow_run:
      spec.workflow_run !== undefined
        ? spec.workflow_run
        : {
            id: spec.run ?? 500 + id,
            repository_id: 1,
            head_repository_id: spec.fork ? 2 : 1,
            head_branch: spec.branch ?? 'main',
            head_sha: spec.sha ?? `${id.toString(16).padStart(7, '0')}${'0'.repeat(33)}`
          }
  }
}

const base: Criteria = { names: [], patterns: [], artifactIds: [], limitFrom: 'newest' }
const ids = (list: Artifact[]) => list.map(a => a.id)

describe('selectArtifacts', () => {
  it('returns everything newest first when nothing narrows it', () => {
    const a = artifact({ days: 3 })
    const b = artifact({ days: 1 })
    const c = artifact({ days: 2 })
    expect(ids(selectArtifacts([a, b, c], base).selected)).toEqual([b.id, c.id, a.id])
  })

  it('matches exact names only', () => {
    const a = artifact({ name: 'coverage' })
    const b = artifact({ name: 'coverage-old' })
    const c = artifact({ name: 'Coverage' })
    expect(ids(selectArtifacts([a, b, c], { ...base, names: ['coverage'] }).selected)).toEqual([
      a.id
    ])
  })

  it('matches globs, with ! lines excluding', () => {
    const names = ['cov-linux', 'cov-windows', 'cov-old', 'dist', '.hidden']
    const list = names.map(name => artifact({ name }))
    const pick = (patterns: string[]) =>
      selectArtifacts(list, { ...base, patterns })
        .selected.map(a => a.name)
        .sort()
    expect(pick(['cov-*'])).toEqual(['cov-linux', 'cov-old', 'cov-windows'])
    expect(pick(['cov-*', '!cov-old'])).toEqual(['cov-linux', 'cov-windows'])
    expect(pick(['!cov-*'])).toEqual(['.hidden', 'dist'])
    expect(pick(['*'])).toEqual([...names].sort())
    expect(pick(['dist', 'cov-l*'])).toEqual(['cov-linux', 'dist'])
    // Only ! lines exclude: 'd*' is not '!*'.
    expect(pick(['d*'])).toEqual(['dist'])
  })

  it('matches a slash in a name as a character of its own', () => {
    const list = ['a/b', 'ab'].map(name => artifact({ name }))
    const pick = (patterns: string[]) =>
      selectArtifacts(list, { ...base, patterns }).selected.map(a => a.name)
    expect(pick(['ab'])).toEqual(['ab'])
    expect(pick(['a/*'])).toEqual(['a/b'])
  })

  it('keeps forks and artifacts of unknown origin apart only when asked to', () => {
    const own = artifact({ name: 'own' })
    const fork = artifact({ name: 'fork', fork: true })
    const noRepository = artifact({
      name: 'no-repository',
      workflow_run: { id: 9, head_repository_id: 1, head_branch: 'main' }
    })
    const noHead = artifact({
      name: 'no-head',
      workflow_run: { id: 10, repository_id: 1, head_branch: 'main' }
    })
    const every = [own, fork, noRepository, noHead]
    const all = selectArtifacts(every, base)
    expect(all).toMatchObject({ forks: [], unknownOrigin: [], kept: [], spared: [], overLimit: [] })
    expect(ids(all.selected).sort()).toEqual(ids(every).sort())
    const trusted = selectArtifacts(every, { ...base, excludeForks: true })
    expect(ids(trusted.selected)).toEqual([own.id])
    // Unknown is not the same as another repository: neither half alone makes a fork.
    expect(ids(trusted.forks)).toEqual([fork.id])
    expect(ids(trusted.unknownOrigin).sort()).toEqual([noRepository.id, noHead.id].sort())
  })

  it("leaves out an artifact without a run when a pull request's head repository is asked for", () => {
    const bare = artifact({ workflow_run: null })
    const other = artifact({ fork: true })
    const own = artifact({})
    const chosen = selectArtifacts([bare, other, own], { ...base, headRepositoryId: 1 })
    expect(ids(chosen.selected)).toEqual([own.id])
    expect(ids(chosen.unknownOrigin)).toEqual([bare.id])
  })

  it('filters by id, run, branch and commit prefix', () => {
    const a = artifact({ branch: 'main', sha: 'abcdef1' + '0'.repeat(33), run: 7 })
    const b = artifact({ branch: 'dev', sha: 'abcdef2' + '0'.repeat(33), run: 8 })
    const c = artifact({ branch: 'main', sha: 'fedcba1' + '0'.repeat(33), run: 7 })
    const all = [a, b, c]
    expect(ids(selectArtifacts(all, { ...base, artifactIds: [b.id, 9999] }).selected)).toEqual([
      b.id
    ])
    expect(ids(selectArtifacts(all, { ...base, runId: 7 }).selected).sort()).toEqual([a.id, c.id])
    expect(ids(selectArtifacts(all, { ...base, branch: 'dev' }).selected)).toEqual([b.id])
    expect(ids(selectArtifacts(all, { ...base, commit: 'abcdef' }).selected).sort()).toEqual([
      a.id,
      b.id
    ])
    expect(ids(selectArtifacts(all, { ...base, runIds: new Set([8]) }).selected)).toEqual([b.id])
  })

  it('matches commit as a prefix of the head sha, never anywhere inside it', () => {
    const inside = artifact({ sha: '00abcdef1' + '0'.repeat(31) })
    const prefix = artifact({ sha: 'abcdef1' + '0'.repeat(33) })
    const upper = artifact({ sha: 'ABCDEF1' + '0'.repeat(33) })
    expect(
      ids(selectArtifacts([inside, prefix, upper], { ...base, commit: 'abcdef1' }).selected).sort()
    ).toEqual([prefix.id, upper.id])
  })

  it('treats null or absent workflow_run, dates and digests as not matching run filters', () => {
    const bare = artifact({ workflow_run: null, created_at: null })
    const partial = artifact({ workflow_run: { id: 3 } })
    const all = [bare, partial]
    expect(selectArtifacts(all, base).selected).toHaveLength(2)
    expect(selectArtifacts(all, { ...base, branch: 'main' }).selected).toHaveLength(0)
    expect(selectArtifacts(all, { ...base, commit: 'abcdef1' }).selected).toHaveLength(0)
    expect(ids(selectArtifacts(all, { ...base, runId: 3 }).selected)).toEqual([partial.id])
    expect(ids(selectArtifacts(all, { ...base, runIds: new Set([3]) }).selected)).toEqual([
      partial.id
    ])
    // Undated artifacts are never old enough to prune.
    expect(selectArtifacts([bare], { ...base, olderThan: NOW }).selected).toHaveLength(0)
  })

  it('applies older-than and newer-than strictly', () => {
    const old = artifact({ days: 40 })
    const mid = artifact({ days: 20 })
    const recent = artifact({ days: 2 })
    const cutoff = new Date(daysAgo(30))
    const all = [old, mid, recent]
    expect(ids(selectArtifacts(all, { ...base, olderThan: cutoff }).selected)).toEqual([old.id])
    expect(
      ids(selectArtifacts(all, { ...base, newerThan: new Date(daysAgo(10)) }).selected)
    ).toEqual([recent.id])
    expect(
      ids(
        selectArtifacts(all, { ...base, olderThan: new Date(daysAgo(10)), newerThan: cutoff })
          .selected
      )
    ).toEqual([mid.id])
    const exact = artifact({ created_at: cutoff.toISOString() })
    expect(selectArtifacts([exact], { ...base, olderThan: cutoff }).selected).toHaveLength(0)
  })

  it('spares the newest N of each name before the age filters', () => {
    const list = [
      artifact({ name: 'a', days: 50 }),
      artifact({ name: 'a', days: 40 }),
      artifact({ name: 'a', days: 35 }),
      artifact({ name: 'b', days: 60 }),
      artifact({ name: 'b', days: 1 }),
      artifact({ name: 'b', days: 55 })
    ]
    const result = selectArtifacts(list, {
      ...base,
      keepLatest: 2,
      olderThan: new Date(daysAgo(30)),
      limitFrom: 'oldest'
    })
    // 'a': the two newest (40 d, 35 d) are kept although old; 'b': 1 d and 55 d kept, 60 d selected.
    expect(ids(result.kept).sort()).toEqual([list[1].id, list[2].id, list[4].id, list[5].id].sort())
    expect(ids(result.selected).sort()).toEqual([list[0].id, list[3].id].sort())
    // Of the kept, those the age filter would have taken: 'b' 1 d is not among them.
    expect(ids(result.spared).sort()).toEqual([list[1].id, list[2].id, list[5].id].sort())
  })

  it('ranks keep-latest ties on created_at by id', () => {
    const same = daysAgo(5)
    const x = artifact({ id: 101, name: 'a', created_at: same })
    const y = artifact({ id: 102, name: 'a', created_at: same })
    const z = artifact({ id: 100, name: 'a', created_at: same })
    const result = selectArtifacts([x, z, y], { ...base, keepLatest: 1 })
    expect(ids(result.kept)).toEqual([102])
    expect(ids(result.selected)).toEqual([101, 100])
  })

  it('keeps the newest end for list and download, the oldest end for prune', () => {
    const list = [
      artifact({ days: 1 }),
      artifact({ days: 2 }),
      artifact({ days: 3 }),
      artifact({ days: 4 })
    ]
    const newest = selectArtifacts(list, { ...base, limit: 2 })
    expect(ids(newest.selected)).toEqual([list[0].id, list[1].id])
    expect(ids(newest.overLimit)).toEqual([list[2].id, list[3].id])
    const oldest = selectArtifacts(list, { ...base, limit: 2, limitFrom: 'oldest' })
    expect(ids(oldest.selected)).toEqual([list[2].id, list[3].id])
    expect(selectArtifacts(list, { ...base, limit: 0 }).selected).toEqual([])
  })

  it('takes the newest non-expired, non-fork artifact of each name for a cross-workflow fetch', () => {
    const newestExpired = artifact({ name: 'cov', days: 1, expired: true })
    const newestFork = artifact({ name: 'cov', days: 2, fork: true })
    const wanted = artifact({ name: 'cov', days: 3 })
    const older = artifact({ name: 'cov', days: 4 })
    const other = artifact({ name: 'dist', days: 9 })
    const result = selectArtifacts([older, newestExpired, wanted, newestFork, other], {
      ...base,
      excludeExpired: true,
      excludeForks: true,
      newestPerName: true
    })
    expect(ids(result.selected)).toEqual([wanted.id, other.id])
    expect(ids(result.forks)).toEqual([newestFork.id])
  })

  it('is pure: the input is not reordered or changed', () => {
    const list = [artifact({ days: 3 }), artifact({ days: 1 })]
    const copy = JSON.parse(JSON.stringify(list))
    selectArtifacts(list, { ...base, keepLatest: 1, limit: 1 })
    expect(list).toEqual(copy)
  })
})

describe('selectArtifacts: what no one else can push out of a kept place', () => {
  it("ranks keep-latest among the repository's own: a fork's take no place, the other filters decide them", () => {
    const own = [artifact({ name: 'd', days: 9 }), artifact({ name: 'd', days: 8 })]
    const forks = [
      artifact({ name: 'd', days: 2, fork: true }),
      artifact({ name: 'd', days: 1, fork: true })
    ]
    const chosen = selectArtifacts([...own, ...forks], { ...base, keepLatest: 1 })
    expect(ids(chosen.kept)).toEqual([own[1].id])
    expect(ids(chosen.selected)).toEqual([forks[1].id, forks[0].id, own[0].id])
    const aged = selectArtifacts([...own, ...forks], {
      ...base,
      keepLatest: 1,
      olderThan: new Date(daysAgo(5))
    })
    expect(ids(aged.selected)).toEqual([own[0].id])
  })

  it('leaves apart, neither kept nor selected, what is of unknown origin or dated after the listing', () => {
    const own = artifact({ name: 'd', days: 9 })
    const unknown = artifact({ name: 'd', days: 1, workflow_run: { id: 4 } })
    const future = artifact({ name: 'd', created_at: '2099-01-01T00:00:00Z' })
    const chosen = selectArtifacts([own, unknown, future], {
      ...base,
      keepLatest: 1,
      listedAt: NOW
    })
    expect(ids(chosen.kept)).toEqual([own.id])
    expect(chosen.selected).toEqual([])
    expect(ids(chosen.unknownOrigin)).toEqual([unknown.id])
    expect(ids(chosen.future)).toEqual([future.id])
    // Without keep-latest neither depends on a rank.
    expect(ids(selectArtifacts([own, future], { ...base, listedAt: NOW }).selected)).toEqual([
      future.id,
      own.id
    ])
  })

  it("takes only runs from another repository, never the repository's own, when the head repository is gone", () => {
    const own = artifact({})
    const fork = artifact({ fork: true })
    const unknown = artifact({ workflow_run: { id: 4, head_branch: 'main' } })
    const chosen = selectArtifacts([own, fork, unknown], {
      ...base,
      branch: 'main',
      fromOtherRepository: true
    })
    expect(ids(chosen.selected)).toEqual([fork.id])
    expect(ids(chosen.unknownOrigin)).toEqual([unknown.id])
  })

  it('counts an artifact past its expires_at as expired, and keeps the older ones of a name as alternates', () => {
    const lapsed = { ...artifact({ name: 'b', days: 1 }), expires_at: daysAgo(0.5) }
    const wanted = artifact({ name: 'b', days: 2 })
    const older = artifact({ name: 'b', days: 3 })
    const chosen = selectArtifacts([older, lapsed, wanted], {
      ...base,
      excludeExpired: true,
      newestPerName: true,
      now: NOW
    })
    expect(ids(chosen.selected)).toEqual([wanted.id])
    expect(ids(chosen.alternates)).toEqual([older.id])
    expect(hasExpired(lapsed, NOW)).toBe(true)
    expect(hasExpired(lapsed)).toBe(false)
  })
})

describe('compareNewestFirst and compilePatterns', () => {
  it('orders undated artifacts last, by id', () => {
    const dated = artifact({ days: 100 })
    const undatedA = artifact({ id: 900, created_at: null })
    const undatedB = artifact({ id: 901, created_at: null })
    expect(ids([undatedA, dated, undatedB].sort(compareNewestFirst))).toEqual([dated.id, 901, 900])
  })

  it('matches dotted names with * and does not treat # as a comment', () => {
    const match = compilePatterns(['*', '!#tmp'])
    expect(match('.coverage')).toBe(true)
    expect(match('odd/name')).toBe(true)
    expect(match('#tmp')).toBe(false)
  })
})

describe('size and keep-tagged', () => {
  it('takes sizes from min-size to max-size, both included', () => {
    const small = artifact({ size_in_bytes: 999 })
    const low = artifact({ size_in_bytes: 1000 })
    const high = artifact({ size_in_bytes: 5000 })
    const big = artifact({ size_in_bytes: 5001 })
    const all = [small, low, high, big]
    const pick = (criteria: Partial<Criteria>) =>
      ids(selectArtifacts(all, { ...base, ...criteria }).selected).sort((a, b) => a - b)
    expect(pick({ minSize: 1000 })).toEqual([low.id, high.id, big.id])
    expect(pick({ maxSize: 5000 })).toEqual([small.id, low.id, high.id])
    expect(pick({ minSize: 1000, maxSize: 5000 })).toEqual([low.id, high.id])
    expect(pick({ minSize: 0 })).toEqual(ids(all))
  })

  it('lets keep-latest rank every size: the newest of a name is kept even when small', () => {
    const newestSmall = artifact({ name: 'dist', size_in_bytes: 10, days: 1 })
    const olderBig = artifact({ name: 'dist', size_in_bytes: 10_000, days: 2 })
    const oldestBig = artifact({ name: 'dist', size_in_bytes: 10_000, days: 3 })
    const result = selectArtifacts([newestSmall, olderBig, oldestBig], {
      ...base,
      limitFrom: 'oldest',
      keepLatest: 1,
      minSize: 1000
    })
    expect(ids(result.kept)).toEqual([newestSmall.id])
    expect(ids(result.selected)).toEqual([olderBig.id, oldestBig.id])
  })

  it('spares artifacts of kept commits and of runs without a commit, before limit counts', () => {
    const tagged = artifact({ sha: 'A'.repeat(40), days: 5 })
    const noSha = artifact({
      days: 4,
      workflow_run: { id: 1, repository_id: 1, head_repository_id: 1, head_sha: null }
    })
    const plain1 = artifact({ sha: 'b'.repeat(40), days: 3 })
    const plain2 = artifact({ sha: 'c'.repeat(40), days: 2 })
    const result = selectArtifacts([tagged, noSha, plain1, plain2], {
      ...base,
      limitFrom: 'oldest',
      limit: 1,
      keepCommits: new Set(['a'.repeat(40)])
    })
    expect(ids(result.tagged)).toEqual([noSha.id, tagged.id])
    // limit takes the oldest of what would go, not a spared one.
    expect(ids(result.selected)).toEqual([plain1.id])
    expect(ids(result.overLimit)).toEqual([plain2.id])
    // Without keep-tagged nothing is spared for its commit.
    const off = selectArtifacts([tagged, noSha, plain1], { ...base, limitFrom: 'oldest' })
    expect(off.tagged).toEqual([])
    expect(off.selected).toHaveLength(3)
  })

  it('counts only what the other filters would take as spared by keep-tagged', () => {
    const kept = artifact({ name: 'n', sha: 'a'.repeat(40), days: 1 })
    const young = artifact({ name: 'm', sha: 'a'.repeat(40), days: 1 })
    const result = selectArtifacts([kept, young], {
      ...base,
      limitFrom: 'oldest',
      keepLatest: 1,
      names: ['n'],
      keepCommits: new Set(['a'.repeat(40)])
    })
    expect(ids(result.kept)).toEqual([kept.id])
    expect(result.tagged).toEqual([])
  })
})
