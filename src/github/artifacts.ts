import { PER_PAGE } from '../constants.js'
import type { Client } from './client.js'
import type { Artifact } from './types.js'

/** Which repository, and optionally which run and name, to list. */
export interface ListQuery {
  owner: string
  repo: string
  /** List this run's artifacts instead of the repository's. */
  runId?: number
  /** Sent as `?name=`; servers that ignore it return every name, so callers filter again. */
  name?: string
  /** Called after each page with the artifacts read so far and the server's total. */
  onPage?: (read: number, total: number | undefined) => void
}

export interface ListResult {
  artifacts: Artifact[]
  /** Pages requested. */
  pages: number
}

/**
 * Reads every page of a listing, 100 at a time, following the Link headers, before anything acts
 * on it (deleting while paging would shift later pages and skip artifacts).
 */
export async function listArtifacts(client: Client, query: ListQuery): Promise<ListResult> {
  const params = {
    owner: query.owner,
    repo: query.repo,
    per_page: PER_PAGE,
    ...(query.name !== undefined ? { name: query.name } : {})
  }
  const iterator =
    query.runId === undefined
      ? client.octokit.paginate.iterator(client.octokit.rest.actions.listArtifactsForRepo, params)
      : client.octokit.paginate.iterator(client.octokit.rest.actions.listWorkflowRunArtifacts, {
          ...params,
          run_id: query.runId
        })
  const artifacts: Artifact[] = []
  const seen = new Set<number>()
  let pages = 0
  for await (const page of iterator) {
    pages++
    for (const artifact of page.data as Artifact[]) {
      // A listing that shifts while it is read can repeat an artifact across pages.
      if (seen.has(artifact.id)) continue
      seen.add(artifact.id)
      artifacts.push(artifact)
    }
    // Octokit keeps the envelope's total_count on the page it unwraps.
    query.onPage?.(artifacts.length, (page.data as { total_count?: number }).total_count)
  }
  return { artifacts, pages }
}

/** The newest page of the repository's artifacts: one request. */
export async function listArtifactsPage(
  client: Client,
  owner: string,
  repo: string
): Promise<Artifact[]> {
  const { data } = await client.octokit.rest.actions.listArtifactsForRepo({
    owner,
    repo,
    per_page: PER_PAGE
  })
  return data.artifacts as Artifact[]
}

/** Deletes one artifact. */
export async function deleteArtifact(
  client: Client,
  owner: string,
  repo: string,
  artifactId: number
): Promise<void> {
  await client.octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifactId })
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
  artifactId: number
): Promise<URL> {
  const response = await client.octokit.rest.actions.downloadArtifact({
    owner,
    repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual' }
  })
  const location = (response.headers as Record<string, string | undefined>)['location']
  if (response.status < 300 || response.status >= 400 || !location) {
    throw new Error(
      `the download endpoint answered ${response.status} without a redirect to the archive`
    )
  }
  return new URL(location, `${client.apiUrl}/`)
}
