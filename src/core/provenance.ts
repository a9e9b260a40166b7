import type { Client } from '../github/client.js'
import { ApiError } from '../github/errors.js'
import { getRunRepositories, type RunRepositories } from '../github/runs.js'
import type { Artifact } from '../github/types.js'
import { type Criteria, filterArtifacts, hasUnknownOrigin } from './select.js'

/**
 * Asks the run where older servers do not say; a run gone (404) stays unknown, so it is left out
 * (fails closed).
 */
export async function completeOrigins(
  client: Client,
  repository: { owner: string; repo: string; runId?: number },
  artifacts: Artifact[],
  criteria: Criteria
): Promise<Artifact[]> {
  // A run's listing names the run even where the artifact does not.
  const withRun = artifacts.map(artifact =>
    repository.runId !== undefined && artifact.workflow_run?.id == null
      ? { ...artifact, workflow_run: { ...artifact.workflow_run, id: repository.runId } }
      : artifact
  )
  const unknown = new Set(filterArtifacts(withRun, criteria).filter(hasUnknownOrigin))
  if (unknown.size === 0) return withRun
  // One at a time: the runs are few.
  const runs = new Map<number, RunRepositories>()
  const completed: Artifact[] = []
  for (const artifact of withRun) {
    const runId = artifact.workflow_run?.id
    if (!unknown.has(artifact) || runId == null) {
      completed.push(artifact)
      continue
    }
    let found = runs.get(runId)
    if (found === undefined) {
      found = await getRunRepositories(client, repository.owner, repository.repo, runId).catch(
        (error: unknown): RunRepositories => {
          if (ApiError.hasStatus(error, 404)) return {}
          throw error
        }
      )
      runs.set(runId, found)
    }
    completed.push({
      ...artifact,
      workflow_run: {
        ...artifact.workflow_run,
        repository_id: artifact.workflow_run?.repository_id ?? found.repositoryId,
        head_repository_id: artifact.workflow_run?.head_repository_id ?? found.headRepositoryId
      }
    })
  }
  return completed
}
