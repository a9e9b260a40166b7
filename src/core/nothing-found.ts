import { listArtifactsPage } from '../github/artifacts.js'
import type { Client } from '../github/client.js'
import type { Artifact } from '../github/types.js'
import { formatInstant } from '../shared/format.js'
import type { NotFoundMode } from '../settings/index.js'
import type { Logger } from '../shared/logger.js'
import { type ArtifactQuery, repositoryOf } from './query.js'
import { hasExpired } from './select.js'

/** Throws, warns or says so, as if-no-artifact-found says. */
export async function reportNothingFound(
  client: Client,
  query: ArtifactQuery,
  listed: readonly Artifact[],
  names: readonly string[],
  mode: NotFoundMode,
  log: Logger
): Promise<void> {
  const message = await describeNothingFound(client, query, listed, names)
  if (mode === 'fail') throw new Error(message)
  if (mode === 'warn') log.warn(message)
  else log.info(message)
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
export async function describeNothingFound(
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
