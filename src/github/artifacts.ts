import { PER_PAGE } from '../settings/inputs.js'
import type { Client } from './client.js'
import { ApiError, asApiError } from './errors.js'
import type { Artifact } from './types.js'

/** Which listing to read. */
export interface ListRequest {
  owner: string
  repo: string
  /** List this run's artifacts instead of the repository's. */
  runId?: number
  /** Sent as `?name=`; servers that ignore it return every name, so callers filter again. */
  name?: string
  /** Called after each page with the artifacts read so far and the server's total. */
  onPage?: (read: number, total: number | undefined) => void
}

export interface Listing {
  artifacts: Artifact[]
  /** Pages requested. */
  pages: number
}

const repositoryOf = (request: { owner: string; repo: string }): string =>
  `${request.owner}/${request.repo}`

/**
 * Reads every page of a listing, 100 at a time, following the Link headers, before anything acts
 * on it (deleting while paging would shift later pages and skip artifacts).
 */
export async function listArtifacts(client: Client, request: ListRequest): Promise<Listing> {
  const params = {
    owner: request.owner,
    repo: request.repo,
    per_page: PER_PAGE,
    ...(request.name !== undefined ? { name: request.name } : {})
  }
  const { octokit } = client
  const iterator =
    request.runId === undefined
      ? octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, params)
      : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
          ...params,
          run_id: request.runId
        })
  const artifacts: Artifact[] = []
  const seen = new Set<number>()
  let pages = 0
  try {
    for await (const page of iterator) {
      pages++
      for (const artifact of page.data as Artifact[]) {
        // A listing that shifts while it is read can repeat an artifact across pages.
        if (seen.has(artifact.id)) continue
        seen.add(artifact.id)
        artifacts.push(artifact)
      }
      // Octokit keeps the envelope's total_count on the page it unwraps.
      request.onPage?.(artifacts.length, (page.data as { total_count?: number }).total_count)
    }
  } catch (error) {
    throw new ApiError(error, {
      repository: repositoryOf(request),
      permission: 'actions: read',
      action:
        request.runId === undefined
          ? 'list artifacts'
          : `list the artifacts of run ${request.runId}`
    })
  }
  return { artifacts, pages }
}

/** The newest page of the repository's artifacts: one request. */
export async function listArtifactsPage(
  client: Client,
  owner: string,
  repo: string
): Promise<Artifact[]> {
  const { data } = await client.octokit.rest.actions
    .listArtifactsForRepo({ owner, repo, per_page: PER_PAGE })
    .catch(
      asApiError({
        repository: `${owner}/${repo}`,
        permission: 'actions: read',
        action: 'list artifacts'
      })
    )
  return data.artifacts as Artifact[]
}

/** Deletes one artifact. */
export async function deleteArtifact(
  client: Client,
  owner: string,
  repo: string,
  artifact: { id: number; name: string }
): Promise<void> {
  await client.octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifact.id }).catch(
    asApiError({
      repository: `${owner}/${repo}`,
      permission: 'actions: write',
      action: `delete artifact '${artifact.name}' (id ${artifact.id})`
    })
  )
}

/**
 * Asks for an artifact's short-lived download URL without following the redirect, so that the
 * token is never sent to wherever it points. A relative Location (an Enterprise Server that
 * serves archives from its own host) is resolved against the API URL.
 */
export async function getDownloadUrl(
  client: Client,
  owner: string,
  repo: string,
  artifact: { id: number; name: string }
): Promise<URL> {
  const response = await client.octokit.rest.actions
    .downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' }
    })
    .catch(
      asApiError({
        repository: `${owner}/${repo}`,
        permission: 'actions: read',
        action: `get the download URL of artifact '${artifact.name}' (id ${artifact.id})`
      })
    )
  const location = (response.headers as Record<string, string | undefined>)['location']
  if (response.status < 300 || response.status >= 400 || !location) {
    throw new Error(
      `the download endpoint answered ${response.status} without a redirect to the archive`
    )
  }
  return new URL(location, `${client.apiUrl}/`)
}
