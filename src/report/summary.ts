import * as core from '@actions/core'
import type { SelectionSettings } from '../settings/selection.js'
import { totalBytes } from '../shared/bytes.js'
import { shorten, toSummaryText as escape } from '../shared/sanitize.js'
import { formatBytes, formatCount } from '../shared/format.js'
import type { Cell, ReportedArtifact, SummaryParts, Table } from './report.js'

/** Rows of the per-artifact table before it is cut. */
export const SUMMARY_ROWS = 200

/** Rows of the per-artifact table shown open; a longer table is collapsed. */
export const OPEN_ROWS = 10

/** Names in the overview before the rest are counted in one line. */
export const OVERVIEW_NAMES = 50

/** Slices of the storage chart; smaller names are drawn together as one. */
export const CHART_SLICES = 8

/** GitHub drops a step summary over 1 MiB; this one stays well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** `2026-11-21 14:05 UTC`, or a dash. */
export function formatDay(value: string | null | undefined): string {
  return value ? `${value.slice(0, 16).replace('T', ' ')} UTC` : '—'
}

/**
 * A cell that must not wrap (a time, a size): its spaces and hyphens made no-break, so that a
 * crowded table scrolls sideways instead of breaking `2026-11-21 14:05 UTC` over three lines.
 */
export function together(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
}

/** Failures of the artifacts that failed, the first `max` as notes for the top of the summary. */
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

/** The columns every operation's artifact table starts with. */
export const ARTIFACT_COLUMNS = ['Name', 'ID', 'Size', 'Created', 'Branch', 'Commit', 'Run']

/** The cells of ARTIFACT_COLUMNS for one artifact (expired ones say so by their name). */
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

/** `'a', 'b' and 2 more` */
function listOf(values: readonly string[], max = 3): string {
  const shown = values.slice(0, max).map(v => `'${v}'`)
  return values.length > max
    ? `${shown.join(', ')} and ${values.length - max} more`
    : shown.join(', ')
}

/** The selection that was asked for, in one line. */
export function describeSelection(
  operation: string,
  repository: string,
  selection: SelectionSettings
): string {
  const parts: string[] = []
  const s = selection
  if (s.names.length > 0) parts.push(`name ${listOf(s.names)}`)
  if (s.patterns.length > 0) parts.push(`pattern ${listOf(s.patterns)}`)
  if (s.artifactIds.length > 0) parts.push(`ids ${s.artifactIds.slice(0, 5).join(', ')}`)
  if (s.runId !== undefined) parts.push(`run ${s.runId}`)
  if (s.workflow !== undefined) parts.push(`workflow '${s.workflow}'`)
  if (s.runNumber !== undefined) parts.push(`run number ${s.runNumber}`)
  if (s.workflowConclusion !== undefined) parts.push(`conclusion ${s.workflowConclusion}`)
  if (s.event !== undefined) parts.push(`event ${s.event}`)
  if (s.branch !== undefined) parts.push(`branch '${s.branch}'`)
  if (s.commit !== undefined) parts.push(`commit ${s.commit.slice(0, 12)}`)
  if (s.ref !== undefined) {
    parts.push(s.ref.kind === 'commit' ? `ref ${s.ref.sha.slice(0, 12)}` : `ref '${s.ref.name}'`)
  }
  if (s.pr !== undefined) parts.push(`pull request #${s.pr}`)
  if (s.olderThan !== undefined) parts.push(`older than ${formatDay(s.olderThan.toISOString())}`)
  if (s.newerThan !== undefined) parts.push(`newer than ${formatDay(s.newerThan.toISOString())}`)
  if (s.minSize !== undefined) parts.push(`at least ${formatCount(s.minSize)} bytes`)
  if (s.maxSize !== undefined) parts.push(`at most ${formatCount(s.maxSize)} bytes`)
  if (s.keepLatest !== undefined) parts.push(`keeping the newest ${s.keepLatest} of each name`)
  if (s.limit !== undefined) parts.push(`at most ${s.limit}`)
  return `${operation} in ${repository}: ${parts.length > 0 ? parts.join(', ') : 'every artifact'}`
}

/**
 * The artifacts grouped by name, the largest first, then by name in code-unit order (not
 * localeCompare: its first call loads ICU's collator, several ms of the action's start-up).
 */
export function groupByName<T extends ReportedArtifact>(artifacts: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const artifact of artifacts) {
    const group = groups.get(artifact.name)
    if (group) group.push(artifact)
    else groups.set(artifact.name, [artifact])
  }
  // Names are the keys of a map: no two are equal.
  return [...groups.entries()].sort(
    (a, b) => totalBytes(b[1]) - totalBytes(a[1]) || (a[0] < b[0] ? -1 : 1)
  )
}

/**
 * One row per name: count, total size, oldest and newest (expired ones counted apart), and the
 * operation's own columns after them.
 */
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

/** Storage by name as chart slices: the largest names, the rest as one. */
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

/** Where run cells link to. */
export interface SummaryLinks {
  /** `GITHUB_SERVER_URL`, e.g. `https://github.com`. */
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

/**
 * A Mermaid pie chart (GitHub draws Mermaid in job summaries), each slice labelled with its size
 * in human units (Mermaid's own showData would print raw byte counts). Labels are names from
 * outside: only letters, digits and a few marks are kept, so that nothing can end the label or
 * the block.
 */
function renderChart(chart: NonNullable<SummaryParts['chart']>): string {
  const label = (text: string): string => shorten(text.replace(/[^\p{L}\p{N} ._\-/()]/gu, '_'), 40)
  const lines = chart.slices.map(
    s => `    "${label(s.label)} (${formatBytes(s.value)})" : ${s.value}`
  )
  return ['```mermaid', `pie title ${chart.title}`, ...lines, '```'].join('\n')
}

/**
 * The job summary of an operation, the answer first: totals, the selection, notes, an overview
 * by name with a storage chart, then every artifact (collapsed when long). Every text from
 * outside is escaped here, in one place.
 */
export function buildSummary(parts: SummaryParts, links?: SummaryLinks): typeof core.summary {
  const summary = core.summary.emptyBuffer().addHeading(`artifact-ops: ${escape(parts.title)}`, 3)
  summary.addRaw(`<p><b>${escape(parts.totals)}</b></p>`, true)
  if (parts.selection !== undefined) {
    summary.addRaw(`<p>Selection: ${escape(parts.selection)}</p>`, true)
  }
  for (const note of parts.notes) summary.addRaw(`<p>${escape(note)}</p>`, true)
  // With one name the overview would repeat the totals line: it is left out.
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

/**
 * A short summary for a step that failed before it could report anything else. It says nothing
 * was deleted only when no deletion was made (`deletions`, counted at the client).
 */
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
