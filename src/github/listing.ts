import { PER_PAGE } from './types.js'
import { redactUrls } from '../shared/redact.js'
import { checkOrigin, type Client } from './client.js'

/** Past `ceil(total_count / 100)`: new artifacts push items on while a listing is read. */
const EXTRA_PAGES = 3

export interface Page<T> {
  items: T[]
  /** `total_count` */
  total: number
  /** Another page follows. */
  more: boolean
  /** The server's clock (its Date header), when valid. */
  date?: Date
}

/** `expected` is what the error says the field should be. */
export interface FieldRule {
  holds: (value: unknown) => boolean
  expected: string
}

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

/** Also takes null or absence. */
export function optional(rule: FieldRule): FieldRule {
  return { holds: v => v == null || rule.holds(v), expected: `${rule.expected} or null` }
}

/** Checked as read, so nothing meets a field of another type after the action began to act. */
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

export interface ListingRoute {
  /** e.g. `GET /repos/{owner}/{repo}/actions/artifacts` */
  route: string
  params: Record<string, unknown>
  /** The envelope's array, e.g. `artifacts` */
  key: string
  /** Why an item is not as documented. */
  checkItem: (item: Record<string, unknown>) => string | undefined
}

/** Answers not as documented, or a listing that would not end. */
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

const linkOf = (link: unknown, rel: 'next' | 'last'): string | undefined =>
  typeof link === 'string' ? new RegExp(`<([^<>]+)>;\\s*rel="${rel}"`).exec(link)?.[1] : undefined

export const LISTING_CONCURRENCY = 4

export interface ReadOptions {
  /** Requests at once, given the pages read; 1 lets a reader that stops early waste none. */
  concurrency?: (pagesRead: number) => number
  /** As each page's request starts, retries not counted. */
  onRequest?: () => void
}

type Answer = Awaited<ReturnType<Client['octokit']['request']>>

/** Query sorted, to compare two links to one page. */
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
 * Pages 2 to `last`, or undefined to follow `next` links. The URLs would carry the token: `last`
 * must be on the API's origin before any is requested.
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

/** At most `width()` pages ahead of the one asked for; nothing more after a failure. */
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
      // The page asked for starts even if the width shrank.
      ((inFlight < most && started.length < wanted + most) || started.length === wanted)
    ) {
      const answer = request(urls[started.length])
      inFlight++
      // So a failed page never taken is not an unhandled rejection.
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

/** Not Octokit's paginator: it reads one page at a time and follows a looping `next` for ever. */
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
      // After the plan, the last page's own `next` (the listing grew).
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
