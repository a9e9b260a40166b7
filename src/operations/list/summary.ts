import { formatBytes, formatCount } from '../../shared/format.js'
import type { ReportedArtifact, SummaryParts } from '../../report/report.js'
import {
  ARTIFACT_COLUMNS,
  artifactCells,
  overviewByName,
  storageByName
} from '../../report/summary.js'
import { totalBytes } from '../../shared/bytes.js'

export function listSummary(
  artifacts: ReportedArtifact[],
  kept: number,
  selection?: string
): SummaryParts {
  const expired = artifacts.filter(a => a.expired).length
  const totals = [
    `${formatCount(artifacts.length)} artifact(s), ${formatBytes(totalBytes(artifacts))}`,
    ...(expired > 0 ? [`${formatCount(expired)} expired`] : []),
    ...(kept > 0 ? [`${formatCount(kept)} kept out by keep-latest`] : [])
  ].join(' · ')
  return {
    title: 'Artifacts',
    totals,
    selection,
    notes: [],
    overview: overviewByName(artifacts),
    chart: storageByName(artifacts),
    table: { columns: ARTIFACT_COLUMNS, rows: artifacts.map(artifactCells) }
  }
}
