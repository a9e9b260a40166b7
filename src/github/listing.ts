import { PER_PAGE } from '../settings/inputs.js'
import { redactUrls } from '../shared/redact.js'
import type { Client } from './client.js'

/**
 * Pages a listing may run past `ceil(total_count / 100)`: artifacts created while the listing is
 * read push items onto later pages, and a few such pages are normal; more is a loop.
 */
export const EXTRA_PAGES = 3

/** One page of a listing, as the documented envelope carries it. */
export interface Page<T> {
  items: T[]
  /** The server's `total_count`. */
  total: number
}

/** A listing endpoint and how to check what it answers. */
export interface ListingRoute {
  /** Octokit route, e.g. `GET /repos/{owner}/{repo}/actions/artifacts`. */
  route: string
  params: Record<string, unknown>
  /** The envelope's array, e.g. `artifacts`. */
  key: string
  /** Why an item is not as documented, or undefined when it is. */
  checkItem: (item: Record<string, unknown>) => string | undefined
}

/** A listing whose answers were not what the API documents, or that would not end. */
export class ListingError extends Error {
  constructor(message: string) {
    super(redactUrls(message))
    this.name = 'ListingError'
  }
}

function describeBody(data: unknown, contentType: string): string {
  if (typeof data === 'string') {
    return /json/i.test(contentType)
      ? 'the body is not valid JSON (truncated?)'
      : `the body is ${contentType.split(';')[0] || 'of no content type'}, not JSON`
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return 'the body is not a JSON object'
  }
  return ''
}

const keysOf = (object: object): string =>
  Object.keys(object)
    .slice(0, 8)
    .map(key => JSON.stringify(key.slice(0, 40)))
    .join(', ')

/** The page in `data`, or a ListingError saying what is wrong with it. */
function checkPage<T>(data: unknown, contentType: string, listing: ListingRoute): Page<T> {
  const body = describeBody(data, contentType)
  if (body !== '') throw new ListingError(body)
  const envelope = data as Record<string, unknown>
  const items = envelope[listing.key]
  if (!Array.isArray(items)) {
    throw new ListingError(
      items === undefined
        ? `'${listing.key}' is missing (the keys are ${keysOf(envelope) || 'none'})`
        : `'${listing.key}' is ${items === null ? 'null' : typeof items}, not an array`
    )
  }
  const total = envelope['total_count']
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) {
    throw new ListingError(`'total_count' is ${JSON.stringify(total) ?? 'missing'}, not a count`)
  }
  for (const [index, item] of items.entries()) {
    const problem =
      item === null || typeof item !== 'object' || Array.isArray(item)
        ? 'not an object'
        : !Number.isSafeInteger((item as { id?: unknown }).id)
          ? "without a numeric 'id'"
          : listing.checkItem(item as Record<string, unknown>)
    if (problem !== undefined) {
      throw new ListingError(`item ${index} of '${listing.key}' is ${problem}`)
    }
  }
  return { items: items as T[], total }
}

const nextLink = (link: unknown): string | undefined =>
  typeof link === 'string' ? /<([^<>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined

/**
 * Reads a listing page by page, following the Link headers, and stops with an error where
 * Octokit's paginator would go on for ever or hand a malformed page on: a `next` URL seen before,
 * a page with a `next` link that brings no new id, more pages than `total_count` allows (plus
 * EXTRA_PAGES), an answer that is not the documented envelope. The next URL's origin is the
 * client's to check (it refuses to send the token elsewhere). Errors name the endpoint.
 */
export async function* readListing<T extends { id: number }>(
  client: Client,
  listing: ListingRoute
): AsyncGenerator<Page<T>> {
  const { octokit } = client
  const seenUrls = new Set<string>()
  const seenIds = new Set<number>()
  let response = await octokit.request(listing.route, listing.params)
  for (let pages = 1; ; pages++) {
    const url = String(response.url)
    const endpoint = `GET ${url === '' ? listing.route.replace(/^GET /, '') : new URL(url).pathname}`
    seenUrls.add(url)
    const fail = (why: string): never => {
      throw new ListingError(`${endpoint} (page ${pages}): ${why}`)
    }
    let page: Page<T>
    try {
      page = checkPage(
        response.data,
        String((response.headers as Record<string, unknown>)['content-type'] ?? ''),
        listing
      )
    } catch (error) {
      return fail(`the answer is not the documented listing: ${(error as Error).message}`)
    }
    const fresh = page.items.filter(item => !seenIds.has(item.id))
    for (const item of fresh) seenIds.add(item.id)
    yield page
    const next = nextLink((response.headers as Record<string, unknown>)['link'])
    if (next === undefined) return
    const maxPages = Math.ceil(page.total / PER_PAGE) + EXTRA_PAGES
    if (seenUrls.has(next)) fail(`the next page's URL repeats one already read; stopping`)
    if (fresh.length === 0) fail('a page with a next link brought no new id; stopping')
    if (pages >= maxPages) {
      fail(
        `more than ${maxPages} pages for a total_count of ${page.total} (${PER_PAGE} a page); stopping`
      )
    }
    response = await octokit.request({ method: 'GET', url: next })
  }
}
