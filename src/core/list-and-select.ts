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

/** What a search of the repository found. */
export interface Found extends Selection {
  /** Every artifact the listing returned (before filtering). */
  listed: Artifact[]
  /** Listing pages requested. */
  pages: number
  /** False when the newest pages decided the selection and the rest was not read. */
  complete: boolean
  /** What the selection left alone that the step should say (a deleted fork's branch). */
  notes: string[]
}

/** Milliseconds between progress lines of a long listing. */
const PROGRESS_EVERY_MS = 5000

/** A bare `ref` name that resolved to a tag: a branch of that name was passed over. */
interface TagOverBranch {
  name: string
  sha: string
}

/**
 * Adds what `ref`'s tag lookup learns to the criteria: the tag's commit, or the branch. Returns
 * the tag where a bare name chose it, so that a branch of the same name can be mentioned.
 */
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

/** Adds what the query's lookups (ref, pull request, workflow) learn from the API to the criteria. */
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
      // A head repository that is gone (a deleted fork) is not named: only runs known to come
      // from another repository are taken, never this repository's own on that branch (and
      // narrowed further once the listing is read, see narrowToGoneFork).
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
      // A full sha lets the server narrow the runs; a prefix is matched on the client.
      headSha: resolved.commit?.length === 40 ? resolved.commit : undefined
    }
    if (runNumber !== undefined && workflow !== undefined) {
      const { id, pages } = await findRunByNumber(client, { ...runQuery, workflow }, runNumber)
      log.info(
        `Workflow ${workflow} run number ${runNumber}: ${id === undefined ? 'no such run' : `run ${id}`}${conclusion ? ` (conclusion ${conclusion})` : ''}${event ? ` (event ${event})` : ''}, ${pages} request(s)`
      )
      // Its artifacts are listed by the run's own endpoint.
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

/**
 * Narrows a deleted fork's branch to the fork itself: the runs of the pull request's head commit
 * from another repository name it. Other forks' branches of that name (drive-by forks often push
 * `main` or `patch-1`) are left alone. Where no such run says, only the head commit's own runs
 * from another repository are taken. Returns the fork's id when it was found.
 */
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

/**
 * Resolves the query's lookups, lists the artifacts of the repository (or of the run) and
 * selects from the listing. The listing is read to its end unless its newest pages already
 * decide the selection (the newest of each exact name, the `limit` newest: see earlyStopFor);
 * prune's selection never is. The server is asked to filter by name where the query says so;
 * the client filters anyway, since old Enterprise Servers ignore `?name=`.
 */
export async function listAndSelect(
  client: Client,
  query: ArtifactQuery,
  criteria: Criteria,
  log: Logger,
  progressEveryMs = PROGRESS_EVERY_MS
): Promise<Found> {
  const { resolved, pull, tagOverBranch } = await resolveLookups(client, query, criteria, log)
  if (resolved.runIds !== undefined && resolved.runIds.size === 0) {
    // No run matches: nothing to list.
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
  // A pattern that matched nothing among the newest may match an older name.
  const warnings = complete
    ? regexPatternWarnings(resolved.patterns, new Set(artifacts.map(a => a.name)))
    : []
  for (const warning of warnings) log.warn(warning)
  // The server's clock decides what is dated in the future; the runner's where it gave no Date.
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

/**
 * What the selection left alone rather than decide on a guess, one line each: a branch named
 * like the tag `ref` took, a deleted fork's branch, artifacts of unknown origin (download, which leaves out forks, says its own), and
 * artifacts dated after the listing.
 */
function leftAlone(
  artifacts: Artifact[],
  criteria: Criteria,
  selection: Selection,
  gone: { number: number; sha: string; forkId?: number } | undefined,
  tagOverBranch?: TagOverBranch
): string[] {
  const lines: string[] = []
  if (tagOverBranch !== undefined) {
    // A run of the tag's push has the tag's name as head_branch and its commit as head_sha.
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
