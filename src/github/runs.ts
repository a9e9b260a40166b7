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

export interface RunQuery {
  owner: string
  repo: string
  /** `ci.yml` or an id; undefined for every workflow. */
  workflow?: string
  /** Run conclusion. */
  conclusion?: string
  /** Triggering event. */
  event?: string
  /** Head branch. */
  branch?: string
  /** A full sha. */
  headSha?: string
}

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

/** Filtered by the server. */
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

export interface NumberedRun {
  /** Undefined when no run has that number. */
  id?: number
  pages: number
}

/** No endpoint filters by number: read newest first until found, or passed while numbers fall. */
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

/** A fork's pull request has the fork's head repository. */
export interface RunRepositories {
  repositoryId?: number
  headRepositoryId?: number
}

const idOf = (value: unknown): number | undefined => {
  const id = (value as { id?: unknown } | null | undefined)?.id
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined
}

/** Undefined where the answer does not say. */
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

export interface PullHead {
  /** Head branch. */
  ref: string
  /** Head commit. */
  sha: string
  /** Undefined for `head.repo: null`: a deleted head repository, which only a fork can be. */
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
