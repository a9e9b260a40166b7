import { PER_PAGE } from './types.js'
import type { Client } from './client.js'
import { asApiError, type RequestPurpose } from './errors.js'
import {
  checkFields,
  FIELD,
  ListingError,
  type ListingRoute,
  optional,
  readListing
} from './listing.js'

/** Which runs of a workflow to take. */
export interface RunQuery {
  owner: string
  repo: string
  /** Workflow file name (`ci.yml`) or numeric id; undefined for every workflow's runs. */
  workflow?: string
  /** Only runs with this conclusion. */
  conclusion?: string
  /** Only runs triggered by this event. */
  event?: string
  /** Only runs on this branch. */
  branch?: string
  /** Only runs of this commit (a full sha). */
  headSha?: string
}

/** The listing of the runs a query asks for, filtered by the server. */
function runListing(
  query: RunQuery,
  checkItem: ListingRoute['checkItem'] = () => undefined
): ListingRoute {
  const filters = {
    owner: query.owner,
    repo: query.repo,
    per_page: PER_PAGE,
    ...(query.conclusion !== undefined ? { status: query.conclusion } : {}),
    ...(query.event !== undefined ? { event: query.event } : {}),
    ...(query.branch !== undefined ? { branch: query.branch } : {}),
    ...(query.headSha !== undefined ? { head_sha: query.headSha } : {})
  }
  // Without a workflow: the runs of every workflow, through the repository's run listing.
  const { workflow } = query
  return {
    route:
      workflow === undefined
        ? 'GET /repos/{owner}/{repo}/actions/runs'
        : 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    params:
      workflow === undefined
        ? filters
        : { ...filters, workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow },
    key: 'workflow_runs',
    checkItem
  }
}

const RUN_NUMBER_FIELDS = { run_number: optional(FIELD.count) }

const runsPurpose = (query: RunQuery): RequestPurpose => ({
  repository: `${query.owner}/${query.repo}`,
  permission: 'actions: read',
  action:
    query.workflow === undefined
      ? 'list workflow runs'
      : `list the runs of workflow '${query.workflow}'`
})

/** The ids of a workflow's runs, filtered by the server (conclusion, event, branch). */
export async function listWorkflowRunIds(client: Client, query: RunQuery): Promise<Set<number>> {
  const ids = new Set<number>()
  const pages = readListing<{ id: number }>(client, runListing(query))
  try {
    for await (const page of pages) {
      for (const run of page.items) ids.add(run.id)
    }
  } catch (error) {
    asApiError(runsPurpose(query))(error)
  }
  return ids
}

/** The run found by its number, and the listing pages it took. */
export interface NumberedRun {
  /** The run's id; undefined when no run of the query has that number. */
  id?: number
  pages: number
}

/**
 * The run of a workflow with this run number. The runs endpoints cannot filter by number, so the
 * workflow's runs are read newest first, one page of 100 at a time, until the number is found or,
 * while the numbers come in falling order, passed; out of order, to the listing's end (which
 * readListing bounds).
 */
export async function findRunByNumber(
  client: Client,
  query: RunQuery & { workflow: string },
  runNumber: number
): Promise<NumberedRun> {
  let pages = 0
  let previous = Infinity
  let falling = true
  const listing = readListing<{ id: number; run_number?: number | null }>(
    client,
    runListing(query, item => checkFields(item, RUN_NUMBER_FIELDS)),
    { concurrency: () => 1 }
  )
  try {
    for await (const page of listing) {
      pages++
      for (const run of page.items) {
        const number = run.run_number
        if (number == null) continue
        if (number === runNumber) return { id: run.id, pages }
        if (number > previous) falling = false
        previous = number
        if (falling && number < runNumber) return { pages }
      }
    }
  } catch (error) {
    asApiError(runsPurpose(query))(error)
  }
  return { pages }
}

/** Where a run ran and where its head commit came from (a fork's id for a fork's pull request). */
export interface RunRepositories {
  repositoryId?: number
  headRepositoryId?: number
}

const idOf = (value: unknown): number | undefined => {
  const id = (value as { id?: unknown } | null | undefined)?.id
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined
}

/** Reads one run's repositories; undefined fields where the answer does not say. */
export async function getRunRepositories(
  client: Client,
  owner: string,
  repo: string,
  runId: number
): Promise<RunRepositories> {
  const { data } = await client.octokit.rest.actions
    .getWorkflowRun({ owner, repo, run_id: runId })
    .catch(
      asApiError({
        repository: `${owner}/${repo}`,
        permission: 'actions: read',
        action: `read workflow run ${runId}`
      })
    )
  const run = data as { repository?: unknown; head_repository?: unknown } | null
  return { repositoryId: idOf(run?.repository), headRepositoryId: idOf(run?.head_repository) }
}

/** What the action needs to know of a pull request. */
export interface PullHead {
  /** The head branch name. */
  ref: string
  /** The head commit. */
  sha: string
  /**
   * The repository the head branch lives in (a fork's id for a pull request from a fork);
   * undefined where the answer gives `head.repo: null`: the head repository was deleted, which
   * only a fork can be while the pull request's own repository is there.
   */
  repositoryId?: number
}

const PULL_HEAD_FIELDS = { ref: FIELD.text, sha: FIELD.text, repo: optional(FIELD.object) }

export async function getPullHead(
  client: Client,
  owner: string,
  repo: string,
  pullNumber: number
): Promise<PullHead> {
  const { data } = await client.octokit.rest.pulls
    .get({ owner, repo, pull_number: pullNumber })
    .catch(
      asApiError({
        repository: `${owner}/${repo}`,
        permission: 'pull-requests: read',
        action: `read pull request #${pullNumber}`
      })
    )
  const head = (data as { head?: unknown } | null)?.head
  const headRepo = (head as { repo?: unknown } | undefined)?.repo
  const problem = !FIELD.object.holds(head)
    ? `'head' is ${head === undefined ? 'missing' : 'not an object'}`
    : (checkFields(head as Record<string, unknown>, PULL_HEAD_FIELDS, 'head.') ??
      (headRepo == null
        ? undefined
        : checkFields(headRepo as Record<string, unknown>, { id: FIELD.id }, 'head.repo.')))
  if (problem !== undefined) {
    throw new ListingError(
      `GET /repos/${owner}/${repo}/pulls/${pullNumber}: the answer is not the documented pull request: ${problem}`
    )
  }
  const { ref, sha } = head as { ref: string; sha: string }
  return { ref, sha, repositoryId: idOf(headRepo) }
}
