import { listArtifacts } from '../github/artifacts.js'
import type { Client } from '../github/client.js'
import { resolveTag } from '../github/refs.js'
import { findRunByNumber, getPullHead, listWorkflowRunIds, type PullHead } from '../github/runs.js'
import type { Artifact } from '../github/types.js'
import { formatCount, formatFirst } from '../shared/format.js'
import type { Logger } from '../shared/logger.js'
import { progressClock } from '../shared/progress.js'
import { regexPatternWarnings } from './patterns.js'
import { completeOrigins } from './provenance.js'
import { type ArtifactQuery, repositoryOf } from './query.js'
import {
  type Criteria,
  earlyStopFor,
  filterArtifacts,
  hasUnknownOrigin,
  isFromFork,
  needsOrigin,
  selectArtifacts,
  type Selection
} from './select.js'

/** What a search found. */
export interface Found extends Selection {
  /** Every artifact listed, before filtering. */
  listed: Artifact[]
  /** Listing requests. */
  pages: number
  /** False when the newest pages decided. */
  complete: boolean
  /** What was left alone, to say. */
  notes: string[]
}

const PROGRESS_EVERY_MS = 5000

/** A bare ref that took a tag over a branch. */
interface TagOverBranch {
  name: string
  sha: string
}

/** The tag a bare name chose, to mention the branch. */
async function resolveRef(
  client: Client,
  query: ArtifactQuery,
  resolved: Criteria,
  log: Logger
): Promise<TagOverBranch | undefined> {
  if (query.tag === undefined) return undefined
  const { name, orBranch } = query.tag
  const tag = await resolveTag(client, query.owner, query.repo, name)
  if (tag !== undefined) {
    resolved.commit = tag.sha
    log.info(`Tag '${name}': commit ${tag.sha} (${tag.requests} request(s))`)
    return orBranch ? { name, sha: tag.sha } : undefined
  } else if (orBranch) {
    resolved.branch = name
    log.info(`Ref '${name}': no tag of that name in ${repositoryOf(query)}, taken as a branch`)
  } else {
    throw new Error(
      `Tag '${name}' was not found in ${repositoryOf(query)}. Check 'ref': write refs/heads/${name} for a branch.`
    )
  }
  return undefined
}

async function resolveLookups(
  client: Client,
  query: ArtifactQuery,
  criteria: Criteria,
  log: Logger
): Promise<{ resolved: Criteria; pull?: PullHead; tagOverBranch?: TagOverBranch }> {
  const resolved = { ...criteria }
  let pull: PullHead | undefined
  const tagOverBranch = await resolveRef(client, query, resolved, log)
  if (query.pullRequest !== undefined) {
    const { number, means } = query.pullRequest
    pull = await getPullHead(client, query.owner, query.repo, number)
    log.info(`Pull request #${number}: head ${pull.ref} at ${pull.sha.slice(0, 7)}`)
    if (means === 'commit') {
      resolved.commit = pull.sha
    } else {
      resolved.branch = pull.ref
      // A deleted fork: only runs known to come from elsewhere, never this repository's own.
      if (pull.repositoryId === undefined) resolved.fromOtherRepository = true
      else resolved.headRepositoryId = pull.repositoryId
    }
  }
  if (query.runs !== undefined) {
    const { workflow, conclusion, event, runNumber } = query.runs
    const runQuery = {
      owner: query.owner,
      repo: query.repo,
      workflow,
      conclusion,
      event,
      branch: resolved.branch,
      // The server narrows by a full sha only.
      headSha: resolved.commit?.length === 40 ? resolved.commit : undefined
    }
    if (runNumber !== undefined && workflow !== undefined) {
      const { id, pages } = await findRunByNumber(client, { ...runQuery, workflow }, runNumber)
      log.info(
        `Workflow ${workflow} run number ${runNumber}: ${id === undefined ? 'no such run' : `run ${id}`}${conclusion ? ` (conclusion ${conclusion})` : ''}${event ? ` (event ${event})` : ''}, ${pages} request(s)`
      )
      resolved.runId = id
      resolved.runIds = new Set(id === undefined ? [] : [id])
      return { resolved, pull, tagOverBranch }
    }
    const runIds = await listWorkflowRunIds(client, runQuery)
    log.info(
      `${workflow === undefined ? 'Runs of every workflow' : `Workflow ${workflow}`}${conclusion ? `, conclusion ${conclusion}` : ''}${event ? `, event ${event}` : ''}: ${runIds.size} matching run(s)`
    )
    resolved.runIds = runIds
  }
  return { resolved, pull, tagOverBranch }
}

/** To the fork that built the head commit, or that commit: other forks' main is left alone. */
function narrowToGoneFork(
  artifacts: Artifact[],
  criteria: Criteria,
  headSha: string
): number | undefined {
  const sha = headSha.toLowerCase()
  const ids = new Set(
    filterArtifacts(artifacts, criteria)
      .filter(a => isFromFork(a) && (a.workflow_run?.head_sha ?? '').toLowerCase() === sha)
      .map(a => a.workflow_run?.head_repository_id)
  )
  const [id] = ids
  if (ids.size === 1 && id != null) {
    criteria.headRepositoryId = id
    return id
  }
  criteria.commit = sha
  return undefined
}

/** The client filters by name too: old Enterprise Servers ignore ?name=. */
export async function listAndSelect(
  client: Client,
  query: ArtifactQuery,
  criteria: Criteria,
  log: Logger,
  progressEveryMs = PROGRESS_EVERY_MS
): Promise<Found> {
  const { resolved, pull, tagOverBranch } = await resolveLookups(client, query, criteria, log)
  if (resolved.runIds !== undefined && resolved.runIds.size === 0) {
    return { ...selectArtifacts([], resolved), listed: [], pages: 0, complete: true, notes: [] }
  }
  resolved.now = new Date()
  const progressDue = progressClock(progressEveryMs)
  const runId = resolved.runId ?? query.runId
  const { artifacts, pages, complete, listedAt } = await listArtifacts(client, {
    owner: query.owner,
    repo: query.repo,
    runId,
    name: query.name,
    stop: earlyStopFor(resolved),
    onPage: (read, total) => {
      if (!progressDue()) return
      log.info(
        `Listing artifacts: ${formatCount(read)}${total ? ` of ${formatCount(total)}` : ''} read`
      )
    }
  })
  log.info(
    `Listed ${artifacts.length} artifact(s) of ${repositoryOf(query)}${runId !== undefined ? ` run ${runId}` : ''} in ${pages} request(s)${complete ? '' : ': the newest decide the selection, the older ones were not read'}`
  )
  // A pattern may match an older name.
  const warnings = complete
    ? regexPatternWarnings(resolved.patterns, new Set(artifacts.map(a => a.name)))
    : []
  for (const warning of warnings) log.warn(warning)
  // The server's clock judges the future; the runner's if it sent no Date.
  resolved.listedAt = listedAt ?? resolved.now
  const withOrigins = needsOrigin(resolved)
    ? await completeOrigins(client, query, artifacts, resolved)
    : artifacts
  const gone =
    resolved.fromOtherRepository && pull !== undefined && query.pullRequest !== undefined
      ? {
          number: query.pullRequest.number,
          sha: pull.sha,
          forkId: narrowToGoneFork(withOrigins, resolved, pull.sha)
        }
      : undefined
  const selection = selectArtifacts(withOrigins, resolved)
  const notes = leftAlone(withOrigins, resolved, selection, gone, tagOverBranch)
  for (const note of notes) log.warn(note)
  return { ...selection, listed: artifacts, pages, complete, notes }
}

const named = (artifacts: readonly Artifact[]): string =>
  formatFirst(artifacts.map(a => `'${a.name}' id ${a.id}`))

/** Left alone rather than guessed (download says its own unknown origins). */
function leftAlone(
  artifacts: Artifact[],
  criteria: Criteria,
  selection: Selection,
  gone: { number: number; sha: string; forkId?: number } | undefined,
  tagOverBranch?: TagOverBranch
): string[] {
  const lines: string[] = []
  if (tagOverBranch !== undefined) {
    // A tag push's run has the tag's name as head_branch.
    const { name, sha } = tagOverBranch
    const onBranch = artifacts.filter(
      a => a.workflow_run?.head_branch === name && a.workflow_run.head_sha?.toLowerCase() !== sha
    )
    if (onBranch.length > 0) {
      lines.push(
        `Ref '${name}' is a tag (commit ${sha.slice(0, 7)}) and also a branch: the tag is taken, as git reads a name that is both; ${formatCount(onBranch.length)} artifact(s) of runs on that branch name at other commits left alone. Write 'refs/heads/${name}' for the branch.`
      )
    }
  }
  if (gone !== undefined) {
    const onBranch = {
      ...criteria,
      fromOtherRepository: false,
      headRepositoryId: undefined,
      commit: undefined
    }
    const own = filterArtifacts(artifacts, onBranch).filter(
      a => !hasUnknownOrigin(a) && !isFromFork(a)
    )
    const commit = gone.sha.slice(0, 7)
    const taken =
      gone.forkId !== undefined
        ? `its head commit ${commit} was built from repository id ${gone.forkId}, so only that repository's runs on branch '${criteria.branch}' are selected`
        : `no run of its head commit ${commit} from another repository says which fork it was, so only that commit's runs from another repository on branch '${criteria.branch}' are selected`
    lines.push(
      `Pull request #${gone.number}: its head repository is gone (a deleted fork); ${taken}; ${formatCount(own.length)} of this repository's own on that branch left alone.`
    )
  }
  if (selection.unknownOrigin.length > 0 && !criteria.excludeForks) {
    lines.push(
      `Left alone ${formatCount(selection.unknownOrigin.length)} matching artifact(s) whose run's repository neither the listing nor the run says, as this selection depends on it (pr, keep-latest): ${named(selection.unknownOrigin)}.`
    )
  }
  if (selection.future.length > 0) {
    lines.push(
      `Left alone ${formatCount(selection.future.length)} artifact(s) created after the server's own time of the listing (its Date header): a date in the future takes no place in keep-latest and is not deleted on it: ${named(selection.future)}.`
    )
  }
  return lines
}
