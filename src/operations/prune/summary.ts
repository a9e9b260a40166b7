import type { Artifact } from '../../github/types.js'
import { formatBytes, formatCount } from '../../shared/format.js'
import type { ReportedArtifact, SummaryParts } from '../../report/report.js'
import {
  ARTIFACT_COLUMNS,
  artifactCells,
  failureNotes,
  formatDay,
  overviewByName,
  storageByName,
  together
} from '../../report/summary.js'
import { totalBytes } from '../../shared/bytes.js'

export interface PruneCounts {
  deletedCount: number
  deletedBytes: number
  /** Selected but not deleted: left by limit, the rate budget, a cancellation or a failure. */
  remainingCount: number
  failedCount: number
  dryRun: boolean
}

function resultOf(artifact: ReportedArtifact, dryRun: boolean, leftByLimit: boolean): string {
  if (artifact.error !== undefined) return `failed: ${artifact.error}`
  if (artifact.deleted) return 'deleted'
  if (leftByLimit) return 'left by limit'
  return dryRun ? 'would delete' : 'remaining'
}

/** What a prune summary says besides the artifacts and the counts. */
export interface PruneSummaryFacts {
  /** What keep-latest spared from the age filters. */
  spared: Artifact[]
  /** What keep-tagged spared. */
  tagged: Artifact[]
  /** Lines under the totals (the rate-budget stop, limit, dry run). */
  notes: string[]
  /** Matching artifacts that limit left for a later run. */
  leftByLimit: ReadonlySet<number>
  /** The selection asked for, in one line. */
  selection?: string
}

export function pruneSummary(
  artifacts: ReportedArtifact[],
  prune: PruneCounts,
  facts: PruneSummaryFacts
): SummaryParts {
  const { spared, tagged, notes, leftByLimit } = facts
  const wouldGo = artifacts.filter(a => !leftByLimit.has(a.id))
  const gone = (group: ReportedArtifact[]): ReportedArtifact[] =>
    prune.dryRun ? group.filter(a => !leftByLimit.has(a.id)) : group.filter(a => a.deleted)
  const totals = [
    prune.dryRun
      ? `Would delete ${formatCount(wouldGo.length)} artifact(s), ${formatBytes(totalBytes(wouldGo))}`
      : `Deleted ${formatCount(prune.deletedCount)} artifact(s), ${formatBytes(prune.deletedBytes)} freed`,
    `${formatCount(artifacts.length)} selected`,
    ...(spared.length > 0 ? [`${formatCount(spared.length)} kept by keep-latest`] : []),
    ...(tagged.length > 0 ? [`${formatCount(tagged.length)} kept by keep-tagged`] : []),
    // After a dry run every selected artifact remains: saying so beside 'would delete' confuses.
    ...(prune.dryRun ? [] : [`${formatCount(prune.remainingCount)} remaining`]),
    ...(prune.failedCount > 0 ? [`${formatCount(prune.failedCount)} failed`] : [])
  ].join(' · ')
  return {
    title: prune.dryRun ? 'Artifacts pruned (dry run)' : 'Artifacts pruned',
    totals,
    selection: facts.selection,
    notes: [...notes, ...failureNotes(artifacts)],
    overview: overviewByName(artifacts, {
      columns: [prune.dryRun ? 'Would delete' : 'Deleted', prune.dryRun ? 'Would free' : 'Freed'],
      cells: group => {
        const went = gone(group)
        return [formatCount(went.length), together(formatBytes(totalBytes(went)))]
      }
    }),
    chart: storageByName(artifacts),
    table: {
      columns: [...ARTIFACT_COLUMNS, 'Result'],
      rows: artifacts.map(a => [
        ...artifactCells(a),
        resultOf(a, prune.dryRun, leftByLimit.has(a.id))
      ])
    },
    details: {
      title: `Kept by keep-latest (${formatCount(spared.length)})`,
      lines: spared.map(a => `${a.name} #${a.id} (${formatDay(a.created_at)})`)
    }
  }
}
