import { PER_PAGE } from './types.js'
import type { Client } from './client.js'
import { ApiError, asApiError } from './errors.js'
import {
  checkFields,
  FIELD,
  LISTING_CONCURRENCY,
  optional,
  type Page,
  readListing,
  type ReadOptions
} from './listing.js'
import type { Artifact } from './types.js'

export interface ListRequest {
  owner: string
  repo: string
  /** This run's artifacts only. */
  runId?: number
  /** A server may ignore `?name=`: callers filter again. */
  name?: string
  /** After each page. */
  onPage?: (read: number, total: number | undefined) => void
  /** Ends the listing once the outcome is decided. */
  stop?: EarlyStop
}

/** Whether the rest of a newest-first listing can change an outcome. */
export interface EarlyStop {
  /** True once the rest is not needed. */
  add(fresh: readonly Artifact[]): boolean
  /** False once the listing came out of order: all is read. */
  readonly possible: boolean
}

export interface Listing {
  artifacts: Artifact[]
  /** The server's Date on the last page read. */
  listedAt?: Date
  /** Pages requested. */
  pages: number
  /** False when `stop` ended it early. */
  complete: boolean
}

/** One page at a time where a lookup usually ends, so a stop wastes no request. */
function widthWhileStoppable(stop: EarlyStop): (pagesRead: number) => number {
  return pagesRead =>
    !stop.possible
      ? LISTING_CONCURRENCY
      : pagesRead < 3
        ? 1
        : pagesRead < 5
          ? 2
          : LISTING_CONCURRENCY
}

const repositoryOf = (request: { owner: string; repo: string }): string =>
  `${request.owner}/${request.repo}`

const ARTIFACT_FIELDS = {
  created_at: optional(FIELD.time),
  expires_at: optional(FIELD.time),
  digest: optional(FIELD.text),
  workflow_run: optional(FIELD.object)
}

const RUN_FIELDS = {
  id: optional(FIELD.id),
  repository_id: optional(FIELD.id),
  head_repository_id: optional(FIELD.id),
  head_branch: optional(FIELD.text),
  head_sha: optional(FIELD.text)
}

/** What the action relies on in a listed artifact. */
function checkArtifact(item: Record<string, unknown>): string | undefined {
  if (typeof item['name'] !== 'string') return "without a 'name'"
  const size = item['size_in_bytes']
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return "without a whole 'size_in_bytes'"
  }
  if (typeof item['expired'] !== 'boolean') return "without a true or false 'expired'"
  const problem = checkFields(item, ARTIFACT_FIELDS)
  if (problem !== undefined) return `not as documented: ${problem}`
  const run = item['workflow_run']
  const runProblem =
    run == null
      ? undefined
      : checkFields(run as Record<string, unknown>, RUN_FIELDS, 'workflow_run.')
  return runProblem === undefined ? undefined : `not as documented: ${runProblem}`
}

function artifactPages(
  client: Client,
  request: { owner: string; repo: string; runId?: number; name?: string },
  options: ReadOptions = {}
): AsyncGenerator<Page<Artifact>> {
  // Octokit leaves out undefined parameters.
  const params: Record<string, unknown> = {
    owner: request.owner,
    repo: request.repo,
    per_page: PER_PAGE,
    name: request.name,
    run_id: request.runId
  }
  return readListing<Artifact>(
    client,
    {
      route:
        request.runId === undefined
          ? 'GET /repos/{owner}/{repo}/actions/artifacts'
          : 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      params,
      key: 'artifacts',
      checkItem: checkArtifact
    },
    options
  )
}

/** Read whole before anything acts: deleting while paging shifts pages and skips artifacts. */
export async function listArtifacts(client: Client, request: ListRequest): Promise<Listing> {
  const artifacts: Artifact[] = []
  const seen = new Set<number>()
  const { stop } = request
  let pages = 0
  let complete = true
  let listedAt: Date | undefined
  const options: ReadOptions = {
    onRequest: () => pages++,
    ...(stop !== undefined ? { concurrency: widthWhileStoppable(stop) } : {})
  }
  try {
    for await (const page of artifactPages(client, request, options)) {
      const fresh: Artifact[] = []
      for (const artifact of page.items) {
        // A shifting listing can repeat an artifact.
        if (seen.has(artifact.id)) continue
        seen.add(artifact.id)
        fresh.push(artifact)
      }
      artifacts.push(...fresh)
      listedAt = page.date ?? listedAt
      request.onPage?.(artifacts.length, page.total)
      if (stop?.add(fresh) === true && page.more) {
        complete = false
        break
      }
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
  return { artifacts, pages, complete, ...(listedAt !== undefined ? { listedAt } : {}) }
}

/** The newest page: one request. */
export async function listArtifactsPage(
  client: Client,
  owner: string,
  repo: string
): Promise<Artifact[]> {
  const pages = artifactPages(client, { owner, repo })
  try {
    const first = await pages.next()
    return first.done === true ? [] : first.value.items
  } catch (error) {
    throw new ApiError(error, {
      repository: `${owner}/${repo}`,
      permission: 'actions: read',
      action: 'list artifacts'
    })
  } finally {
    await pages.return(undefined)
  }
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
 * The redirect is not followed, so the token never goes where it points. A relative Location (a
 * server serving archives itself) is resolved against the API URL.
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
