import * as path from 'node:path'
import { findArtifacts } from '../../core/find.js'
import { settleNothingFound } from '../../core/nothing-found.js'
import { repositoryOf } from '../../core/query.js'
import type { Artifact } from '../../github/types.js'
import { formatBytes } from '../../shared/format.js'
import {
  describeFailures,
  type Report,
  type ReportedArtifact,
  toReported
} from '../../report/report.js'
import { Outputs } from '../../settings/inputs.js'
import { describeSelection } from '../../settings/selection.js'
import { totalBytes } from '../../shared/bytes.js'
import { mapPool } from '../../shared/pool.js'
import type { OperationContext } from '../context.js'
import { Placements } from './placements.js'
import type { DownloadOperationSettings } from './settings.js'
import {
  checkNameIsSegment,
  type DownloadOptions,
  downloadArtifact,
  type Outcome,
  type StepContext
} from './step.js'
import { removeStaleStaging } from './stale-staging.js'
import { downloadSummary, failuresOf } from './summary.js'

export type { DownloadOptions } from './step.js'

export const DOWNLOAD_CONCURRENCY = 4

export type DownloadReport = Report & { downloadPath: string }

/** Into `path` itself rather than `path/<name>/`, as actions/download-artifact (v5+) does. */
function intoPathItself(settings: DownloadOperationSettings): boolean {
  const { names, artifactIds } = settings.selection
  return names.length === 1 || artifactIds.length === 1 || settings.download.mergeMultiple
}

/** Refuses, before any transfer, names that would become unsafe paths or collide. */
function checkTargets(settings: DownloadOperationSettings, selected: Artifact[]): void {
  const separate = !intoPathItself(settings)
  if (separate || settings.download.skipDecompress) {
    for (const artifact of selected) {
      checkNameIsSegment(artifact.name, separate ? 'a directory' : 'a file name')
    }
  }
  if (!separate && !settings.download.skipDecompress) return
  // Two artifacts of one name (artifact-ids from different runs) would overwrite each other.
  const byName = new Map<string, number>()
  for (const artifact of selected) {
    const other = byName.get(artifact.name)
    if (other !== undefined) {
      throw new Error(
        settings.download.skipDecompress
          ? `Artifacts ${other} and ${artifact.id} are both named '${artifact.name}' and would be saved as the same file ${path.join(settings.download.path, `${artifact.name}.zip`)}. Select one.`
          : `Artifacts ${other} and ${artifact.id} are both named '${artifact.name}' and would unpack into the same directory ${path.join(settings.download.path, artifact.name)}. Select one, or set 'merge-multiple: true' to put them together on purpose.`
      )
    }
    byName.set(artifact.name, artifact.id)
  }
}

/** Artifacts of one name tried, so a server answering 410 to all is not asked for every one. */
export const TRIES_PER_NAME = 5

/** Downloads the first of `candidates` (newest first) not expired or deleted since the listing. */
async function downloadNewestLeft(
  step: StepContext,
  candidates: Artifact[]
): Promise<{ outcome?: Outcome; skipped: Outcome[] }> {
  const skipped: Outcome[] = []
  for (const [index, candidate] of candidates.entries()) {
    const outcome = await downloadArtifact(step, candidate)
    if (!outcome.expired && !outcome.gone) return { outcome, skipped }
    skipped.push(outcome)
    const next = candidates[index + 1]
    if (next === undefined || step.signal.aborted) break
    step.log.info(
      `'${candidate.name}' (id ${candidate.id}) ${outcome.expired ? 'expired' : 'was deleted'} since it was listed; trying the next newest of that name, id ${next.id}`
    )
  }
  return { skipped }
}

/** Downloads the selection: `run-id`'s artifacts, or the newest of each matching name. */
export async function runDownload(
  { client, log, signal }: OperationContext,
  settings: DownloadOperationSettings,
  options: DownloadOptions = {}
): Promise<DownloadReport> {
  const { selection, download } = settings
  const { found, failure } = await findArtifacts({ client, log }, settings, {
    pullRequestMeans: 'commit',
    limitFrom: 'newest',
    excludeExpired: true,
    // The step's own run made its artifacts with the code running now: nothing more to distrust.
    excludeForks:
      !download.allowForks &&
      !(selection.runId !== undefined && selection.runId === download.ownRunId),
    // Explicit ids as given; otherwise the newest of each name (a re-run may upload one again).
    newestPerName: selection.artifactIds.length === 0
  })
  if (found.forks.length > 0) {
    log.warn(
      `Skipped ${found.forks.length} artifact(s) made by runs from forks (${found.forks
        .slice(0, 10)
        .map(a => `'${a.name}' id ${a.id}`)
        .join(
          ', '
        )}): anyone who opens a pull request can write those. Set 'allow-forks: true' to take them.`
    )
  }
  for (const artifact of found.unknownOrigin) {
    log.warn(
      `Skipped '${artifact.name}' (id ${artifact.id}): neither the listing nor its workflow run says which repository the run came from, so it may be a fork's; it is treated like one. Set 'allow-forks: true' to take it.`
    )
  }
  const finish = (
    artifacts: DownloadReport['artifacts'],
    failure?: string,
    nothingFound?: string
  ): DownloadReport => ({
    artifacts,
    outputs: { [Outputs.DownloadPath]: download.path },
    summary: downloadSummary(artifacts, {
      destination: download.path,
      selection: describeSelection('download', repositoryOf(settings), selection),
      dryRun: download.dryRun,
      nothingFound
    }),
    failure,
    downloadPath: download.path
  })
  // Empty, or all left by limit: 0 (then not a failure).
  if (found.selected.length === 0) return finish([], failure, failure)
  checkTargets(settings, found.selected)
  if (download.dryRun) {
    const note = `Dry run: ${found.selected.length} artifact(s), ${formatBytes(totalBytes(found.selected))}, would be downloaded to ${download.path}; nothing was.`
    log.info(note)
    return finish(found.selected.map(toReported))
  }
  // Sigstore loads only here, so other runs' start stays small; trust roots are read once.
  const attestation =
    download.attestation.mode === 'off'
      ? undefined
      : await import('./attestation.js').then(module =>
          module.createAttestationCheck(client, download.attestation, settings.owner, settings.repo)
        )
  await removeStaleStaging(download.path, log)

  let saidNoDigest = false
  const targetOf = (artifact: Artifact): string =>
    intoPathItself(settings) ? download.path : path.join(download.path, artifact.name)
  const placements = new Placements(
    download.path,
    log,
    process.platform,
    found.selected.map(artifact => targetOf(artifact))
  )
  const concurrency = options.concurrency ?? DOWNLOAD_CONCURRENCY
  log.info(
    `Downloading ${found.selected.length} artifact(s), ${formatBytes(totalBytes(found.selected))}, to ${download.path} (${Math.min(concurrency, found.selected.length)} at a time)`
  )
  const step: StepContext = {
    client,
    log,
    signal,
    owner: settings.owner,
    repo: settings.repo,
    settings: download,
    options,
    targetOf,
    placements,
    attestation,
    noteNoDigest: () => {
      if (saidNoDigest) return
      saidNoDigest = true
      log.info(
        'The server gives no digest for some artifacts (older artifacts, or GitHub Enterprise Server): their integrity cannot be checked; the computed sha256 is in the artifacts output.'
      )
    }
  }
  const results = await mapPool(found.selected, concurrency, artifact =>
    downloadNewestLeft(
      step,
      [artifact, ...found.alternates.filter(a => a.name === artifact.name)].slice(0, TRIES_PER_NAME)
    )
  )

  const skipped = results.flatMap(r => r.skipped)
  const artifacts = results.flatMap(r => (r.outcome === undefined ? [] : [r.outcome.reported]))
  const expired = skipped.filter(o => o.expired).map(o => o.reported)
  const deleted = skipped.filter(o => o.gone).map(o => o.reported)
  const named = (list: ReportedArtifact[]): string =>
    list.map(a => `'${a.name}' id ${a.id}`).join(', ')
  if (expired.length > 0) {
    log.warn(
      `Skipped ${expired.length} artifact(s) that expired since they were listed: ${named(expired)}`
    )
  }
  if (deleted.length > 0) {
    log.warn(
      `Skipped ${deleted.length} artifact(s) deleted since they were listed: ${named(deleted)}`
    )
  }
  if (artifacts.length === 0 && skipped.length > 0) {
    const message = `No artifact matched the selection in ${repositoryOf(settings)} that is still there: ${skipped.map(o => `'${o.reported.name}' (id ${o.reported.id}) ${o.expired ? 'expired' : 'was deleted'} since it was listed`).join('; ')}.`
    const gone = settleNothingFound(message, settings.ifNoArtifactFound, log)
    return finish([], gone, gone)
  }
  if (signal.aborted) {
    const downloaded = artifacts.filter(a => a.error === undefined).length
    return finish(
      artifacts,
      `Cancelled: ${downloaded} of ${found.selected.length} artifact(s) downloaded before the runner cancelled the step.`
    )
  }
  const { failed: broken, undeleted } = failuresOf(artifacts)
  const headlines = [
    ...(broken.length > 0
      ? [
          `${broken.length} of ${artifacts.length} artifact(s) failed to download: ${describeFailures(broken)}`
        ]
      : []),
    ...(undeleted.length > 0
      ? [
          `${undeleted.length} of ${artifacts.length} artifact(s) downloaded, but not deleted: ${describeFailures(undeleted)}`
        ]
      : [])
  ]
  return finish(artifacts, headlines.length > 0 ? headlines.join(' ') : undefined)
}
