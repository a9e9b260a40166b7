import { minimatch } from 'minimatch'
import type { EarlyStop } from '../github/artifacts.js'
import type { Artifact } from '../github/types.js'
import type { SelectionSettings } from '../settings/selection.js'

/** Asked of the API or looked up before the listing, not compared as given. */
export type LookedUp = 'ref' | 'pr' | 'workflow' | 'runNumber' | 'workflowConclusion' | 'event'

/** Client-side filters: the selection's own (a new one arrives as it is), and lookups' results. */
export interface Criteria extends Omit<SelectionSettings, LookedUp | 'branch' | 'commit'> {
  /** Runs of workflow. */
  runIds?: ReadonlySet<number>
  /** Head branch, exact. */
  branch?: string
  /** Head repository. */
  headRepositoryId?: number
  /** A deleted fork's: only runs known to come from elsewhere. */
  fromOtherRepository?: boolean
  /** Head sha prefix, lower case. */
  commit?: string
  /** Tagged commits to spare (full, lower case). */
  keepCommits?: ReadonlySet<string>
  /** Which end limit keeps. */
  limitFrom: 'newest' | 'oldest'
  /** Leave out expired ones. */
  excludeExpired?: boolean
  /** Leave out forks'. */
  excludeForks?: boolean
  /** Newest per name only. */
  newestPerName?: boolean
  /** Judges expiry: the runner's clock before the listing. */
  now?: Date
  /** The server's Date: anything created later takes no kept place. */
  listedAt?: Date
}

/** Every list newest first. */
export interface Selection {
  /** To act on. */
  selected: Artifact[]
  /** Spared by keep-latest. */
  kept: Artifact[]
  /** Of kept, what age would have taken. */
  spared: Artifact[]
  /** Spared by keepCommits. */
  tagged: Artifact[]
  /** Forks' left out. */
  forks: Artifact[]
  /** Origin unknown where the selection needs it. */
  unknownOrigin: Artifact[]
  /** Created after listedAt, with keep-latest. */
  future: Artifact[]
  /** Cut by limit. */
  overLimit: Artifact[]
  /** Older ones of each chosen name, tried if it is gone. */
  alternates: Artifact[]
}

type Dated = Pick<Artifact, 'id' | 'created_at'>

function createdTime(artifact: Dated): number {
  const time = artifact.created_at ? Date.parse(artifact.created_at) : NaN
  return Number.isNaN(time) ? -Infinity : time
}

/** Ids break ties: they grow with time. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  const byTime = createdTime(b) - createdTime(a)
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime
  return b.id - a.id
}

/** Head repository is not where it ran. */
export function isFromFork(artifact: Artifact): boolean {
  const run = artifact.workflow_run
  return (
    run != null &&
    run.head_repository_id != null &&
    run.repository_id != null &&
    run.head_repository_id !== run.repository_id
  )
}

/** May be a fork's: nothing says. */
export function hasUnknownOrigin(artifact: Artifact): boolean {
  const run = artifact.workflow_run
  return run == null || run.head_repository_id == null || run.repository_id == null
}

/** Then an unknown origin is left out, never taken as the repository's own. */
export function needsOrigin(criteria: Criteria): boolean {
  return (
    criteria.excludeForks === true ||
    criteria.headRepositoryId !== undefined ||
    criteria.fromOtherRepository === true ||
    criteria.keepLatest !== undefined
  )
}

/** The flag flips lazily: the date counts. */
export function hasExpired(artifact: Artifact, at?: Date): boolean {
  if (artifact.expired) return true
  const expires = artifact.expires_at ? Date.parse(artifact.expires_at) : NaN
  return at !== undefined && !Number.isNaN(expires) && expires <= at.getTime()
}

/** Any include and no exclude. */
export function compilePatterns(patterns: string[]): (name: string) => boolean {
  const includes = patterns.filter(p => !p.startsWith('!'))
  const excludes = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1))
  const options = { dot: true, nocomment: true, nonegate: true }
  // Names are not paths: * matches a slash too (listings come from elsewhere).
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
    // An unknown origin passes; selectArtifacts decides.
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

/** After keep-latest, which ignores age and size. */
function matchesAgeAndSize(criteria: Criteria): (artifact: Artifact) => boolean {
  return artifact => {
    const size = artifact.size_in_bytes
    if (criteria.minSize !== undefined && !(size >= criteria.minSize)) return false
    if (criteria.maxSize !== undefined && !(size <= criteria.maxSize)) return false
    if (criteria.olderThan === undefined && criteria.newerThan === undefined) return true
    const time = createdTime(artifact)
    if (time === -Infinity) return false
    if (criteria.olderThan !== undefined && !(time < criteria.olderThan.getTime())) return false
    if (criteria.newerThan !== undefined && !(time > criteria.newerThan.getTime())) return false
    return true
  }
}

/**
 * Filters, keep-latest, age, keep-tagged, limit. Only the repository's own rank for keep-latest:
 * no fork, unknown or future artifact takes their kept places.
 */
export function selectArtifacts(artifacts: readonly Artifact[], criteria: Criteria): Selection {
  const filtered = filterArtifacts(artifacts, criteria).sort(compareNewestFirst)

  const forks = criteria.excludeForks ? filtered.filter(isFromFork) : []
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
    // A fork's: not ranked, but may be the newest of its name.
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
  // Fails closed: a run without a commit may be a tagged one.
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

/** The filters applied before keep-latest. */
export function filterArtifacts(artifacts: readonly Artifact[], criteria: Criteria): Artifact[] {
  return artifacts.filter(matchesFilters(criteria, compilePatterns(criteria.patterns)))
}

/** Ends a newest-first listing once each name or limit is met; out of order, all is read. */
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
  // keep-tagged needs the whole listing's commits.
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
