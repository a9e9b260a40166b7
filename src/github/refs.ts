import { PER_PAGE } from './types.js'
import type { Client } from './client.js'
import { ApiError, asApiError } from './errors.js'
import { checkFields, FIELD, type FieldRule, ListingError } from './listing.js'

/** A tag of a tag is rare already. */
const MAX_TAG_DEPTH = 4

/** Past it keep-tagged refuses rather than delete on a guess. */
const MAX_TAG_PAGES = 1000

const SHA: FieldRule = {
  holds: v => typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v),
  expected: 'a 40-character hexadecimal sha'
}
const OBJECT_FIELDS = { type: FIELD.text, sha: SHA }

/** The slashes stay, as the API documents. */
const encodeRef = (name: string): string => name.split('/').map(encodeURIComponent).join('/')

function objectOf(data: unknown, endpoint: string): { type: string; sha: string } {
  const object = (data as { object?: unknown } | null)?.object
  const problem = !FIELD.object.holds(object)
    ? `'object' is ${object === undefined ? 'missing' : 'not an object'}`
    : checkFields(object as Record<string, unknown>, OBJECT_FIELDS, 'object.')
  if (problem !== undefined) {
    throw new ListingError(`${endpoint}: the answer is not the documented git object: ${problem}`)
  }
  const { type, sha } = object as { type: string; sha: string }
  return { type, sha: sha.toLowerCase() }
}

export interface TagCommit {
  sha: string
  requests: number
}

/** Undefined for no such tag; each annotated tag takes one more request to peel. */
export async function resolveTag(
  client: Client,
  owner: string,
  repo: string,
  tag: string
): Promise<TagCommit | undefined> {
  const fail = asApiError({
    repository: `${owner}/${repo}`,
    permission: 'contents: read',
    action: `look up tag '${tag}'`
  })
  const path = `/repos/{owner}/{repo}/git/ref/tags/${encodeRef(tag)}`
  const answer = await client.octokit
    .request(`GET ${path}`, { owner, repo })
    .catch((error: unknown) => (ApiError.hasStatus(error, 404) ? undefined : fail(error)))
  if (answer === undefined) return undefined
  let object = objectOf(answer.data, `GET /repos/${owner}/${repo}/git/ref/tags/${tag}`)
  let requests = 1
  while (object.type === 'tag') {
    if (requests > MAX_TAG_DEPTH) {
      throw new ListingError(
        `Tag '${tag}': more than ${MAX_TAG_DEPTH} annotated tags lead from it to a commit; stopping.`
      )
    }
    const { data } = await client.octokit
      .request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: object.sha })
      .catch(fail)
    requests++
    object = objectOf(data, `GET /repos/${owner}/${repo}/git/tags/${object.sha}`)
  }
  if (object.type !== 'commit') {
    throw new ListingError(
      `Tag '${tag}' points to a ${object.type} (${object.sha.slice(0, 7)}), not a commit: no workflow run is on it.`
    )
  }
  return { sha: object.sha, requests }
}

export interface TaggedCommits {
  /** Full shas, lower case. */
  commits: Set<string>
  /** Tags read. */
  tags: number
  requests: number
}

/** Gives an annotated tag's commit too; a repeated URL stops the paginator, which would go on. */
export async function listTaggedCommits(
  client: Client,
  owner: string,
  repo: string
): Promise<TaggedCommits> {
  const commits = new Set<string>()
  const seen = new Set<string>()
  let tags = 0
  let requests = 0
  const pages = client.octokit.paginate.iterator('GET /repos/{owner}/{repo}/tags', {
    owner,
    repo,
    per_page: PER_PAGE
  })
  try {
    for await (const page of pages) {
      requests++
      const endpoint = `GET /repos/${owner}/${repo}/tags (page ${requests})`
      if (seen.has(page.url)) {
        throw new ListingError(`${endpoint}: the page's URL repeats one already read; stopping`)
      }
      seen.add(page.url)
      if (!Array.isArray(page.data)) {
        throw new ListingError(`${endpoint}: the answer is not the documented list of tags`)
      }
      for (const [index, item] of (page.data as unknown[]).entries()) {
        const commit = (item as { commit?: unknown } | null)?.commit
        const problem = !FIELD.object.holds(commit)
          ? "'commit' is missing or not an object"
          : checkFields(commit as Record<string, unknown>, { sha: SHA }, 'commit.')
        if (problem !== undefined) {
          throw new ListingError(`${endpoint}: item ${index} is not a documented tag: ${problem}`)
        }
        commits.add((commit as { sha: string }).sha.toLowerCase())
        tags++
      }
      if (requests >= MAX_TAG_PAGES && /rel="next"/.test(String(page.headers.link ?? ''))) {
        throw new ListingError(
          `${endpoint}: more than ${MAX_TAG_PAGES * PER_PAGE} tags; stopping, as which commits are tagged is not known`
        )
      }
    }
  } catch (error) {
    if (error instanceof ListingError) throw error
    asApiError({
      repository: `${owner}/${repo}`,
      permission: 'contents: read',
      action: 'list tags'
    })(error)
  }
  return { commits, tags, requests }
}
