import * as core from '@actions/core'
import * as path from 'node:path'
import { describeApiError, httpStatus, messageOf, rethrowApiError } from '../errors.js'
import { deleteArtifact, getDownloadUrl } from '../github/artifacts.js'
import type { Client } from '../github/client.js'
import type { Artifact } from '../github/types.js'
import { extractZip, isZipFile } from '../download/extract.js'
import {
  createStaging,
  placeFile,
  placeTree,
  removeStaging,
  removeStagingOnExit
} from '../download/place.js'
import { transferToFile } from '../download/transfer.js'
import { mapPool } from '../pool.js'
import { formatBytes, formatSeconds } from '../report/format.js'
import { progressClock } from '../report/progress.js'
import {
  describeFailures,
  type OperationResult,
  type ReportedArtifact,
  toReported,
  totalBytes
} from '../report/result.js'
import type { Settings } from '../settings.js'
import { findArtifacts, reportNothingFound, repositoryOf } from './find.js'

/** How transfers run; the defaults are the action's, tests shorten the waits. */
export interface DownloadOptions {
  /** Transfers at once. */
  concurrency?: number
  /** Attempts per archive. */
  attempts?: number
  /** Milliseconds without a byte before an attempt is given up. */
  stallMs?: number
  /** Backoff before the second attempt. */
  backoffMs?: number
  /** Milliseconds between progress lines of one transfer. */
  progressEveryMs?: number
}

export const DOWNLOAD_CONCURRENCY = 4

/** The artifact expired (410 from the download endpoint). */
class ExpiredError extends Error {}

/**
 * Whether artifacts go into `path` itself rather than `path/<name>/`: one artifact chosen by exact
 * name, or all of them with merge-multiple, as actions/download-artifact does.
 */
function intoPathItself(settings: Settings): boolean {
  return settings.names.length === 1 || settings.mergeMultiple
}

/** Where an artifact goes. */
function targetOf(settings: Settings, artifact: Artifact): string {
  return intoPathItself(settings) ? settings.path : path.join(settings.path, artifact.name)
}

/**
 * An artifact name becomes a directory or file name under `path` (`path/<name>/`,
 * `<name>.zip`, or the file of an artifact uploaded unarchived). GitHub refuses such names at
 * upload, but a listing is data from elsewhere: one that is not a plain path segment could write
 * outside the destination, so it is refused.
 */
function checkNameIsSegment(name: string, use: string): void {
  if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name) || name.includes('\0')) {
    throw new Error(
      `Artifact name '${name}' cannot be used as ${use} under 'path': it is not a plain file name.`
    )
  }
}

function describeDigest(artifact: Artifact, sha256: string): ReportedArtifact['digest_check'] {
  if (!artifact.digest) return 'absent'
  return artifact.digest.toLowerCase() === `sha256:${sha256}` ? 'match' : 'mismatch'
}

interface Context {
  client: Client
  settings: Settings
  options: DownloadOptions
  /** Set once the log has said that digests are missing. */
  saidNoDigest: boolean
}

/** One artifact's download, and whether the server had expired it meanwhile (410). */
interface Outcome {
  reported: ReportedArtifact
  expired: boolean
}

async function downloadOne(context: Context, artifact: Artifact): Promise<Outcome> {
  const { client, settings, options } = context
  const reported = toReported(artifact)
  const label = `'${artifact.name}' (id ${artifact.id})`
  const details: string[] = []
  const started = Date.now()
  let expired = false
  const root = settings.path
  const staging = await createStaging(root)
  try {
    const archive = path.join(staging, 'archive')
    const progressDue = progressClock(options.progressEveryMs ?? 5000)
    const transfer = await transferToFile({
      file: archive,
      attempts: options.attempts,
      stallMs: options.stallMs,
      backoffMs: options.backoffMs,
      getUrl: () =>
        getDownloadUrl(client, settings.owner, settings.repo, artifact.id).catch(
          (error: unknown) => {
            if (httpStatus(error) === 410) throw new ExpiredError('expired (410 Gone)')
            return rethrowApiError({
              repository: repositoryOf(settings),
              permission: 'actions: read',
              action: `get the download URL of artifact ${label}`
            })(error)
          }
        ),
      onRetry: (attempt, reason) => core.info(`${label}: retrying (attempt ${attempt}): ${reason}`),
      onProgress: (received, total) => {
        if (!progressDue()) return
        const rate = received / Math.max(0.001, (Date.now() - started) / 1000)
        const percent = total ? ` (${Math.floor((received / total) * 100)}%)` : ''
        core.info(
          `${label}: ${formatBytes(received)}${total ? ` of ${formatBytes(total)}` : ''}${percent}, ${formatBytes(rate)}/s`
        )
      }
    })
    reported.sha256 = transfer.sha256
    reported.digest_check = describeDigest(artifact, transfer.sha256)
    details.push(
      `Fetched ${formatBytes(transfer.bytes)} from ${transfer.source} in ${formatSeconds(Date.now() - started)} (${transfer.attempts} attempt(s))`,
      `sha256 ${transfer.sha256}`
    )

    if (reported.digest_check === 'absent') {
      if (!context.saidNoDigest) {
        context.saidNoDigest = true
        core.info(
          'The server gives no digest for some artifacts (older artifacts, or GitHub Enterprise Server): their integrity cannot be checked; the computed sha256 is in the artifacts output.'
        )
      }
    } else if (reported.digest_check === 'mismatch') {
      const message = `Digest mismatch for ${label}: the server says ${artifact.digest}, the archive received has sha256:${transfer.sha256}`
      if (settings.digestMismatch === 'error') throw new Error(message)
      if (settings.digestMismatch === 'warn') core.warning(message)
      if (settings.digestMismatch === 'info') core.info(message)
    } else {
      details.push('Digest verified')
    }

    const target = targetOf(settings, artifact)
    const zip = await isZipFile(archive)
    if (settings.skipDecompress || !zip) {
      // Kept as downloaded: a zip under the artifact's name, or an artifact uploaded unarchived
      // saved as the single file it is.
      checkNameIsSegment(artifact.name, 'a file name')
      const file = path.join(target, zip ? `${artifact.name}.zip` : artifact.name)
      await placeFile(root, archive, file)
      reported.path = file
      details.push(`Saved ${zip ? 'the archive' : 'the file (not a zip)'} as ${file}`)
    } else {
      const unpacking = Date.now()
      const unpacked = path.join(staging, 'out')
      const extracted = await extractZip(archive, unpacked)
      await placeTree(root, unpacked, target)
      reported.path = target
      details.push(
        `Unpacked ${extracted.files} file(s), ${formatBytes(extracted.bytes)}, into ${target} in ${formatSeconds(Date.now() - unpacking)}`
      )
    }
    reported.seconds = (Date.now() - started) / 1000

    if (settings.deleteAfter) {
      await deleteArtifact(client, settings.owner, settings.repo, artifact.id).catch(
        (error: unknown) => {
          if (httpStatus(error) === 404) return
          throw new Error(
            `downloaded to ${reported.path}, but not deleted: ${describeApiError(error, {
              repository: repositoryOf(settings),
              permission: 'actions: write',
              action: `delete artifact ${label}`
            })}`
          )
        }
      )
      reported.deleted = true
      details.push('Deleted from the repository (delete-after)')
    }
  } catch (error) {
    expired = error instanceof ExpiredError
    reported.error = messageOf(error)
    reported.seconds ??= (Date.now() - started) / 1000
    details.push(`Failed: ${reported.error}`)
  } finally {
    await removeStaging(staging)
  }
  core.startGroup(
    `${reported.error === undefined ? 'Downloaded' : 'Failed'} ${label}, ${formatBytes(artifact.size_in_bytes)}, in ${formatSeconds((reported.seconds ?? 0) * 1000)}`
  )
  for (const line of details) core.info(line)
  core.endGroup()
  return { reported, expired }
}

/**
 * Downloads the selection: with `run-id` that run's artifacts, otherwise the newest non-expired
 * artifact of each matching name (the cross-workflow fetch). Each archive is streamed to a
 * staging directory inside `path`, hashed, checked against its digest, unpacked there, and only
 * then moved into place.
 */
export async function downloadOperation(
  client: Client,
  settings: Settings,
  options: DownloadOptions = {}
): Promise<OperationResult> {
  const found = await findArtifacts(client, settings, 'download')
  if (found.forks.length > 0) {
    core.warning(
      `Skipped ${found.forks.length} artifact(s) made by runs from forks (${found.forks
        .slice(0, 10)
        .map(a => `'${a.name}' id ${a.id}`)
        .join(
          ', '
        )}): anyone who opens a pull request can write those. Set 'allow-forks: true' to take them.`
    )
  }
  const result: OperationResult = {
    operation: 'download',
    artifacts: [],
    downloadPath: settings.path,
    kept: found.kept,
    notes: []
  }
  if (found.selected.length === 0) {
    await reportNothingFound(client, settings, found)
    return result
  }
  // Checked before anything is downloaded where the name is known to become a path.
  const separate = !intoPathItself(settings)
  if (separate || settings.skipDecompress) {
    for (const artifact of found.selected) {
      checkNameIsSegment(artifact.name, separate ? 'a directory' : 'a file name')
    }
  }
  if (separate) {
    // Two artifacts of one name (artifact-ids from different runs) would overwrite each other.
    const byName = new Map<string, number>()
    for (const artifact of found.selected) {
      const other = byName.get(artifact.name)
      if (other !== undefined) {
        throw new Error(
          `Artifacts ${other} and ${artifact.id} are both named '${artifact.name}' and would unpack into the same directory ${path.join(settings.path, artifact.name)}. Select one, or set 'merge-multiple: true' to put them together on purpose.`
        )
      }
      byName.set(artifact.name, artifact.id)
    }
  }

  const context: Context = { client, settings, options, saidNoDigest: false }
  const concurrency = options.concurrency ?? DOWNLOAD_CONCURRENCY
  core.info(
    `Downloading ${found.selected.length} artifact(s), ${formatBytes(totalBytes(found.selected))}, to ${settings.path} (${Math.min(concurrency, found.selected.length)} at a time)`
  )
  const stopCleanUp = removeStagingOnExit()
  const outcomes = await mapPool(found.selected, concurrency, artifact =>
    downloadOne(context, artifact)
  ).finally(stopCleanUp)

  const expired = outcomes.filter(o => o.expired).map(o => o.reported)
  result.artifacts = outcomes.filter(o => !o.expired).map(o => o.reported)
  if (expired.length > 0) {
    core.warning(
      `Skipped ${expired.length} artifact(s) that expired since they were listed: ${expired.map(a => `'${a.name}' id ${a.id}`).join(', ')}`
    )
    if (result.artifacts.length === 0) {
      await reportNothingFound(client, settings, { ...found, selected: [] })
      return result
    }
  }
  const failed = result.artifacts.filter(a => a.error !== undefined)
  if (failed.length > 0) {
    result.failure = `${failed.length} of ${result.artifacts.length} artifact(s) failed to download: ${describeFailures(failed)}`
  }
  return result
}
