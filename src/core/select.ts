import { minimatch } from 'minimatch'
import type { EarlyStop } from '../github/artifacts.js'
import type { Artifact } from '../github/types.js'

/** What narrows a selection on the client: the filters, plus what the API told us about runs. */
export interface Criteria {
  /** Exact names; empty means any. */
  names: string[]
  /** Globs; a leading `!` excludes. Empty means any. */
  patterns: string[]
  /** Ids; empty means any. */
  artifactIds: number[]
  /** Only this run's artifacts. */
  runId?: number
  /** Only artifacts of these runs (from `workflow`). */
  runIds?: ReadonlySet<number>
  /** Head branch, exact. */
  branch?: string
  /** Only runs whose head lives in this repository (a pull request's head repository). */
  headRepositoryId?: number
  /**
   * Only runs known to come from another repository than the one they ran in: a pull request
   * whose head repository is gone (a deleted fork), whose runs are no longer told apart by id.
   */
  fromOtherRepository?: boolean
  /** Head sha prefix, lower case. */
  commit?: string
  /** Created strictly before. */
  olderThan?: Date
  /** Created strictly after. */
  newerThan?: Date
  /** At least this many bytes (applied with the age filters, after keep-latest). */
  minSize?: number
  /** At most this many bytes (applied with the age filters, after keep-latest). */
  maxSize?: number
  /**
   * Spare artifacts of runs on these commits (full shas, lower case: the tagged ones, for
   * keep-tagged), and those whose run's commit the listing does not give.
   */
  keepCommits?: ReadonlySet<string>
  /** Spare the N newest of each name. */
  keepLatest?: number
  /** At most N in the result. */
  limit?: number
  /** Which end `limit` keeps: the newest (list, download) or the oldest (prune). */
  limitFrom: 'newest' | 'oldest'
  /** Leave out expired artifacts (download). */
  excludeExpired?: boolean
  /** Leave out artifacts whose run came from a fork (download without allow-forks). */
  excludeForks?: boolean
  /** Keep only the newest of each name (download without run-id). */
  newestPerName?: boolean
  /**
   * When the listing began, by the runner's clock: an `expires_at` not after it counts as expired
   * whatever `expired` says. Set before the listing, so that an early stop judges as selection.
   */
  now?: Date
  /**
   * The server's clock when it listed (its Date header): a `created_at` after it never takes a
   * kept place.
   */
  listedAt?: Date
}

/** The outcome of a selection, newest first (prune acts on `selected` from its end). */
export interface Selection {
  /** The artifacts to act on, newest first. */
  selected: Artifact[]
  /** Artifacts that passed every filter but were spared by keep-latest. */
  kept: Artifact[]
  /** Of `kept`, those the age filters would have taken: what keep-latest really saved. */
  spared: Artifact[]
  /** Artifacts that would have been selected but their run's commit is in keepCommits. */
  tagged: Artifact[]
  /** Artifacts left out because their run came from a fork. */
  forks: Artifact[]
  /**
   * Artifacts left out because nothing says where their run came from while the selection
   * depends on it (forks left out, a pull request's head repository, keep-latest's ranking).
   */
  unknownOrigin: Artifact[]
  /** With keep-latest: artifacts left apart, neither kept nor selected, created after listedAt. */
  future: Artifact[]
  /** Artifacts that passed every filter but were cut by limit. */
  overLimit: Artifact[]
  /**
   * With newestPerName: the older artifacts of each selected name that pass every filter, newest
   * first; what a download tries next when the chosen one has expired or gone since the listing.
   */
  alternates: Artifact[]
}

/** What ordering by age reads of an artifact (the listing's and the outputs' shapes alike). */
type Dated = Pick<Artifact, 'id' | 'created_at'>

function createdTime(artifact: Dated): number {
  const time = artifact.created_at ? Date.parse(artifact.created_at) : NaN
  return Number.isNaN(time) ? -Infinity : time
}

/** Newest first: by created_at, then by id (ids grow with time; they break ties). */
export function compareNewestFirst(a: Dated, b: Dated): number {
  const byTime = createdTime(b) - createdTime(a)
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime
  return b.id - a.id
}

/** True when the artifact's run came from another repository than the one it ran in. */
export function isFromFork(artifact: Artifact): boolean {
  const run = artifact.workflow_run
  return (
    run != null &&
    run.head_repository_id != null &&
    run.repository_id != null &&
    run.head_repository_id !== run.repository_id
  )
}

/**
 * True when the listing does not say where the artifact's run came from: no run, or a run
 * without its repository or head repository. Such an artifact may be a fork's.
 */
export function hasUnknownOrigin(artifact: Artifact): boolean {
  const run = artifact.workflow_run
  return run == null || run.head_repository_id == null || run.repository_id == null
}

/**
 * Whether the selection depends on where each run came from: then an artifact whose origin is
 * unknown is left out (fails closed) rather than taken as the repository's own.
 */
export function needsOrigin(criteria: Criteria): boolean {
  return (
    criteria.excludeForks === true ||
    criteria.headRepositoryId !== undefined ||
    criteria.fromOtherRepository === true ||
    criteria.keepLatest !== undefined
  )
}

/** True when the artifact has expired, by its flag or (the flag flips lazily) by its date. */
export function hasExpired(artifact: Artifact, at?: Date): boolean {
  if (artifact.expired) return true
  const expires = artifact.expires_at ? Date.parse(artifact.expires_at) : NaN
  return at !== undefined && !Number.isNaN(expires) && expires <= at.getTime()
}

/** A matcher for `pattern`: any include (or none given) and no exclude. */
export function compilePatterns(patterns: string[]): (name: string) => boolean {
  const includes = patterns.filter(p => !p.startsWith('!'))
  const excludes = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1))
  const options = { dot: true, nocomment: true, nonegate: true }
  // Artifact names are not paths: `*` must match every name, even one with a slash (which
  // GitHub refuses at upload, but a listing is still data from elsewhere).
  const flat = (text: string): string => text.replace(/\//g, '\u2215')
  const match = (name: string, pattern: string): boolean =>
    minimatch(flat(name), flat(pattern), options)
  return name =>
    (includes.length === 0 || includes.some(p => match(name, p))) &&
    !excludes.some(p => match(name, p))
}

function matchesFilters(
  criteria: Criteria,
  matchPattern: (name: string) => boolean
): (artifact: Artifact) => boolean {
  const names = new Set(criteria.names)
  const ids = new Set(criteria.artifactIds)
  return artifact => {
    const run = artifact.workflow_run
    if (names.size > 0 && !names.has(artifact.name)) return false
    if (!matchPattern(artifact.name)) return false
    if (ids.size > 0 && !ids.has(artifact.id)) return false
    if (criteria.runId !== undefined && run?.id !== criteria.runId) return false
    if (criteria.runIds !== undefined && (run?.id == null || !criteria.runIds.has(run.id)))
      return false
    if (criteria.branch !== undefined && run?.head_branch !== criteria.branch) return false
    // An unknown origin passes here; selectArtifacts leaves it out where the selection needs it.
    if (
      criteria.headRepositoryId !== undefined &&
      run?.head_repository_id != null &&
      run.head_repository_id !== criteria.headRepositoryId
    )
      return false
    if (criteria.fromOtherRepository && !hasUnknownOrigin(artifact) && !isFromFork(artifact))
      return false
    if (
      criteria.commit !== undefined &&
      !(run?.head_sha ?? '').toLowerCase().startsWith(criteria.commit)
    )
      return false
    if (criteria.excludeExpired && hasExpired(artifact, criteria.now)) return false
    return true
  }
}

/**
 * The age and size filters, applied after keep-latest ranks: keep-latest spares the newest of
 * each name whatever their age or size, and these choose among the rest.
 */
function matchesAgeAndSize(criteria: Criteria): (artifact: Artifact) => boolean {
  return artifact => {
    const size = artifact.size_in_bytes
    if (criteria.minSize !== undefined && !(size >= criteria.minSize)) return false
    if (criteria.maxSize !== undefined && !(size <= criteria.maxSize)) return false
    if (criteria.olderThan === undefined && criteria.newerThan === undefined) return true
    // An artifact without a creation date cannot be said to be older or newer than anything.
    const time = createdTime(artifact)
    if (time === -Infinity) return false
    if (criteria.olderThan !== undefined && !(time < criteria.olderThan.getTime())) return false
    if (criteria.newerThan !== undefined && !(time > criteria.newerThan.getTime())) return false
    return true
  }
}

/**
 * Selects artifacts in the documented order: the name, pattern, id, run, branch and commit
 * filters; then keep-latest spares the newest N of each name; then the age and size filters;
 * then keep-tagged spares those of tagged commits; then limit.
 * keep-latest ranks the repository's own artifacts only: a fork's never takes a kept place (the
 * other filters decide it), and one of unknown origin or created after listedAt is left apart,
 * neither kept nor selected, so that nobody can push the repository's own out of the kept places
 * and no artifact of this repository is deleted on a guess.
 * Pure: the same artifacts and criteria give the same selection.
 */
export function selectArtifacts(artifacts: readonly Artifact[], criteria: Criteria): Selection {
  const filtered = filterArtifacts(artifacts, criteria).sort(compareNewestFirst)

  const forks = criteria.excludeForks ? filtered.filter(isFromFork) : []
  // Fails closed: an artifact whose origin is unknown is not trusted as the repository's own.
  const unknownOrigin = needsOrigin(criteria) ? filtered.filter(hasUnknownOrigin) : []
  const unknown = new Set(unknownOrigin)
  const candidates = filtered.filter(
    a => !(criteria.excludeForks && isFromFork(a)) && !unknown.has(a)
  )
  const listedAt = criteria.listedAt?.getTime()
  const future =
    criteria.keepLatest !== undefined && listedAt !== undefined
      ? candidates.filter(a => createdTime(a) > listedAt)
      : []
  const apart = new Set(future)

  const kept: Artifact[] = []
  const rest: Artifact[] = []
  const older: Artifact[] = []
  const seenPerName = new Map<string, number>()
  for (const artifact of candidates) {
    if (apart.has(artifact)) continue
    // A fork's artifact is not ranked by keep-latest; it still counts as the newest of its name.
    const ranked = criteria.keepLatest !== undefined && !isFromFork(artifact)
    const seen = seenPerName.get(artifact.name) ?? 0
    if (ranked || criteria.newestPerName) seenPerName.set(artifact.name, seen + 1)
    if (criteria.newestPerName && seen > 0) older.push(artifact)
    else if (ranked && seen < (criteria.keepLatest ?? 0)) kept.push(artifact)
    else rest.push(artifact)
  }

  const matching = rest.filter(matchesAgeAndSize(criteria))
  const spared = kept.filter(matchesAgeAndSize(criteria))
  const keepCommits = criteria.keepCommits
  // Fails closed: a run whose commit is not given may be a tagged one.
  const isTagged = (a: Artifact): boolean =>
    keepCommits !== undefined &&
    (!a.workflow_run?.head_sha || keepCommits.has(a.workflow_run.head_sha.toLowerCase()))
  const tagged = matching.filter(isTagged)
  const aged = tagged.length === 0 ? matching : matching.filter(a => !isTagged(a))
  let selected = aged
  let overLimit: Artifact[] = []
  if (criteria.limit !== undefined && aged.length > criteria.limit) {
    if (criteria.limitFrom === 'newest') {
      selected = aged.slice(0, criteria.limit)
      overLimit = aged.slice(criteria.limit)
    } else {
      selected = aged.slice(aged.length - criteria.limit)
      overLimit = aged.slice(0, aged.length - criteria.limit)
    }
  }
  const chosen = new Set(selected.map(a => a.name))
  const alternates = older.filter(a => chosen.has(a.name)).filter(matchesAgeAndSize(criteria))
  return { selected, kept, spared, tagged, forks, unknownOrigin, future, overLimit, alternates }
}

/** The artifacts that pass the name, pattern, id, run, branch and commit filters. */
export function filterArtifacts(artifacts: readonly Artifact[], criteria: Criteria): Artifact[] {
  return artifacts.filter(matchesFilters(criteria, compilePatterns(criteria.patterns)))
}

/**
 * What tells, while a newest-first listing is read, that the selection is already decided, or
 * undefined where only the whole listing decides it (prune's oldest-first limit, keep-latest,
 * patterns or ids with newest-per-name, no names). Two selections qualify:
 * - the newest of each exact name (download): decided once every name has an artifact that
 *   passes every filter and whose run is known to be the repository's own where forks are left
 *   out (one of unknown origin may still be the answer: it is newer, so it is read, and the
 *   origin lookup and selection decide as before);
 * - the `limit` newest (list): decided once `limit` artifacts pass every filter, age included.
 * The order is checked, not trusted: once an artifact is newer than one before it (created_at,
 * then id, as the selection sorts), no stop comes and the whole listing is read.
 */
export function earlyStopFor(criteria: Criteria): EarlyStop | undefined {
  const byName =
    criteria.newestPerName === true &&
    criteria.names.length > 0 &&
    criteria.patterns.length === 0 &&
    criteria.artifactIds.length === 0 &&
    criteria.keepLatest === undefined
  const byLimit =
    !criteria.newestPerName &&
    criteria.limit !== undefined &&
    criteria.limitFrom === 'newest' &&
    criteria.keepLatest === undefined
  // Which artifacts keep-tagged spares is decided by the whole listing's commits (prune only).
  if ((!byName && !byLimit) || criteria.keepCommits !== undefined) return undefined
  const passes = matchesFilters(criteria, compilePatterns(criteria.patterns))
  const ofAge = matchesAgeAndSize(criteria)
  const trusted = (artifact: Artifact): boolean =>
    !(criteria.excludeForks && isFromFork(artifact)) &&
    !(needsOrigin(criteria) && hasUnknownOrigin(artifact))
  const missing = new Set(criteria.names)
  let count = 0
  let previous: Artifact | undefined
  let ordered = true
  return {
    get possible() {
      return ordered
    },
    add(fresh) {
      for (const artifact of fresh) {
        if (previous !== undefined && compareNewestFirst(previous, artifact) > 0) ordered = false
        previous = artifact
        if (!passes(artifact) || !trusted(artifact)) continue
        if (byName) missing.delete(artifact.name)
        else if (ofAge(artifact)) count++
      }
      return ordered && (byName ? missing.size === 0 : count >= (criteria.limit ?? Infinity))
    }
  }
}
