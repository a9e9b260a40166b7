import { formatBytes, formatCount, formatSeconds } from '../../report/format.js'
import type { ReportedArtifact, SummaryParts } from '../../report/report.js'
import { ARTIFACT_COLUMNS, artifactCells } from '../../report/summary.js'
import { totalBytes } from '../../shared/bytes.js'

export function downloadSummary(artifacts: ReportedArtifact[]): SummaryParts {
  return {
    title: 'Artifacts downloaded',
    totals: `${formatCount(artifacts.length)} artifact(s) selected, ${formatBytes(totalBytes(artifacts))}.`,
    notes: [],
    table: {
      columns: [...ARTIFACT_COLUMNS, 'Digest', 'Time', 'Rate'],
      rows: artifacts.map(a => {
        const seconds = a.seconds ?? 0
        return [
          ...artifactCells(a),
          a.error !== undefined ? `failed: ${a.error}` : (a.digest_check ?? '—'),
          a.seconds !== undefined ? formatSeconds(seconds * 1000) : '—',
          seconds > 0 ? `${formatBytes(a.size_in_bytes / seconds)}/s` : '—'
        ]
      })
    }
  }
}
