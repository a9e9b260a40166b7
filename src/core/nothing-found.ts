import { listArtifactsPage } from '../github/artifacts.js'
import type { Client } from '../github/client.js'
import type { Artifact } from '../github/types.js'
import { formatInstant } from '../shared/format.js'
import type { NotFoundMode } from '../settings/index.js'
import type { Logger } from '../shared/logger.js'
import { type ArtifactQuery, repositoryOf } from './query.js'
import { hasExpired } from './select.js'

/** As if-no-artifact-found says: the report's failure (fail), a warning or a line of the log. */
export function settleNothingFound(
  message: string,
  mode: NotFoundMode,
  log: Logger
): string | undefined {
  if (mode === 'fail') return message
  if (mode === 'warn') log.warn(message)
  else log.info(message)
  return undefined
}

/** Says what was found instead, as if-no-artifact-found says; fail's message is returned. */
export async function reportNothingFound(
  client: Client,
  query: ArtifactQuery,
  listed: readonly Artifact[],
  names: readonly string[],
  mode: NotFoundMode,
  log: Logger
): Promise<string | undefined> {
  return settleNothingFound(await describeNothingFound(client, query, listed, names), mode, log)
}

function describeExpired(name: string, artifacts: Artifact[]): string {
  const times = artifacts
    .map(a => a.expires_at ?? a.created_at)
    .filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
    .map(t => formatInstant(new Date(t)))
    .sort()
  const when =
    times.length === 0
      ? ''
      : times[0] === times[times.length - 1]
        ? ` on ${times[0]}`
        : ` between ${times[0]} and ${times[times.length - 1]}`
  return artifacts.length === 1
    ? `'${name}' exists, but its only artifact expired${when}.`
    : `'${name}' exists, but its ${artifacts.length} artifacts expired${when}.`
}

/**
 * Names what exists, so that a typo shows; when ?name= matched nothing, one unfiltered page
 * says what is there.
 */
async function describeNothingFound(
  client: Client,
  query: ArtifactQuery,
  listing: readonly Artifact[],
  names: readonly string[]
): Promise<string> {
  let listed = listing
  if (listed.length === 0 && query.name !== undefined && query.runId === undefined) {
    listed = await listArtifactsPage(client, query.owner, query.repo).catch(() => [])
  }
  const expiredOnly = names.flatMap(name => {
    const of = listed.filter(a => a.name === name)
    const now = new Date()
    return of.length > 0 && of.every(a => hasExpired(a, now)) ? [describeExpired(name, of)] : []
  })
  const all = [...new Set(listed.map(a => a.name))].sort()
  const shown = all.slice(0, 20).map(n => `'${n}'`)
  const existing =
    all.length === 0
      ? 'The listing was empty.'
      : `Names that exist: ${shown.join(', ')}${all.length > shown.length ? ` and ${all.length - shown.length} more` : ''}.`
  return [
    `No artifact matched the selection in ${repositoryOf(query)}.`,
    ...(expiredOnly.length > 0 ? expiredOnly : [existing])
  ].join(' ')
}
