import * as core from '@actions/core'
import { describeApiError, explainApiError, httpStatus, isRateLimitError } from '../errors.js'
import { deleteArtifact } from '../github/artifacts.js'
import type { Client, RateState } from '../github/client.js'
import type { Artifact } from '../github/types.js'
import { formatBytes, formatCount, formatInstant } from '../report/format.js'
import { progressClock } from '../report/progress.js'
import {
  describeFailures,
  type OperationResult,
  type ReportedArtifact,
  toReported,
  totalBytes
} from '../report/result.js'
import type { RateLimitReserve, Settings } from '../settings.js'
import { findArtifacts, reportNothingFound, repositoryOf } from './find.js'

/** Requests left in the hour that prune must not spend, or undefined where none is known. */
export function reserveOf(reserve: RateLimitReserve, rate: RateState): number | undefined {
  if (rate.limit === undefined || rate.remaining === undefined) return undefined
  return reserve.kind === 'percent' ? Math.ceil((rate.limit * reserve.value) / 100) : reserve.value
}

/** Why the loop stopped early, if it did. */
type Stop =
  | { kind: 'budget'; resetAt?: Date }
  | { kind: 'rate-limited'; resetAt?: Date }
  | { kind: 'permission'; message: string }
  | { kind: 'cancelled' }

/**
 * Deletes the selection, oldest first, one artifact at a time by id, paced and within the rate
 * budget. The whole listing is read and the selection computed before the first DELETE, so a
 * later run recomputes it from scratch and carries on where this one stopped.
 */
export async function pruneOperation(
  client: Client,
  settings: Settings,
  signal?: AbortSignal
): Promise<OperationResult> {
  const found = await findArtifacts(client, settings, 'prune')
  const prune: NonNullable<OperationResult['prune']> = {
    deletedCount: 0,
    deletedBytes: 0,
    remainingCount: found.overLimit.length,
    failedCount: 0,
    dryRun: settings.dryRun
  }
  const result: OperationResult = {
    operation: 'prune',
    artifacts: [],
    kept: found.kept,
    notes: [],
    prune
  }
  if (found.selected.length === 0) {
    await reportNothingFound(client, settings, found)
    return result
  }

  // Oldest first: a budget or a cancellation that stops the run leaves the newest in place.
  const queue = [...found.selected].reverse()
  const reported: ReportedArtifact[] = queue.map(artifact => ({
    ...toReported(artifact),
    deleted: false
  }))
  result.artifacts = reported
  const selectedBytes = totalBytes(queue)

  if (settings.dryRun) {
    // Nothing is left over by a dry run itself: only what limit would leave for a later run.
    result.notes.push(
      `Dry run: ${formatCount(queue.length)} artifact(s), ${formatBytes(selectedBytes)}, would be deleted; nothing was.`
    )
    core.info(result.notes[0])
    return result
  }

  core.info(
    `Deleting ${formatCount(queue.length)} artifact(s), ${formatBytes(selectedBytes)}, oldest first, one at a time`
  )
  let stop: Stop | undefined
  const progressDue = progressClock(10_000)
  for (let i = 0; i < queue.length && stop === undefined; i++) {
    if (signal?.aborted) {
      stop = { kind: 'cancelled' }
      break
    }
    const reserve = reserveOf(settings.rateLimitReserve, client.rate)
    if (reserve !== undefined && (client.rate.remaining ?? 0) <= reserve) {
      stop = { kind: 'budget', resetAt: client.rate.resetAt }
      break
    }
    const artifact: Artifact = queue[i]
    const entry = reported[i]
    try {
      await deleteArtifact(client, settings.owner, settings.repo, artifact.id)
      entry.deleted = true
    } catch (error) {
      if (httpStatus(error) === 404) {
        // Already gone (expired and cleaned up, or deleted by another run): what we wanted.
        entry.deleted = true
      } else if (isRateLimitError(error)) {
        stop = { kind: 'rate-limited', resetAt: client.rate.resetAt }
      } else if (httpStatus(error) === 403) {
        stop = {
          kind: 'permission',
          message: describeApiError(error, {
            repository: repositoryOf(settings),
            permission: 'actions: write',
            action: `delete artifact '${artifact.name}' (id ${artifact.id})`
          })
        }
      } else {
        entry.error = explainApiError(error, { permission: 'actions: write' })
        prune.failedCount++
        core.warning(`Could not delete '${artifact.name}' (id ${artifact.id}): ${entry.error}`)
      }
    }
    if (entry.deleted) {
      prune.deletedCount++
      prune.deletedBytes += artifact.size_in_bytes
    }
    if (progressDue()) {
      core.info(
        `Deleted ${formatCount(prune.deletedCount)} of ${formatCount(queue.length)} (${formatBytes(prune.deletedBytes)} freed)`
      )
    }
  }

  prune.remainingCount = queue.length - prune.deletedCount + found.overLimit.length
  const left = queue.length - prune.deletedCount - prune.failedCount
  const later = (resetAt?: Date): string =>
    resetAt
      ? `run again after ${formatInstant(resetAt)} to delete the remaining ${formatCount(left)}`
      : `run again later to delete the remaining ${formatCount(left)}`
  switch (stop?.kind) {
    case 'budget':
      result.notes.push(
        `Stopped to leave ${formatCount(reserveOf(settings.rateLimitReserve, client.rate) ?? 0)} of ${formatCount(client.rate.limit ?? 0)} hourly API requests to the repository's other workflows (rate-limit-reserve): ${later(stop.resetAt)}.`
      )
      core.warning(result.notes[result.notes.length - 1])
      break
    case 'rate-limited':
      result.notes.push(`Stopped by GitHub's rate limit: ${later(stop.resetAt)}.`)
      core.warning(result.notes[result.notes.length - 1])
      break
    case 'cancelled':
      result.notes.push(
        `Cancelled: stopped after deleting ${formatCount(prune.deletedCount)} of ${formatCount(queue.length)}.`
      )
      result.failure = result.notes[result.notes.length - 1]
      break
    case 'permission':
      result.notes.push(stop.message)
      result.failure = stop.message
      break
  }
  if (found.overLimit.length > 0) {
    result.notes.push(
      `${formatCount(found.overLimit.length)} more matching artifact(s) were left for a later run by 'limit'.`
    )
  }
  if (prune.failedCount > 0 && result.failure === undefined) {
    result.failure = `${prune.failedCount} of ${queue.length} deletion(s) failed: ${describeFailures(reported)}`
  }
  core.info(
    `Deleted ${formatCount(prune.deletedCount)} artifact(s), ${formatBytes(prune.deletedBytes)} freed; ${formatCount(prune.remainingCount)} remaining.`
  )
  return result
}
