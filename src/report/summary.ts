import * as core from '@actions/core'
import { formatBytes, formatCount, formatSeconds } from './format.js'
import { type OperationResult, type ReportedArtifact, totalBytes } from './result.js'

/** Rows shown before a long table is cut. */
export const SUMMARY_ROWS = 200

type Cell = string | { data: string; header: true }

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
  )
}

function day(value: string | null): string {
  return value ? value.slice(0, 16).replace('T', ' ') : '—'
}

function statusOf(result: OperationResult, artifact: ReportedArtifact): string {
  if (result.operation === 'prune') {
    if (artifact.error !== undefined) return `failed: ${escape(artifact.error)}`
    if (artifact.deleted) return 'deleted'
    return result.prune?.dryRun ? 'would delete' : 'remaining'
  }
  if (artifact.error !== undefined) return `failed: ${escape(artifact.error)}`
  return ''
}

function rowsFor(result: OperationResult): Cell[][] {
  const download = result.operation === 'download'
  const header: Cell[] = ['Name', 'ID', 'Size', 'Created', 'Branch', 'Commit', 'Expired'].map(
    data => ({ data, header: true as const })
  )
  if (download) {
    header.push(...['Digest', 'Time', 'Rate'].map(data => ({ data, header: true as const })))
  }
  if (result.operation === 'prune') header.push({ data: 'Result', header: true })
  const rows: Cell[][] = [header]
  for (const a of result.artifacts.slice(0, SUMMARY_ROWS)) {
    const row: Cell[] = [
      escape(a.name),
      String(a.id),
      formatBytes(a.size_in_bytes),
      day(a.created_at),
      escape(a.workflow_run?.head_branch ?? '—'),
      a.workflow_run?.head_sha
        ? `<code>${escape(a.workflow_run.head_sha.slice(0, 7))}</code>`
        : '—',
      a.expired ? 'yes' : 'no'
    ]
    if (download) {
      const seconds = a.seconds ?? 0
      row.push(
        a.error !== undefined ? `failed: ${escape(a.error)}` : (a.digest_check ?? '—'),
        a.seconds !== undefined ? formatSeconds(seconds * 1000) : '—',
        seconds > 0 ? `${formatBytes(a.size_in_bytes / seconds)}/s` : '—'
      )
    }
    if (result.operation === 'prune') row.push(statusOf(result, a))
    rows.push(row)
  }
  return rows
}

function totals(result: OperationResult): string {
  const bytes = totalBytes(result.artifacts)
  const selected = `${formatCount(result.artifacts.length)} artifact(s) selected, ${formatBytes(bytes)}`
  const prune = result.prune
  if (prune === undefined) {
    return result.kept.length > 0
      ? `${selected}; ${formatCount(result.kept.length)} kept by keep-latest.`
      : `${selected}.`
  }
  const verb = prune.dryRun ? 'would be deleted (dry run)' : 'deleted'
  return [
    `${selected}.`,
    `${formatCount(prune.dryRun ? result.artifacts.length : prune.deletedCount)} ${verb}, ${formatBytes(prune.dryRun ? bytes : prune.deletedBytes)} ${prune.dryRun ? 'would be ' : ''}freed;`,
    `${formatCount(result.kept.length)} kept by keep-latest;`,
    `${formatCount(prune.remainingCount)} remaining;`,
    `${formatCount(prune.failedCount)} failed.`
  ].join(' ')
}

/** The job summary as markdown/HTML text (written with core.summary by writeSummary). */
export function buildSummary(result: OperationResult): typeof core.summary {
  const title = {
    list: 'Artifacts',
    download: 'Artifacts downloaded',
    prune: result.prune?.dryRun ? 'Artifacts pruned (dry run)' : 'Artifacts pruned'
  }
  const summary = core.summary
    .emptyBuffer()
    .addHeading(`artifact-ops: ${title[result.operation]}`, 3)
  summary.addRaw(`<p>${escape(totals(result))}</p>`, true)
  for (const note of result.notes) summary.addRaw(`<p>${escape(note)}</p>`, true)
  if (result.artifacts.length > 0) {
    summary.addTable(rowsFor(result))
    const more = result.artifacts.length - SUMMARY_ROWS
    if (more > 0) summary.addRaw(`<p>… and ${formatCount(more)} more not shown.</p>`, true)
  }
  if (result.kept.length > 0 && result.operation === 'prune') {
    const shown = result.kept.slice(0, SUMMARY_ROWS)
    summary.addDetails(
      `Kept by keep-latest (${formatCount(result.kept.length)})`,
      shown.map(a => `${escape(a.name)} #${a.id} (${day(a.created_at ?? null)})`).join('<br>') +
        (result.kept.length > shown.length
          ? `<br>… and ${formatCount(result.kept.length - shown.length)} more`
          : '')
    )
  }
  return summary
}

/** Writes the job summary where the runner reads it; skipped when there is no summary file. */
export async function writeSummary(result: OperationResult): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return
  await buildSummary(result).write()
}
