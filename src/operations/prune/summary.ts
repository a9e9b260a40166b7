import type { Artifact } from '../../github/types.js'
import { formatBytes, formatCount } from '../../report/format.js'
import type { ReportedArtifact, SummaryParts } from '../../report/report.js'
import { ARTIFACT_COLUMNS, artifactCells, formatDay } from '../../report/summary.js'
import { totalBytes } from '../../shared/bytes.js'
import type { PruneCounts } from './index.js'

function resultOf(artifact: ReportedArtifact, dryRun: boolean, leftByLimit: boolean): string {
  if (artifact.error !== undefined) return `failed: ${artifact.error}`
  if (artifact.deleted) return 'deleted'
  if (leftByLimit) return 'left by limit'
  return dryRun ? 'would delete' : 'remaining'
}

export function pruneSummary(
  artifacts: ReportedArtifact[],
  prune: PruneCounts,
  kept: Artifact[],
  notes: string[],
  leftByLimit: ReadonlySet<number> = new Set()
): SummaryParts {
  const bytes = totalBytes(artifacts)
  const wouldGo = artifacts.filter(a => !leftByLimit.has(a.id))
  const verb = prune.dryRun ? 'would be deleted (dry run)' : 'deleted'
  const totals = [
    `${formatCount(artifacts.length)} artifact(s) selected, ${formatBytes(bytes)}.`,
    `${formatCount(prune.dryRun ? wouldGo.length : prune.deletedCount)} ${verb}, ${formatBytes(prune.dryRun ? totalBytes(wouldGo) : prune.deletedBytes)} ${prune.dryRun ? 'would be ' : ''}freed;`,
    `${formatCount(kept.length)} kept by keep-latest;`,
    `${formatCount(prune.remainingCount)} remaining;`,
    `${formatCount(prune.failedCount)} failed.`
  ].join(' ')
  return {
    title: prune.dryRun ? 'Artifacts pruned (dry run)' : 'Artifacts pruned',
    totals,
    notes,
    table: {
      columns: [...ARTIFACT_COLUMNS, 'Result'],
      rows: artifacts.map(a => [
        ...artifactCells(a),
        resultOf(a, prune.dryRun, leftByLimit.has(a.id))
      ])
    },
    details: {
      title: `Kept by keep-latest (${formatCount(kept.length)})`,
      lines: kept.map(a => `${a.name} #${a.id} (${formatDay(a.created_at)})`)
    }
  }
}
