import * as core from '@actions/core'
import { rethrowApiError } from '../errors.js'
import { listArtifacts, listArtifactsPage } from '../github/artifacts.js'
import type { Client } from '../github/client.js'
import { getPullHead, listWorkflowRunIds } from '../github/runs.js'
import type { Artifact } from '../github/types.js'
import { formatCount } from '../report/format.js'
import { progressClock } from '../report/progress.js'
import { type Criteria, selectArtifacts, type Selection } from '../select.js'
import type { Settings } from '../settings.js'

/** What a search of the repository found. */
export interface Found extends Selection {
  /** Every artifact the listing returned (before filtering). */
  listed: Artifact[]
  /** Listing pages requested. */
  pages: number
}

type Purpose = 'list' | 'download' | 'prune'

/** Milliseconds between progress lines of a long listing. */
const PROGRESS_EVERY_MS = 5000

/** The repository as `owner/name`, for messages. */
export function repositoryOf(settings: Settings): string {
  return `${settings.owner}/${settings.repo}`
}

/**
 * Resolves the inputs that need the API (workflow runs, pull request) into criteria, without
 * listing anything yet.
 */
export async function resolveCriteria(
  client: Client,
  settings: Settings,
  purpose: Purpose
): Promise<Criteria> {
  const criteria: Criteria = {
    names: settings.names,
    patterns: settings.patterns,
    artifactIds: settings.artifactIds,
    runId: settings.runId,
    branch: settings.branch,
    commit: settings.commit,
    olderThan: settings.olderThan,
    newerThan: settings.newerThan,
    keepLatest: settings.keepLatest,
    limit: settings.limit,
    limitFrom: purpose === 'prune' ? 'oldest' : 'newest',
    excludeExpired: purpose === 'download',
    excludeForks: purpose === 'download' && !settings.allowForks,
    // Explicit ids are taken as given; otherwise a download without run-id is the cross-workflow
    // fetch: the newest of each name.
    newestPerName:
      purpose === 'download' && settings.runId === undefined && settings.artifactIds.length === 0
  }
  const repository = repositoryOf(settings)
  if (settings.pr !== undefined) {
    const pull = await getPullHead(client, settings.owner, settings.repo, settings.pr).catch(
      rethrowApiError({
        repository,
        permission: 'pull-requests: read',
        action: `read pull request #${settings.pr}`
      })
    )
    core.info(`Pull request #${settings.pr}: head ${pull.ref} at ${pull.sha.slice(0, 7)}`)
    if (purpose === 'download') {
      criteria.commit = pull.sha
    } else {
      criteria.branch = pull.ref
      criteria.headRepositoryId = pull.repositoryId
    }
  }
  if (settings.workflow !== undefined) {
    const runIds = await listWorkflowRunIds(client, {
      owner: settings.owner,
      repo: settings.repo,
      workflow: settings.workflow,
      conclusion: settings.workflowConclusion,
      event: settings.event,
      branch: criteria.branch,
      // A full sha lets the server narrow the runs; a prefix is matched on the client.
      headSha: criteria.commit?.length === 40 ? criteria.commit : undefined
    }).catch(
      rethrowApiError({
        repository,
        permission: 'actions: read',
        action: `list the runs of workflow '${settings.workflow}'`
      })
    )
    core.info(`Workflow ${settings.workflow}: ${runIds.size} matching run(s)`)
    criteria.runIds = runIds
  }
  return criteria
}

/**
 * Lists every artifact of the repository (or of `run-id`) and selects from the complete listing.
 * With exactly one name the server is asked to filter too; the client filters anyway, since old
 * Enterprise Servers ignore `?name=`.
 */
export async function findArtifacts(
  client: Client,
  settings: Settings,
  purpose: Purpose
): Promise<Found> {
  const criteria = await resolveCriteria(client, settings, purpose)
  if (criteria.runIds !== undefined && criteria.runIds.size === 0) {
    return { listed: [], pages: 0, selected: [], kept: [], forks: [], overLimit: [] }
  }
  const progressDue = progressClock(PROGRESS_EVERY_MS)
  const { artifacts, pages } = await listArtifacts(client, {
    owner: settings.owner,
    repo: settings.repo,
    runId: settings.runId,
    name: settings.names.length === 1 ? settings.names[0] : undefined,
    onPage: (read, total) => {
      if (!progressDue()) return
      core.info(
        `Listing artifacts: ${formatCount(read)}${total ? ` of ${formatCount(total)}` : ''} read`
      )
    }
  }).catch(
    rethrowApiError({
      repository: repositoryOf(settings),
      permission: 'actions: read',
      action:
        settings.runId === undefined
          ? 'list artifacts'
          : `list the artifacts of run ${settings.runId}`
    })
  )
  core.info(
    `Listed ${artifacts.length} artifact(s) of ${repositoryOf(settings)}${settings.runId !== undefined ? ` run ${settings.runId}` : ''} in ${pages} request(s)`
  )
  return { ...selectArtifacts(artifacts, criteria), listed: artifacts, pages }
}

/**
 * Applies `if-no-artifact-found` to an empty selection: throws for `fail`, warns for `warn`.
 * The message names what does exist, so a typo is easy to see.
 */
export async function reportNothingFound(
  client: Client,
  settings: Settings,
  found: Found
): Promise<void> {
  let listed = found.listed
  if (listed.length === 0 && settings.names.length === 1 && settings.runId === undefined) {
    // The server filtered by the name that matched nothing; one page without it shows what is
    // there. Only on this failure path, and only when it costs a single request.
    listed = await listArtifactsPage(client, settings.owner, settings.repo).catch(() => [])
  }
  const names = [...new Set(listed.map(a => a.name))].sort()
  const shown = names.slice(0, 20).map(n => `'${n}'`)
  const existing =
    names.length === 0
      ? 'The listing was empty.'
      : `Names that exist: ${shown.join(', ')}${names.length > shown.length ? ` and ${names.length - shown.length} more` : ''}.`
  const message = `No artifact matched the selection in ${repositoryOf(settings)}. ${existing}`
  if (settings.ifNoArtifactFound === 'fail') throw new Error(message)
  if (settings.ifNoArtifactFound === 'warn') core.warning(message)
  else core.info(message)
}
