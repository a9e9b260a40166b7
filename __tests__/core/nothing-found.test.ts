// What an empty selection says (src/core/nothing-found.ts): the names that do exist, or that a
// wanted name exists only as expired artifacts; one page without ?name= when the server's own
// filter found nothing.
import { describe, expect, it } from '@jest/globals'
import { reportNothingFound } from '../../src/core/nothing-found.js'
import type { Artifact } from '../../src/github/types.js'
import { clientFor, useEmulator } from '../helpers.js'

const start = useEmulator()
const QUERY = { owner: 'octo-org', repo: 'octo-repo' }
const NONE = 'No artifact matched the selection in octo-org/octo-repo.'

let nextId = 1
function artifact(name: string, extra: Partial<Artifact> = {}): Artifact {
  return { id: nextId++, name, size_in_bytes: 1, expired: false, ...extra }
}

/** What fail says, against one emulator (one per test: the file's hook closes it). */
async function describer(): Promise<
  (listing: Artifact[], names?: string[]) => Promise<string | undefined>
> {
  const { client, log } = clientFor(await start())
  return async (listing, names = []) =>
    reportNothingFound(client, QUERY, listing, names, 'fail', log)
}

describe('what nothing found says', () => {
  it('names a wanted name that exists only as expired artifacts, with when they expired', async () => {
    const say = await describer()
    const expired = (at: string | null, created: string | null = null): Artifact =>
      artifact('build', { expired: true, expires_at: at, created_at: created })
    expect(await say([expired('2026-10-01T08:00:00Z')], ['build'])).toBe(
      `${NONE} 'build' exists, but its only artifact expired on 2026-10-01 08:00 UTC.`
    )
    expect(
      await say([expired('2026-10-01T08:00:10Z'), expired('2026-10-01T08:00:50Z')], ['build'])
    ).toBe(`${NONE} 'build' exists, but its 2 artifacts expired on 2026-10-01 08:00 UTC.`)
    // No expiry given: when it was made stands in; neither given, no time is said.
    expect(
      await say([expired(null, '2026-09-01T00:00:00Z'), expired(null), expired('x')], ['build'])
    ).toBe(`${NONE} 'build' exists, but its 3 artifacts expired on 2026-09-01 00:00 UTC.`)
    expect(await say([expired(null), expired(null)], ['build'])).toBe(
      `${NONE} 'build' exists, but its 2 artifacts expired.`
    )
    // Other names, live or not, do not count.
    expect(await say([expired(null), artifact('other')], ['build'])).toBe(
      `${NONE} 'build' exists, but its only artifact expired.`
    )
    // One live artifact of the name: not expired only, so the names are listed instead.
    expect(await say([expired(null), artifact('build')], ['build'])).toBe(
      `${NONE} Names that exist: 'build'.`
    )
  })

  it('lists the first 20 names in code-unit order and counts the rest', async () => {
    const say = await describer()
    const listing = Array.from({ length: 23 }, (_, i) => artifact(`n${String(i).padStart(2, '0')}`))
    const shown = listing.slice(0, 20).map(a => `'${a.name}'`)
    expect(await say([...listing].reverse())).toBe(
      `${NONE} Names that exist: ${shown.join(', ')} and 3 more.`
    )
    expect(await say(listing.slice(0, 20))).toBe(`${NONE} Names that exist: ${shown.join(', ')}.`)
  })

  it('reads one page without ?name= when the server filtered by a name that matched nothing', async () => {
    const e = await start()
    e.addArtifact({ name: 'coverage' })
    const { client, log } = clientFor(e)
    const named = { ...QUERY, name: 'covrage' }
    const say = (query: typeof named & { runId?: number }, listing: Artifact[]) =>
      reportNothingFound(client, query, listing, ['covrage'], 'fail', log)
    expect(await say(named, [])).toBe(`${NONE} Names that exist: 'coverage'.`)
    expect(e.apiRequests().map(r => [r.path, r.query.get('name')])).toEqual([
      ['/repos/octo-org/octo-repo/actions/artifacts', null]
    ])
    // A run's listing was not filtered by the server: nothing more to read.
    expect(await say({ ...named, runId: 5 }, [])).toBe(`${NONE} The listing was empty.`)
    // Nor was a listing that had artifacts.
    expect(await say(named, [artifact('x')])).toBe(`${NONE} Names that exist: 'x'.`)
    expect(e.apiRequests()).toHaveLength(1)
    // That page failing leaves the message as it was.
    e.addFault({ status: 500, times: 5 })
    expect(await say(named, [])).toBe(`${NONE} The listing was empty.`)
  })
})

describe('reportNothingFound', () => {
  it("returns fail's message as the failure, warns for warn and says so for ignore", async () => {
    const { client, log, logs } = clientFor(await start())
    const listing = [artifact('a')]
    const message = `${NONE} Names that exist: 'a'.`
    expect(await reportNothingFound(client, QUERY, listing, [], 'fail', log)).toBe(message)
    expect(logs.all).toEqual([])
    expect(await reportNothingFound(client, QUERY, listing, [], 'warn', log)).toBeUndefined()
    expect(await reportNothingFound(client, QUERY, listing, [], 'ignore', log)).toBeUndefined()
    expect(logs.warn).toEqual([message])
    expect(logs.info).toEqual([message])
  })
})
