import * as core from '@actions/core'
import type { ReportedArtifact, SummaryParts, Cell } from './report.js'
import { formatBytes, formatCount } from './format.js'
import { shorten, toSummaryText as escape } from '../shared/sanitize.js'

/** Rows shown before a long table is cut. */
export const SUMMARY_ROWS = 200

/** `2026-11-21 14:05`, or a dash. */
export function formatDay(value: string | null | undefined): string {
  return value ? value.slice(0, 16).replace('T', ' ') : '—'
}

/** The columns every operation's table starts with. */
export const ARTIFACT_COLUMNS = ['Name', 'ID', 'Size', 'Created', 'Branch', 'Commit', 'Expired']

/** The cells of ARTIFACT_COLUMNS for one artifact. */
export function artifactCells(a: ReportedArtifact): Cell[] {
  return [
    a.name,
    String(a.id),
    formatBytes(a.size_in_bytes),
    formatDay(a.created_at),
    a.workflow_run?.head_branch ?? '—',
    a.workflow_run?.head_sha ? { code: a.workflow_run.head_sha.slice(0, 7) } : '—',
    a.expired ? 'yes' : 'no'
  ]
}

/** A cell's text, shortened: the full names stay in the `artifacts` output. */
function renderCell(cell: Cell): string {
  return typeof cell === 'string'
    ? escape(shorten(cell))
    : `<code>${escape(shorten(cell.code))}</code>`
}

/** The job summary of an operation; every text from outside is escaped here, in one place. */
export function buildSummary(parts: SummaryParts): typeof core.summary {
  const summary = core.summary.emptyBuffer().addHeading(`artifact-ops: ${escape(parts.title)}`, 3)
  summary.addRaw(`<p>${escape(parts.totals)}</p>`, true)
  for (const note of parts.notes) summary.addRaw(`<p>${escape(note)}</p>`, true)
  const { columns, rows } = parts.table
  if (rows.length > 0) {
    summary.addTable([
      columns.map(data => ({ data: escape(data), header: true })),
      ...rows.slice(0, SUMMARY_ROWS).map(row => row.map(renderCell))
    ])
    const more = rows.length - SUMMARY_ROWS
    if (more > 0) summary.addRaw(`<p>… and ${formatCount(more)} more not shown.</p>`, true)
  }
  if (parts.details !== undefined && parts.details.lines.length > 0) {
    const shown = parts.details.lines.slice(0, SUMMARY_ROWS)
    const more = parts.details.lines.length - shown.length
    summary.addDetails(
      escape(parts.details.title),
      shown.map(escape).join('<br>') + (more > 0 ? `<br>… and ${formatCount(more)} more` : '')
    )
  }
  return summary
}
