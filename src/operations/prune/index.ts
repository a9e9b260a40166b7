import { findArtifacts } from '../../core/find.js'
import { repositoryOf } from '../../core/query.js'
import { deleteArtifact } from '../../github/artifacts.js'
import type { RateState } from '../../github/client.js'
import { ApiError } from '../../github/errors.js'
import { listTaggedCommits } from '../../github/refs.js'
import type { Artifact } from '../../github/types.js'
import { formatBytes, formatCount, formatInstant } from '../../shared/format.js'
import {
  describeFailures,
  type Report,
  type ReportedArtifact,
  toReported
} from '../../report/report.js'
import { Outputs } from '../../settings/inputs.js'
import { describeSelection } from '../../settings/selection.js'
import { totalBytes } from '../../shared/bytes.js'
import { messageOf } from '../../shared/errors.js'
import { progressClock } from '../../shared/progress.js'
import type { OperationContext } from '../context.js'
import { type PruneOperationSettings, type RateLimitReserve, reserveOf } from './settings.js'
import { type PruneCounts, pruneSummary } from './summary.js'

/** What a prune did, besides the artifacts output. */
export type PruneReport = Report & { prune: PruneCounts; kept: Artifact[] }

/** Why the loop stopped early, if it did. */
type Stop =
  | { kind: 'budget'; reserve: number; limit: number; resetAt?: Date }
  | { kind: 'rate-limited'; resetAt?: Date }
  | { kind: 'permission'; message: string }
  | { kind: 'cancelled' }

/** When what is left of the hour is within the reserve. */
function budgetStop(reserve: RateLimitReserve, rate: RateState): Stop | undefined {
  if (rate.limit === undefined || rate.remaining === undefined) return undefined
  const kept = reserveOf(reserve, rate.limit)
  if (rate.remaining > kept) return undefined
  return { kind: 'budget', reserve: kept, limit: rate.limit, resetAt: rate.resetAt }
}

/** What a failed deletion means: done (404), a stop, or a failure of this artifact alone. */
function classifyDeleteError(error: unknown, signal: AbortSignal): Stop | 'gone' | 'failed' {
  if (signal.aborted) return { kind: 'cancelled' }
  // Already gone: what we wanted.
  if (ApiError.hasStatus(error, 404)) return 'gone'
  if (error instanceof ApiError && error.rateLimited) {
    return { kind: 'rate-limited', resetAt: error.resetAt }
  }
  if (error instanceof ApiError && error.status === 403) {
    return { kind: 'permission', message: error.message }
  }
  return 'failed'
}

/** The action's defaults; tests shorten them. */
export interface PruneOptions {
  /** Milliseconds between progress lines while deleting. */
  progressEveryMs?: number
}

/** Oldest first, one at a time, within the rate budget; a later run carries on from here. */
export async function runPrune(
  { client, log, signal }: OperationContext,
  settings: PruneOperationSettings,
  options: PruneOptions = {}
): Promise<PruneReport> {
  const { dryRun, rateLimitReserve, keepTagged } = settings.prune
  let keepCommits: ReadonlySet<string> | undefined
  if (keepTagged) {
    const tagged = await listTaggedCommits(client, settings.owner, settings.repo)
    log.info(
      `keep-tagged: ${formatCount(tagged.tags)} tag(s) on ${formatCount(tagged.commits.size)} commit(s) of ${repositoryOf(settings)}, read in ${tagged.requests} request(s)`
    )
    keepCommits = tagged.commits
  }
  const {
    found,
    empty,
    failure: nothingFound
  } = await findArtifacts({ client, log }, settings, {
    pullRequestMeans: 'branch',
    limitFrom: 'oldest',
    keepCommits
  })
  const prune: PruneCounts = {
    deletedCount: 0,
    deletedBytes: 0,
    remainingCount: 0,
    failedCount: 0,
    dryRun
  }
  // What the selection left alone, logged by listAndSelect, heads the summary too.
  const notes = [...found.notes]
  if (found.tagged.length > 0) {
    log.info(
      `keep-tagged: spared ${formatCount(found.tagged.length)} artifact(s) of tagged commits (or of runs whose commit is not given), ${formatBytes(totalBytes(found.tagged))}`
    )
  }
  // Left by limit for a later run: reported, never deleted here.
  const leftByLimit = new Set(found.overLimit.map(a => a.id))
  const finish = (artifacts: ReportedArtifact[], failure?: string): PruneReport => {
    // count = deleted-count + remaining-count, whatever stopped the run.
    prune.remainingCount = artifacts.length - prune.deletedCount
    return {
      artifacts,
      outputs: {
        [Outputs.DeletedCount]: prune.deletedCount,
        [Outputs.DeletedBytes]: prune.deletedBytes,
        [Outputs.RemainingCount]: prune.remainingCount
      },
      summary: pruneSummary(artifacts, prune, {
        spared: found.spared,
        tagged: found.tagged,
        notes,
        leftByLimit,
        selection: describeSelection('prune', repositoryOf(settings), settings.selection)
      }),
      failure,
      prune,
      kept: found.kept
    }
  }
  if (empty) {
    if (nothingFound !== undefined) notes.push(nothingFound)
    return finish([], nothingFound)
  }

  // Oldest first: a stop leaves the newest in place. What limit leaves is newer still.
  const queue = [...found.selected].reverse()
  const reported: ReportedArtifact[] = [...queue, ...[...found.overLimit].reverse()].map(
    artifact => ({ ...toReported(artifact), deleted: false })
  )
  const selectedBytes = totalBytes(queue)

  if (dryRun) {
    notes.push(
      `Dry run: ${formatCount(queue.length)} artifact(s), ${formatBytes(selectedBytes)}, would be deleted; nothing was.`
    )
    log.info(notes[notes.length - 1])
    return finish(reported)
  }

  log.info(
    `Deleting ${formatCount(queue.length)} artifact(s), ${formatBytes(selectedBytes)}, oldest first, one at a time`
  )
  let stop: Stop | undefined
  const progressDue = progressClock(options.progressEveryMs ?? 10_000)
  for (let i = 0; i < queue.length && stop === undefined; i++) {
    stop = signal.aborted ? { kind: 'cancelled' } : budgetStop(rateLimitReserve, client.rate)
    if (stop !== undefined) break
    const artifact = queue[i]
    const entry = reported[i]
    try {
      await deleteArtifact(client, settings.owner, settings.repo, artifact)
      entry.deleted = true
    } catch (error) {
      const outcome = classifyDeleteError(error, signal)
      if (outcome === 'gone') {
        entry.deleted = true
      } else if (outcome === 'failed') {
        entry.error = error instanceof ApiError ? error.reason : messageOf(error)
        prune.failedCount++
        log.warn(`Could not delete '${artifact.name}' (id ${artifact.id}): ${entry.error}`)
      } else {
        stop = outcome
      }
    }
    if (entry.deleted) {
      prune.deletedCount++
      prune.deletedBytes += artifact.size_in_bytes
    }
    if (progressDue()) {
      log.info(
        `Deleted ${formatCount(prune.deletedCount)} of ${formatCount(queue.length)} (${formatBytes(prune.deletedBytes)} freed)`
      )
    }
  }

  const left = queue.length - prune.deletedCount - prune.failedCount
  const later = (resetAt?: Date): string =>
    resetAt
      ? `run again after ${formatInstant(resetAt)} to delete the remaining ${formatCount(left)}`
      : `run again later to delete the remaining ${formatCount(left)}`
  let failure: string | undefined
  switch (stop?.kind) {
    case 'budget':
      notes.push(
        `Stopped to leave ${formatCount(stop.reserve)} of ${formatCount(stop.limit)} hourly API requests to the repository's other workflows (rate-limit-reserve): ${later(stop.resetAt)}.`
      )
      log.warn(notes[notes.length - 1])
      break
    case 'rate-limited':
      notes.push(`Stopped by GitHub's rate limit: ${later(stop.resetAt ?? client.rate.resetAt)}.`)
      log.warn(notes[notes.length - 1])
      break
    case 'cancelled':
      failure = `Cancelled: stopped after deleting ${formatCount(prune.deletedCount)} of ${formatCount(queue.length)}.`
      notes.push(failure)
      break
    case 'permission':
      failure = stop.message
      notes.push(failure)
      break
  }
  if (found.overLimit.length > 0) {
    notes.push(
      `${formatCount(found.overLimit.length)} more matching artifact(s) were left for a later run by 'limit'.`
    )
  }
  if (prune.failedCount > 0 && failure === undefined) {
    failure = `${prune.failedCount} of ${queue.length} deletion(s) failed: ${describeFailures(reported)}`
  }
  const report = finish(reported, failure)
  log.info(
    `Deleted ${formatCount(prune.deletedCount)} artifact(s), ${formatBytes(prune.deletedBytes)} freed; ${formatCount(prune.remainingCount)} remaining.`
  )
  return report
}
