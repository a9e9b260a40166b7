import type { Client } from '../github/client.js'
import type { CommonSettings } from '../settings/index.js'
import type { Logger } from '../shared/logger.js'
import { criteriaFrom, type SelectionRules } from './criteria.js'
import { type Found, listAndSelect } from './list-and-select.js'
import { reportNothingFound } from './nothing-found.js'
import { type ArtifactQuery, queryFrom } from './query.js'

/** How an operation reads the selection. */
export type FindRules = Pick<SelectionRules, 'limitFrom'> &
  Partial<SelectionRules> & {
    /** A pull request's head commit (download) or head branch (list, prune). */
    pullRequestMeans: 'commit' | 'branch'
  }

/** What the shared start found. */
export interface Search {
  query: ArtifactQuery
  found: Found
  /** Nothing selected, nothing left by limit: if-no-artifact-found has been followed. */
  empty: boolean
  /** if-no-artifact-found: fail, when empty: the report's failure. */
  failure?: string
}

/** The start of every operation: query → criteria → list and select → nothing found. */
export async function findArtifacts(
  { client, log }: { client: Client; log: Logger },
  settings: CommonSettings,
  { pullRequestMeans, ...rules }: FindRules
): Promise<Search> {
  const query = queryFrom(settings, settings.selection, pullRequestMeans)
  const criteria = criteriaFrom(settings.selection, rules)
  const found = await listAndSelect(client, query, criteria, log)
  const empty = found.selected.length === 0 && found.overLimit.length === 0
  const failure = empty
    ? await reportNothingFound(
        client,
        query,
        found.listed,
        settings.selection.names,
        settings.ifNoArtifactFound,
        log
      )
    : undefined
  return { query, found, empty, failure }
}
