import { PER_PAGE } from '../settings/inputs.js'
import type { Client } from './client.js'
import { asApiError } from './errors.js'

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

/** The ids of a workflow's runs, filtered by the server (conclusion, event, branch). */
export async function listWorkflowRunIds(client: Client, query: RunQuery): Promise<Set<number>> {
  const ids = new Set<number>()
  const { octokit } = client
  const filters = {
    owner: query.owner,
    repo: query.repo,
    per_page: PER_PAGE,
    ...(query.conclusion !== undefined ? { status: query.conclusion as 'success' } : {}),
    ...(query.event !== undefined ? { event: query.event } : {}),
    ...(query.branch !== undefined ? { branch: query.branch } : {}),
    ...(query.headSha !== undefined ? { head_sha: query.headSha } : {})
  }
  const iterator =
    query.workflow === undefined
      ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filters)
      : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
          ...filters,
          workflow_id: /^\d+$/.test(query.workflow) ? Number(query.workflow) : query.workflow
        })
  try {
    for await (const page of iterator) {
      for (const run of page.data) ids.add(run.id)
    }
  } catch (error) {
    asApiError({
      repository: `${query.owner}/${query.repo}`,
      permission: 'actions: read',
      action:
        query.workflow === undefined
          ? 'list workflow runs'
          : `list the runs of workflow '${query.workflow}'`
    })(error)
  }
  return ids
}

/** What the action needs to know of a pull request. */
export interface PullHead {
  /** The head branch name. */
  ref: string
  /** The head commit. */
  sha: string
  /** The repository the head branch lives in (a fork's id for a pull request from a fork). */
  repositoryId?: number
}

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
  return { ref: data.head.ref, sha: data.head.sha, repositoryId: data.head.repo?.id }
}
