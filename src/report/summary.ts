import * as core from '@actions/core'
import { totalBytes } from '../shared/bytes.js'
import { shorten, toSummaryText as escape } from '../shared/sanitize.js'
import { formatBytes, formatCount } from '../shared/format.js'
import type { Cell, ReportedArtifact, SummaryParts, Table } from './report.js'

/** Rows before the table is cut. */
export const SUMMARY_ROWS = 200

/** Longer tables are collapsed. */
export const OPEN_ROWS = 10

/** The rest share one line. */
export const OVERVIEW_NAMES = 50

/** Smaller names share one slice. */
export const CHART_SLICES = 8

/** GitHub drops a step summary over this. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** `2026-11-21 14:05 UTC`, or a dash. */
export function formatDay(value: string | null | undefined): string {
  return value ? `${value.slice(0, 16).replace('T', ' ')} UTC` : '—'
}

/** No-break, so a crowded table scrolls rather than wrap a time. */
export function together(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
}

/** The first `max` failures, as notes for the top. */
export function failureNotes(artifacts: readonly ReportedArtifact[], max = 5): string[] {
  const failed = artifacts.filter(a => a.error !== undefined)
  const notes = failed.slice(0, max).map(a => {
    const error = shorten(a.error ?? '', 300)
    // Most errors name the artifact already.
    return error.includes(`(id ${a.id})`)
      ? `Failed: ${error}`
      : `Failed: '${a.name}' (id ${a.id}): ${error}`
  })
  if (failed.length > max) {
    notes.push(`… and ${formatCount(failed.length - max)} more failed (see the table below).`)
  }
  return notes
}

export const ARTIFACT_COLUMNS = ['Name', 'ID', 'Size', 'Created', 'Branch', 'Commit', 'Run']

export function artifactCells(a: ReportedArtifact): Cell[] {
  return [
    a.expired ? `${a.name} (expired)` : a.name,
    String(a.id),
    together(formatBytes(a.size_in_bytes)),
    together(formatDay(a.created_at)),
    a.workflow_run?.head_branch ?? '—',
    a.workflow_run?.head_sha ? { code: a.workflow_run.head_sha.slice(0, 7) } : '—',
    typeof a.workflow_run?.id === 'number' ? { run: a.workflow_run.id } : '—'
  ]
}

/** Largest first, then by code unit: localeCompare would load ICU's collator at start-up. */
export function groupByName<T extends ReportedArtifact>(artifacts: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const artifact of artifacts) {
    const group = groups.get(artifact.name)
    if (group) group.push(artifact)
    else groups.set(artifact.name, [artifact])
  }
  // No two names are equal: they are map keys.
  return [...groups.entries()].sort(
    (a, b) => totalBytes(b[1]) - totalBytes(a[1]) || (a[0] < b[0] ? -1 : 1)
  )
}

/** Expired counted apart; the operation's own columns last. */
export function overviewByName(
  artifacts: readonly ReportedArtifact[],
  extra: { columns: string[]; cells: (group: ReportedArtifact[]) => Cell[] } = {
    columns: [],
    cells: () => []
  }
): Table {
  const rows = groupByName(artifacts).map(([name, group]) => {
    const times = group
      .map(a => a.created_at)
      .filter((t): t is string => typeof t === 'string')
      .sort()
    const expired = group.filter(a => a.expired).length
    return [
      name,
      formatCount(group.length),
      together(formatBytes(totalBytes(group))),
      together(formatDay(times[0])),
      together(formatDay(times[times.length - 1])),
      expired > 0 ? formatCount(expired) : '—',
      ...extra.cells(group)
    ]
  })
  return {
    columns: ['Name', 'Artifacts', 'Size', 'Oldest', 'Newest', 'Expired', ...extra.columns],
    rows
  }
}

export function storageByName(artifacts: readonly ReportedArtifact[]): SummaryParts['chart'] {
  const groups = groupByName(artifacts)
  if (groups.length < 2) return undefined
  const slices = groups
    .slice(0, CHART_SLICES)
    .map(([name, group]) => ({ label: name, value: totalBytes(group) }))
  const rest = groups.slice(CHART_SLICES)
  if (rest.length > 0) {
    slices.push({
      label: `${rest.length} other names`,
      value: rest.reduce((sum, [, group]) => sum + totalBytes(group), 0)
    })
  }
  return { title: 'Storage by name', slices }
}

export interface SummaryLinks {
  /** `GITHUB_SERVER_URL` */
  serverUrl: string
  /** `owner/name`. */
  repository: string
}

function renderCell(cell: Cell, links?: SummaryLinks): string {
  if (typeof cell === 'string') {
    return escape(shorten(cell))
      .replace(/\u00a0/g, '&nbsp;')
      .replace(/\u2011/g, '&#8209;')
  }
  if ('code' in cell) return `<code>${escape(shorten(cell.code))}</code>`
  const text = `#${cell.run}`
  if (links === undefined) return text
  const href = `${links.serverUrl}/${links.repository}/actions/runs/${cell.run}`
  return `<a href="${escape(href)}">${text}</a>`
}

function renderTable(table: Table, rows: number, links?: SummaryLinks): string {
  const head = table.columns.map(c => `<th>${escape(c)}</th>`).join('')
  const body = table.rows
    .slice(0, rows)
    .map(row => `<tr>${row.map(cell => `<td>${renderCell(cell, links)}</td>`).join('')}</tr>`)
    .join('')
  return `<table><tr>${head}</tr>${body}</table>`
}

/** Sizes in labels (showData prints bytes); names keep only safe characters. */
function renderChart(chart: NonNullable<SummaryParts['chart']>): string {
  const label = (text: string): string => shorten(text.replace(/[^\p{L}\p{N} ._\-/()]/gu, '_'), 40)
  const lines = chart.slices.map(
    s => `    "${label(s.label)} (${formatBytes(s.value)})" : ${s.value}`
  )
  return ['```mermaid', `pie title ${chart.title}`, ...lines, '```'].join('\n')
}

/** Every text from outside is escaped here, in one place. */
export function buildSummary(parts: SummaryParts, links?: SummaryLinks): typeof core.summary {
  const summary = core.summary.emptyBuffer().addHeading(`artifact-ops: ${escape(parts.title)}`, 3)
  summary.addRaw(`<p><b>${escape(parts.totals)}</b></p>`, true)
  if (parts.selection !== undefined) {
    summary.addRaw(`<p>Selection: ${escape(parts.selection)}</p>`, true)
  }
  for (const note of parts.notes) summary.addRaw(`<p>${escape(note)}</p>`, true)
  // With one name the overview would repeat the totals.
  if (parts.overview !== undefined && parts.overview.rows.length > 1) {
    summary.addRaw(renderTable(parts.overview, OVERVIEW_NAMES, links), true)
    const more = parts.overview.rows.length - OVERVIEW_NAMES
    if (more > 0) summary.addRaw(`<p>… and ${formatCount(more)} more names.</p>`, true)
  }
  if (parts.chart !== undefined) summary.addRaw(`\n${renderChart(parts.chart)}\n`, true)
  const { rows } = parts.table
  if (rows.length > 0) {
    const more = rows.length - SUMMARY_ROWS
    const table =
      renderTable(parts.table, SUMMARY_ROWS, links) +
      (more > 0
        ? `<p>… and ${formatCount(more)} more not shown (every one is in the artifacts-file output).</p>`
        : '')
    if (rows.length > OPEN_ROWS) {
      summary.addDetails(`Every artifact (${formatCount(rows.length)})`, table)
    } else {
      summary.addRaw(table, true)
    }
  }
  if (parts.details !== undefined && parts.details.lines.length > 0) {
    const shown = parts.details.lines.slice(0, SUMMARY_ROWS)
    const more = parts.details.lines.length - shown.length
    summary.addDetails(
      escape(parts.details.title),
      shown.map(line => escape(shorten(line))).join('<br>') +
        (more > 0 ? `<br>… and ${formatCount(more)} more` : '')
    )
  }
  return summary
}

/** For a step that failed before reporting; says nothing was deleted only when nothing was. */
export function failureSummary(
  message: string,
  operation?: string,
  deletions = 0
): typeof core.summary {
  const done =
    deletions === 0
      ? 'Nothing was deleted or written.'
      : `${formatCount(deletions)} artifact(s) were deleted before the failure.`
  return core.summary
    .emptyBuffer()
    .addHeading(`artifact-ops: ${operation === undefined ? '' : `${escape(operation)} `}failed`, 3)
    .addRaw(`<p><b>${escape(shorten(message, 2000))}</b></p>`, true)
    .addRaw(`<p>${done} The message says what to change; the step log has the details.</p>`, true)
}
