import { formatBytes, formatCount } from '../../report/format.js'
import type { ReportedArtifact, SummaryParts } from '../../report/report.js'
import { ARTIFACT_COLUMNS, artifactCells } from '../../report/summary.js'
import { totalBytes } from '../../shared/bytes.js'

export function listSummary(artifacts: ReportedArtifact[], kept: number): SummaryParts {
  const selected = `${formatCount(artifacts.length)} artifact(s) selected, ${formatBytes(totalBytes(artifacts))}`
  return {
    title: 'Artifacts',
    totals: kept > 0 ? `${selected}; ${formatCount(kept)} kept by keep-latest.` : `${selected}.`,
    notes: [],
    table: { columns: ARTIFACT_COLUMNS, rows: artifacts.map(artifactCells) }
  }
}
