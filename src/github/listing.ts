import { PER_PAGE } from './types.js'
import { redactUrls } from '../shared/redact.js'
import { checkOrigin, type Client } from './client.js'

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
  /** Whether another page follows. */
  more: boolean
  /** The answer's `Date` header, when it is a valid date: the server's clock as it answered. */
  date?: Date
}

/** What a field of a listed item must hold, in the words of the error that says it does not. */
export interface FieldRule {
  holds: (value: unknown) => boolean
  expected: string
}

/** The field rules the listings use; `optional` also takes null or absence. */
export const FIELD = {
  text: { holds: v => typeof v === 'string', expected: 'a string' },
  count: {
    holds: v => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
    expected: 'a whole number'
  },
  id: {
    holds: v => typeof v === 'number' && Number.isSafeInteger(v) && v > 0,
    expected: 'a positive whole number'
  },
  flag: { holds: v => typeof v === 'boolean', expected: 'true or false' },
  time: {
    holds: v => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
    expected: 'an ISO 8601 date-time'
  },
  object: {
    holds: v => v !== null && typeof v === 'object' && !Array.isArray(v),
    expected: 'an object'
  }
} satisfies Record<string, FieldRule>

export function optional(rule: FieldRule): FieldRule {
  return { holds: v => v == null || rule.holds(v), expected: `${rule.expected} or null` }
}

/**
 * The first field of `item` that breaks its rule, as `'path' is VALUE, not EXPECTED`, or
 * undefined. Checked where the listing is read, so that nothing later meets a field of another
 * type (a number where a string is sliced) after the action has begun to act.
 */
export function checkFields(
  item: Record<string, unknown>,
  rules: Record<string, FieldRule>,
  prefix = ''
): string | undefined {
  for (const [field, rule] of Object.entries(rules)) {
    const value = Object.hasOwn(item, field) ? item[field] : undefined
    if (rule.holds(value)) continue
    const shown = value === undefined ? 'missing' : shorten(JSON.stringify(value) ?? String(value))
    return `'${prefix}${field}' is ${shown}, not ${rule.expected}`
  }
  return undefined
}

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text)

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
function checkPage<T>(
  data: unknown,
  contentType: string,
  listing: ListingRoute
): Omit<Page<T>, 'more'> {
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

/** The URL of the Link header's `rel` (`next`, `last`), if it has one. */
const linkOf = (link: unknown, rel: 'next' | 'last'): string | undefined =>
  typeof link === 'string' ? new RegExp(`<([^<>]+)>;\\s*rel="${rel}"`).exec(link)?.[1] : undefined

/** Pages at once after the first, where the first page says how many there are. */
export const LISTING_CONCURRENCY = 4

/** How a listing is read. */
export interface ReadOptions {
  /**
   * Requests at once, given the pages read so far (LISTING_CONCURRENCY by default). Only a
   * listing whose first page gives a `last` link is read ahead; 1 starts each page only when the
   * reader asks for it, so that a reader that stops early wastes no request.
   */
  concurrency?: (pagesRead: number) => number
  /** Called as each page's request starts (a plugin's retries of it are not counted). */
  onRequest?: () => void
}

type Answer = Awaited<ReturnType<Client['octokit']['request']>>

/** A URL with its query parameters in order, to compare two links that mean the same page. */
function normalised(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    parsed.searchParams.sort()
    return parsed.href
  } catch {
    return undefined
  }
}

/**
 * The URLs of pages 2 to `last`, built from the `last` link's page number, or undefined where the
 * links do not allow it and the listing is followed `next` by `next`: a relative or unparsable
 * `last`, one without a page number, or one whose page 2 is not the `next` link. The built URLs
 * keep the `last` URL's origin, which must be the API's: they would carry the token, as a `next`
 * URL does, and are checked here before any of them is requested (the client checks each again).
 * A `last` page past what `total_count` allows is refused outright rather than read in parallel.
 */
function planPages(
  client: Client,
  links: { next: string; last: string | undefined },
  maxPages: number,
  fail: (why: string) => never
): string[] | undefined {
  if (links.last === undefined || !/^[a-z][a-z\d+.-]*:/i.test(links.last)) return undefined
  checkOrigin(links.last, new URL(client.apiUrl).origin)
  const last = new URL(links.last)
  const lastPage = Number(last.searchParams.get('page'))
  if (!Number.isSafeInteger(lastPage) || lastPage < 2) return undefined
  if (lastPage > maxPages) {
    fail(
      `the last page is ${lastPage}, more than the ${maxPages} pages total_count allows; stopping`
    )
  }
  const urlOf = (page: number): string => {
    const url = new URL(last)
    url.searchParams.set('page', String(page))
    return url.href
  }
  if (normalised(urlOf(2)) !== normalised(links.next)) return undefined
  return Array.from({ length: lastPage - 1 }, (_, index) => urlOf(index + 2))
}

/**
 * Requests `urls` in order, at most `width()` at once and at most `width()` pages past the one
 * asked for last, so that a reader going one page at a time starts each only when it asks. Every
 * answer is kept until taken; after a failure nothing more is started.
 */
function pageWindow(
  urls: readonly string[],
  request: (url: string) => Promise<Answer>,
  width: () => number
): { take: (index: number) => Promise<Answer>; stop: () => void } {
  const started: Promise<Answer>[] = []
  let inFlight = 0
  let wanted = 0
  let stopped = false
  const fill = (): void => {
    const most = Math.max(1, width())
    while (
      !stopped &&
      started.length < urls.length &&
      // The page asked for always starts, even were the width to shrink below what is in flight.
      ((inFlight < most && started.length < wanted + most) || started.length === wanted)
    ) {
      const answer = request(urls[started.length])
      inFlight++
      // Handles the rejection here too, so a failure of a page never taken is not unhandled.
      answer.then(
        () => {
          inFlight--
          fill()
        },
        () => {
          inFlight--
          stopped = true
        }
      )
      started.push(answer)
    }
  }
  return {
    take: index => {
      wanted = index
      fill()
      return started[index]
    },
    stop: () => {
      stopped = true
    }
  }
}

/**
 * Reads a listing page by page, and stops with an error where Octokit's paginator would go on
 * for ever or hand a malformed page on: a `next` URL seen before, a page with a next page that
 * brings no new id, more pages than `total_count` allows (plus EXTRA_PAGES), an answer that is
 * not the documented envelope. Errors name the endpoint.
 *
 * Where the first page's Link header gives `last`, pages 2 to `last` are requested ahead, a few
 * at once (options.concurrency), and yielded in page order; a last page that still has a `next`
 * (the listing grew while it was read) is followed from there. Without `last`, each `next` link
 * is followed in turn. Every URL requested is on the API's origin: built ones are checked here,
 * and the client refuses to send the token anywhere else.
 */
export async function* readListing<T extends { id: number }>(
  client: Client,
  listing: ListingRoute,
  options: ReadOptions = {}
): AsyncGenerator<Page<T>> {
  const { octokit } = client
  const seenUrls = new Set<string>()
  const seenIds = new Set<number>()
  const concurrency = options.concurrency ?? (() => LISTING_CONCURRENCY)
  const get = (url: string): Promise<Answer> => {
    options.onRequest?.()
    return octokit.request({ method: 'GET', url })
  }
  options.onRequest?.()
  let response = await octokit.request(listing.route, listing.params)
  let planned: string[] | undefined
  let window: ReturnType<typeof pageWindow> | undefined
  let yielded = 0
  try {
    for (let pages = 1; ; pages++) {
      const url = String(response.url)
      const endpoint = `GET ${url === '' ? listing.route.replace(/^GET /, '') : new URL(url).pathname}`
      seenUrls.add(url)
      const fail = (why: string): never => {
        throw new ListingError(`${endpoint} (page ${pages}): ${why}`)
      }
      let page: Omit<Page<T>, 'more'>
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
      const headers = response.headers as Record<string, unknown>
      const date = new Date(String(headers['date'] ?? ''))
      const link = headers['link']
      const maxPages = Math.ceil(page.total / PER_PAGE) + EXTRA_PAGES
      const next = linkOf(link, 'next')
      if (pages === 1 && next !== undefined) {
        planned = planPages(client, { next, last: linkOf(link, 'last') }, maxPages, fail)
        if (planned !== undefined) window = pageWindow(planned, get, () => concurrency(yielded))
      }
      // Pages 2 to `last` come from the plan; after it, from the last page's own `next`.
      const fromPlan = planned !== undefined && pages - 1 < planned.length
      const following = fromPlan ? planned?.[pages - 1] : next
      yield {
        ...page,
        more: following !== undefined,
        ...(Number.isNaN(date.getTime()) ? {} : { date })
      }
      yielded++
      if (following === undefined) return
      if (seenUrls.has(following)) fail(`the next page's URL repeats one already read; stopping`)
      if (fresh.length === 0) fail('a page with a next link brought no new id; stopping')
      if (pages >= maxPages) {
        fail(
          `more than ${maxPages} pages for a total_count of ${page.total} (${PER_PAGE} a page); stopping`
        )
      }
      response =
        fromPlan && window !== undefined ? await window.take(pages - 1) : await get(following)
    }
  } finally {
    window?.stop()
  }
}
