import { formatBytes, formatCount, formatSeconds } from '../../shared/format.js'
import type { Cell, ReportedArtifact, SummaryParts } from '../../report/report.js'
import {
  ARTIFACT_COLUMNS,
  artifactCells,
  failureNotes,
  overviewByName,
  storageByName,
  together
} from '../../report/summary.js'
import { totalBytes } from '../../shared/bytes.js'

/** What a download summary says besides the artifacts. */
export interface DownloadSummaryFacts {
  /** The absolute destination. */
  destination: string
  /** The selection asked for, in one line. */
  selection?: string
  /** A dry run: nothing was fetched. */
  dryRun?: boolean
  /** if-no-artifact-found: fail's message. */
  nothingFound?: string
}

/** Failed downloads, and downloads not deleted (delete-after), said as such. */
export function failuresOf(artifacts: readonly ReportedArtifact[]): {
  failed: ReportedArtifact[]
  undeleted: ReportedArtifact[]
} {
  return {
    failed: artifacts.filter(a => a.error !== undefined && a.deleted !== false),
    undeleted: artifacts.filter(a => a.deleted === false)
  }
}

/** The signer workflow, ref and commit an attestation was verified against. */
function describeAttestation(a: ReportedArtifact): Cell {
  if (a.attestation === undefined) return '—'
  if (a.attestation === null) return 'none (not verified)'
  const { signer_workflow, ref, commit } = a.attestation
  return { code: `${signer_workflow}@${ref}${commit ? ` ${commit.slice(0, 12)}` : ''}` }
}

export function downloadSummary(
  artifacts: ReportedArtifact[],
  facts: DownloadSummaryFacts
): SummaryParts {
  const { failed, undeleted } = failuresOf(artifacts)
  const anyFailed = artifacts.some(a => a.error !== undefined)
  const attested = artifacts.some(a => a.attestation !== undefined)
  const fetched = artifacts.filter(a => a.path !== undefined)
  const files = fetched.reduce((sum, a) => sum + (a.files ?? 0), 0)
  const totals = facts.dryRun
    ? `Would download ${formatCount(artifacts.length)} artifact(s), ${formatBytes(totalBytes(artifacts))}, to ${facts.destination}`
    : [
        `Downloaded ${formatCount(fetched.length)} of ${formatCount(artifacts.length)} artifact(s), ${formatBytes(totalBytes(fetched))}, ${formatCount(files)} file(s), to ${facts.destination}`,
        ...(failed.length > 0 ? [`${formatCount(failed.length)} failed`] : []),
        ...(undeleted.length > 0 ? [`${formatCount(undeleted.length)} not deleted`] : [])
      ].join(' · ')
  const title = facts.dryRun
    ? 'Artifacts to download (dry run)'
    : failed.length > 0
      ? `Artifacts downloaded, ${formatCount(failed.length)} failed`
      : 'Artifacts downloaded'
  return {
    title,
    totals,
    selection: facts.selection,
    notes: [
      ...(facts.nothingFound === undefined ? [] : [facts.nothingFound]),
      ...failureNotes(artifacts)
    ],
    overview: overviewByName(artifacts),
    chart: storageByName(artifacts),
    table: {
      // The Failure column only when something failed.
      columns: [
        ...ARTIFACT_COLUMNS,
        'Files',
        'Digest',
        ...(attested ? ['Attestation'] : []),
        'Time',
        'Rate',
        ...(anyFailed ? ['Failure'] : [])
      ],
      rows: artifacts.map(a => {
        const ok = a.error === undefined
        const seconds = a.seconds ?? 0
        return [
          ...artifactCells(a),
          a.files !== undefined ? formatCount(a.files) : '—',
          a.digest_check ?? '—',
          ...(attested ? [describeAttestation(a)] : []),
          a.seconds !== undefined ? together(formatSeconds(seconds * 1000)) : '—',
          ok && seconds > 0 ? together(`${formatBytes(a.size_in_bytes / seconds)}/s`) : '—',
          ...(anyFailed ? [ok ? '' : (a.error ?? '')] : [])
        ]
      })
    }
  }
}
