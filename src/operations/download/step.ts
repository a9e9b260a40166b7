import * as path from 'node:path'
import { statfs } from 'node:fs/promises'
import { isDotGit } from '../../archive/names.js'
import { describeNameForPlatform, type Platform } from '../../archive/platform-names.js'
import { UnsafeArchiveError } from '../../archive/unpack.js'
import { createStaging, placeFile, placeTree, removeStaging } from '../../archive/place.js'
import { deleteArtifact, getDownloadUrl } from '../../github/artifacts.js'
import type { Client } from '../../github/client.js'
import { ApiError } from '../../github/errors.js'
import type { Artifact } from '../../github/types.js'
import { formatBytes, formatSeconds } from '../../shared/format.js'
import { type ReportedArtifact, toReported } from '../../report/report.js'
import { messageOf } from '../../shared/errors.js'
import type { Logger } from '../../shared/logger.js'
import { progressClock } from '../../shared/progress.js'
import { withRetries } from '../../shared/retry.js'
import type { AttestationCheck } from './attestation.js'
import type { Placements } from './placements.js'
import type { DownloadSettings } from './settings.js'
import { ArtifactSink } from './sink.js'
import { ARCHIVE_SIZE_MARGIN, Received, type TransferOptions, transferInto } from './transfer.js'

/** How transfers run; the defaults are the action's, tests shorten the waits. */
export interface DownloadOptions {
  /** Transfers at once. */
  concurrency?: number
  /** Attempts per archive. */
  attempts?: number
  /** Milliseconds without an answer or a byte before an attempt is given up. */
  stallMs?: number
  /** Backoff before the second attempt. */
  backoffMs?: number
  /** Milliseconds between progress lines of one transfer. */
  progressEveryMs?: number
  /** The slowest transfer accepted (see TransferOptions.minRate). */
  minRate?: TransferOptions['minRate']
}

/** What one artifact's download needs besides the artifact. */
export interface StepContext {
  client: Client
  log: Logger
  signal: AbortSignal
  owner: string
  repo: string
  settings: DownloadSettings
  options: DownloadOptions
  /** Where this artifact goes: `path` itself or `path/<name>/`. */
  targetOf: (artifact: Artifact) => string
  /** Says once that digests are missing. */
  noteNoDigest: () => void
  /** Where every artifact of this download is placed, one at a time. */
  placements: Placements
  /** The attestation check, when `attestation` is not `off`. */
  attestation?: AttestationCheck
}

/** One artifact's download, and whether the server had expired (410) or lost (404) it since. */
export interface Outcome {
  reported: ReportedArtifact
  expired: boolean
  /** Deleted since the listing named it (another run pruned it): its download URL answered 404. */
  gone: boolean
}

/** Refuses a name that could leave `path`, name `.git`, not fit the filesystem, or be ill-formed. */
export function checkNameIsSegment(
  name: string,
  use: string,
  platform: Platform = process.platform
): void {
  if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name) || name.includes('\0')) {
    throw new Error(
      `Artifact name '${name}' cannot be used as ${use} under 'path': it is not a plain file name.`
    )
  }
  if (isDotGit(name)) {
    throw new Error(
      `Artifact name '${name}' cannot be used as ${use} under 'path': git would read it as the checkout's own '.git'.`
    )
  }
  if (/\p{Cs}/u.test(name)) {
    throw new Error(
      `Artifact name '${name}' cannot be used as ${use} under 'path': it is not well-formed Unicode (a lone surrogate), and the filesystem would write U+FFFD in its place, as it would for another name.`
    )
  }
  const unfit = describeNameForPlatform(name, platform)
  if (unfit !== undefined) {
    throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': ${unfit}.`)
  }
}

/** Another size than the listing's only with a matching digest: else a proxy's error page is saved. */
function checkReceivedSize(
  artifact: Artifact,
  bytes: number,
  digestCheck: ReportedArtifact['digest_check']
): void {
  if (bytes === artifact.size_in_bytes || digestCheck === 'match') return
  throw new Error(
    `received ${bytes} bytes where the listing says ${artifact.size_in_bytes} (size_in_bytes), and ${digestCheck === 'absent' ? 'there is no digest' : 'the digest does not match'} to vouch for them; not saved`
  )
}

function describeDigest(artifact: Artifact, sha256: string): ReportedArtifact['digest_check'] {
  if (!artifact.digest) return 'absent'
  return artifact.digest.toLowerCase() === `sha256:${sha256}` ? 'match' : 'mismatch'
}

/** Refuses, before its first byte, an artifact larger than the free space at `dir`. */
async function checkFreeSpace(artifact: Artifact, dir: string): Promise<void> {
  const { bavail, bsize } = await statfs(dir)
  const free = bavail * bsize
  if (artifact.size_in_bytes <= free) return
  throw new UnsafeArchiveError(
    `refused: the artifact is ${formatBytes(artifact.size_in_bytes)} (${artifact.size_in_bytes} bytes, size_in_bytes), but only ${formatBytes(free)} (${free} bytes) is free at ${dir}`
  )
}

/**
 * Downloads one artifact in one pass into staging, then checks and places it: nothing lands
 * unless it is complete and verified.
 */
export async function downloadArtifact(context: StepContext, artifact: Artifact): Promise<Outcome> {
  const { client, log, settings, options } = context
  const reported = toReported(artifact)
  const label = `'${artifact.name}' (id ${artifact.id})`
  const details: string[] = []
  const started = Date.now()
  let expired = false
  let gone = false
  const root = settings.path
  const staging = await createStaging(root)
  let sink: ArtifactSink | undefined
  try {
    await checkFreeSpace(artifact, staging)
    const progressDue = progressClock(options.progressEveryMs ?? 5000)
    sink = new ArtifactSink(staging, !settings.skipDecompress)
    const received = new Received(sink)
    const { value: transfer, attempts } = await withRetries(
      {
        attempts: options.attempts ?? 4,
        backoffMs: options.backoffMs ?? 1000,
        signal: context.signal,
        onRetry: (attempt, _wait, reason) =>
          log.info(
            `${label}: retrying (attempt ${attempt}): ${reason}${received.bytes > 0 ? `; resuming from byte ${received.bytes}` : ''}`
          )
      },
      // Signed URLs expire within a minute: a fresh one per attempt.
      async () =>
        transferInto(
          await getDownloadUrl(client, context.owner, context.repo, artifact),
          received,
          {
            stallMs: options.stallMs,
            minRate: options.minRate,
            maxBytes: artifact.size_in_bytes + ARCHIVE_SIZE_MARGIN,
            allowHttp: new URL(client.apiUrl).protocol === 'http:',
            signal: context.signal,
            onRestart: reason => log.info(`${label}: ${reason}`),
            onProgress: (bytes, total) => {
              if (!progressDue()) return
              const rate = bytes / Math.max(0.001, (Date.now() - started) / 1000)
              const percent = total ? ` (${Math.floor((bytes / total) * 100)}%)` : ''
              log.info(
                `${label}: ${formatBytes(bytes)}${total ? ` of ${formatBytes(total)}` : ''}${percent}, ${formatBytes(rate)}/s`
              )
            }
          }
        )
    )
    reported.sha256 = transfer.sha256
    reported.digest_check = describeDigest(artifact, transfer.sha256)
    checkReceivedSize(artifact, transfer.bytes, reported.digest_check)
    details.push(
      `Fetched ${formatBytes(transfer.bytes)} from ${transfer.source} in ${formatSeconds(Date.now() - started)} (${attempts} attempt(s))`,
      `sha256 ${transfer.sha256}`
    )

    if (reported.digest_check === 'absent') {
      context.noteNoDigest()
    } else if (reported.digest_check === 'mismatch') {
      const message = `Digest mismatch for ${label}: the server says ${artifact.digest}, the archive received has sha256:${transfer.sha256}`
      if (settings.digestMismatch === 'error') throw new Error(message)
      if (settings.digestMismatch === 'warn') log.warn(message)
      if (settings.digestMismatch === 'info') log.info(message)
    } else {
      details.push('Digest verified')
    }

    // Who made the bytes, checked against what arrived, before any of them lands.
    if (context.attestation !== undefined) {
      const verified = await context.attestation.verify(transfer.sha256, context.signal)
      reported.attestation = verified
      if (verified === null) {
        log.warn(
          `${label}: no attestation for sha256:${transfer.sha256}; downloaded unverified ('attestation: if-present')`
        )
      } else {
        details.push(
          `Attestation verified: signed by ${verified.signer_workflow}@${verified.ref}${verified.commit ? ` (${verified.commit})` : ''}`
        )
      }
    }

    const arrived = await received.sink.finish()
    const target = context.targetOf(artifact)
    const place = { overwrite: settings.overwrite }
    let placed
    if (arrived.kind === 'file') {
      checkNameIsSegment(artifact.name, 'a file name')
      // An archive kept as it is goes to `path/<name>.zip`, however many there are.
      const file = arrived.zip
        ? path.join(settings.path, `${artifact.name}.zip`)
        : path.join(target, artifact.name)
      placed = await context.placements.place(artifact, () =>
        placeFile(root, arrived.file, file, place)
      )
      reported.path = file
      details.push(`Saved ${arrived.zip ? 'the archive' : 'the file (not a zip)'} as ${file}`)
    } else {
      placed = await context.placements.place(artifact, listFiles =>
        placeTree(root, arrived.dir, target, { ...place, listFiles })
      )
      reported.path = target
      reported.files = arrived.unpacked.files
      details.push(
        `Unpacked ${arrived.unpacked.files} file(s), ${formatBytes(arrived.unpacked.bytes)}, into ${target} as the bytes arrived`
      )
    }
    if (placed.replaced.length > 0) {
      details.push(`Replaced ${placed.replaced.length} file(s) already in the destination`)
    }
    reported.seconds = (Date.now() - started) / 1000

    if (settings.deleteAfter) {
      // Downloaded either way: a failed deletion is reported as such, not as a failed download.
      const failure = await deleteArtifact(client, context.owner, context.repo, artifact).then(
        () => undefined,
        (error: unknown) => (ApiError.hasStatus(error, 404) ? undefined : messageOf(error))
      )
      reported.deleted = failure === undefined
      if (failure === undefined) {
        details.push('Deleted from the repository (delete-after)')
      } else {
        reported.error = `downloaded to ${reported.path}, but not deleted: ${failure}`
        details.push(`Not deleted: ${failure}`)
      }
    }
  } catch (error) {
    // The listing named it a moment ago with this token: a 404 now means it was deleted since.
    expired = ApiError.hasStatus(error, 410)
    gone = ApiError.hasStatus(error, 404)
    reported.error = expired
      ? 'expired (410 Gone)'
      : gone
        ? 'deleted since it was listed (404 Not Found)'
        : messageOf(error)
    reported.seconds ??= (Date.now() - started) / 1000
    details.push(`Failed: ${reported.error}`)
  } finally {
    await sink?.reset().catch(() => undefined)
    await removeStaging(staging)
  }
  const outcome =
    reported.error === undefined
      ? 'Downloaded'
      : reported.deleted === false
        ? 'Downloaded, but not deleted,'
        : 'Failed'
  log.group(
    `${outcome} ${label}, ${formatBytes(artifact.size_in_bytes)}, in ${formatSeconds((reported.seconds ?? 0) * 1000)}`,
    details
  )
  return { reported, expired, gone }
}
