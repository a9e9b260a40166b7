import { describe, expect, it, jest } from '@jest/globals'
import { formatBytes, formatCount, formatFirst, formatInstant } from '../../src/shared/format.js'
import { progressClock } from '../../src/shared/progress.js'
import {
  type Cell,
  describeFailures,
  type ReportedArtifact,
  type SummaryParts,
  toReported
} from '../../src/report/report.js'
import {
  artifactCells,
  buildSummary,
  CHART_SLICES,
  failureNotes,
  failureSummary,
  groupByName,
  OPEN_ROWS,
  OVERVIEW_NAMES,
  overviewByName,
  storageByName,
  SUMMARY_LIMIT_BYTES,
  SUMMARY_ROWS
} from '../../src/report/summary.js'
import { describeSelection } from '../../src/settings/selection.js'
import type { SelectionSettings } from '../../src/settings/selection.js'
import { listSummary } from '../../src/operations/list/summary.js'
import { pruneSummary } from '../../src/operations/prune/summary.js'
import { downloadSummary } from '../../src/operations/download/summary.js'

function reported(id: number, extra: Partial<ReportedArtifact> = {}): ReportedArtifact {
  return {
    ...toReported({
      id,
      name: `a<${id}>`,
      size_in_bytes: 1536,
      expired: false,
      created_at: '2026-11-20T10:00:00Z',
      workflow_run: { id: 1, head_branch: 'main', head_sha: 'abcdef0123456789' }
    }),
    ...extra
  }
}

describe('format', () => {
  it('writes sizes in human units and counts with separators', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(1024)).toBe('1.0 KiB')
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GiB')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(999)).toBe('999')
    expect(formatInstant(new Date('2026-11-21T14:05:59Z'))).toBe('2026-11-21 14:05 UTC')
  })

  it('lists the first items and counts the rest, with no count when nothing is left', () => {
    expect(formatFirst(['a', 'b', 'c'], 2)).toBe('a, b and 1 more')
    expect(formatFirst(['a', 'b'], 2)).toBe('a, b')
  })

  it('describes each failed artifact, the failures apart by semicolons', () => {
    expect(
      describeFailures([
        { ...toReported({ id: 1, name: 'x', size_in_bytes: 0, expired: false }), error: 'gone' },
        toReported({ id: 2, name: 'ok', size_in_bytes: 0, expired: false }),
        { ...toReported({ id: 3, name: 'y', size_in_bytes: 0, expired: false }), error: 'broken' }
      ])
    ).toBe("'x' (id 1): gone; 'y' (id 3): broken")
  })

  it('gives null, not undefined, for what the server left out', () => {
    const artifact = toReported({ id: 1, name: 'x', size_in_bytes: 0, expired: false })
    expect(artifact).toEqual({
      id: 1,
      name: 'x',
      size_in_bytes: 0,
      created_at: null,
      expires_at: null,
      expired: false,
      digest: null,
      workflow_run: null
    })
  })
})

describe('progressClock', () => {
  it('is due at most once per interval, and not before the first interval has passed', async () => {
    const due = progressClock(40)
    expect(due()).toBe(false)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(due()).toBe(true)
    expect(due()).toBe(false)
  })

  it('is due again exactly one interval after it was last due', () => {
    let now = 1_000
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now)
    try {
      const due = progressClock(40)
      now = 1_039
      expect(due()).toBe(false)
      now = 1_040
      expect(due()).toBe(true)
      now = 1_079
      expect(due()).toBe(false)
      now = 1_080
      expect(due()).toBe(true)
    } finally {
      clock.mockRestore()
    }
  })
})

describe('buildSummary', () => {
  it('cuts a long table, collapsed, with a line that says how many more, and escapes names', () => {
    const artifacts = Array.from({ length: SUMMARY_ROWS + 50 }, (_, i) => reported(i + 1))
    const html = buildSummary(listSummary(artifacts, 0), {
      serverUrl: 'https://github.com',
      repository: 'o/r'
    }).stringify()
    expect(html).toContain('<h3>artifact-ops: Artifacts</h3>')
    expect(html).toContain('<p><b>250 artifact(s), 375.0 KiB</b></p>')
    expect(html).toContain('<details><summary>Every artifact (250)</summary>')
    // The overview (one name per artifact here, 50 shown) and the artifact table, cut at 200.
    expect(html).toContain('… and 200 more names.')
    expect(html).toContain('… and 50 more not shown (every one is in the artifacts-file output).')
    expect(html).toContain(
      '<td>a&lt;1&gt;</td><td>1</td><td>1.5&nbsp;KiB</td><td>2026&#8209;11&#8209;20&nbsp;10:00&nbsp;UTC</td><td>main</td><td><code>abcdef0</code></td><td><a href="https://github.com/o/r/actions/runs/1">#1</a></td>'
    )
    expect(html).not.toContain('<td>a<1>')
    expect(html.length).toBeLessThan(SUMMARY_LIMIT_BYTES)
  })

  it('answers first: totals, selection, an overview by name and a storage chart', () => {
    const artifacts = [
      reported(1, { name: 'coverage', size_in_bytes: 3000 }),
      reported(2, { name: 'coverage', size_in_bytes: 1000, expired: true }),
      reported(3, { name: 'logs', size_in_bytes: 500 })
    ]
    const parts = listSummary(artifacts, 2, "list in o/r: pattern '*'")
    expect(parts.notes).toEqual([])
    const html = buildSummary(parts).stringify()
    expect(html).toContain(
      '<p><b>3 artifact(s), 4.4 KiB · 1 expired · 2 kept out by keep-latest</b></p>'
    )
    expect(html).toContain('<p>Selection: list in o/r: pattern &#39;*&#39;</p>')
    expect(html).toContain(
      '<tr><td>coverage</td><td>2</td><td>3.9&nbsp;KiB</td><td>2026&#8209;11&#8209;20&nbsp;10:00&nbsp;UTC</td><td>2026&#8209;11&#8209;20&nbsp;10:00&nbsp;UTC</td><td>1</td></tr><tr><td>logs</td><td>1</td>'
    )
    // Each slice says its size in human units, not in bytes.
    expect(html).toContain(
      '```mermaid\npie title Storage by name\n    "coverage (3.9 KiB)" : 4000\n    "logs (500 B)" : 500\n```'
    )
    // A short table is shown open; without links a run is its number.
    expect(html).not.toContain('<details>')
    expect(html).toContain('<td>coverage (expired)</td>')
    expect(html).toContain('<td>#1</td>')
  })

  it('orders names of equal size by code unit, the same on every runner whatever its locale', () => {
    const artifacts = ['b', 'a', 'B', 'é'].map((name, i) =>
      reported(i + 1, { name, size_in_bytes: 100 })
    )
    const html = buildSummary(listSummary(artifacts, 0, 'list')).stringify()
    const overview = html.slice(0, html.indexOf('</table>'))
    const order = [...overview.matchAll(/<tr><td>([^<]+)<\/td><td>1<\/td>/g)].map(m => m[1])
    expect(order).toEqual(['B', 'a', 'b', 'é'])
  })

  it('keeps names out of the chart syntax', () => {
    const artifacts = [
      reported(1, { name: 'a"\n```\n# x', size_in_bytes: 10 }),
      reported(2, { name: 'b', size_in_bytes: 5 })
    ]
    const html = buildSummary(listSummary(artifacts, 0)).stringify()
    const start = html.indexOf('```mermaid')
    const chart = html.slice(start, html.indexOf('```', start + 3) + 3)
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'pie title Storage by name',
      '    "a_______ x (10 B)" : 10',
      '    "b (5 B)" : 5',
      '```'
    ])
    // In a table cell the same name cannot open a code block either.
    expect(html).toContain('<td>a&quot;␤&#96;&#96;&#96;␤# x</td>')
  })

  it('gives prune totals, each result, notes, and what keep-latest spared', () => {
    const spared = {
      id: 9,
      name: 'keep',
      size_in_bytes: 1,
      expired: false,
      created_at: '2026-11-19T00:00:00Z'
    }
    const parts = pruneSummary(
      [
        reported(1, { deleted: true }),
        reported(2, { deleted: false, error: '500 Server Error' }),
        reported(3, { deleted: false }),
        reported(4, { deleted: false })
      ],
      { deletedCount: 1, deletedBytes: 1536, remainingCount: 3, failedCount: 1, dryRun: false },
      {
        spared: [spared],
        tagged: [spared, spared],
        notes: ['Stopped to leave 100 of 1,000 hourly API requests'],
        leftByLimit: new Set([4])
      }
    )
    const html = buildSummary(parts).stringify()
    expect(html).toContain(
      '<b>Deleted 1 artifact(s), 1.5 KiB freed · 4 selected · 1 kept by keep-latest · 2 kept by keep-tagged · 3 remaining · 1 failed</b>'
    )
    expect(html).toContain('<p>Stopped to leave 100 of 1,000 hourly API requests</p>')
    // What failed is said at the top, not only in its row of the (maybe collapsed) table.
    expect(parts.notes).toEqual([
      'Stopped to leave 100 of 1,000 hourly API requests',
      "Failed: 'a<2>' (id 2): 500 Server Error"
    ])
    expect(html).toContain('<p>Failed: &#39;a&lt;2&gt;&#39; (id 2): 500 Server Error</p>')
    expect(parts.table.rows.map(row => row.at(-1))).toEqual([
      'deleted',
      'failed: 500 Server Error',
      'remaining',
      'left by limit'
    ])
    expect(parts.title).toBe('Artifacts pruned')
    expect(parts.table.columns).toEqual([
      'Name',
      'ID',
      'Size',
      'Created',
      'Branch',
      'Commit',
      'Run',
      'Result'
    ])
    expect(parts.overview?.columns.slice(-2)).toEqual(['Deleted', 'Freed'])
    expect(parts.overview?.rows.map(row => row.slice(-2))).toEqual([
      ['1', '1.5\u00a0KiB'],
      ['0', '0\u00a0B'],
      ['0', '0\u00a0B'],
      ['0', '0\u00a0B']
    ])
    expect(html).toContain(
      '<summary>Kept by keep-latest (1)</summary>keep #9 (2026-11-19 00:00 UTC)'
    )
  })

  it('says a dry run would delete, and leaves keep-latest out when it spared nothing', () => {
    const parts = pruneSummary(
      [
        reported(1, { name: 'n', size_in_bytes: 1000, deleted: false }),
        reported(2, { name: 'n', size_in_bytes: 3000, deleted: false })
      ],
      { deletedCount: 0, deletedBytes: 0, remainingCount: 2, failedCount: 0, dryRun: true },
      { spared: [], tagged: [], notes: [], leftByLimit: new Set([2]) }
    )
    expect(parts.title).toBe('Artifacts pruned (dry run)')
    // Not '2 remaining': after a dry run everything selected remains.
    expect(parts.totals).toBe('Would delete 1 artifact(s), 1000 B · 2 selected')
    expect(parts.overview?.columns.slice(-2)).toEqual(['Would delete', 'Would free'])
    expect(parts.overview?.rows).toEqual([
      ['n', '2', '3.9\u00a0KiB', expect.any(String), expect.any(String), '—', '1', '1000\u00a0B']
    ])
    expect(parts.table.rows.map(row => row.at(-1))).toEqual(['would delete', 'left by limit'])
  })

  it('says which downloads failed at the top, and has a Failure column only then', () => {
    const ok = reported(1, { name: 'a', path: '/w/a', files: 2, seconds: 1, digest_check: 'match' })
    const clean = downloadSummary([ok], { destination: '/w' })
    expect(clean.notes).toEqual([])
    expect(clean.table.columns).not.toContain('Failure')
    const bad = reported(2, {
      name: 'b',
      error: "Digest mismatch for 'b' (id 2): the server says x"
    })
    const other = reported(3, { name: "c'", error: '500 Server Error' })
    const failed = downloadSummary([ok, bad, other], { destination: '/w' })
    // An error that names its artifact is not prefixed with the name again.
    expect(failed.notes).toEqual([
      "Failed: Digest mismatch for 'b' (id 2): the server says x",
      "Failed: 'c'' (id 3): 500 Server Error"
    ])
    expect(failed.table.columns.at(-1)).toBe('Failure')
    expect(failed.table.rows.map(row => row.at(-1))).toEqual([
      '',
      "Digest mismatch for 'b' (id 2): the server says x",
      '500 Server Error'
    ])
    const html = buildSummary(failed).stringify()
    expect(html).toContain('<p>Failed: &#39;c&#39;&#39; (id 3): 500 Server Error</p>')
  })

  it('gives a download its totals, title and per-artifact files, digest, time and rate', () => {
    const nb = (text: string): string => text.replace(/ /g, '\u00a0')
    const ok = reported(1, {
      name: 'a',
      size_in_bytes: 4 * 1024 * 1024,
      path: '/w/a',
      files: 1200,
      seconds: 2,
      digest_check: 'match'
    })
    const instant = reported(2, { name: 'b', path: '/w/b', files: 3, seconds: 0 })
    const kept = reported(3, {
      name: 'c',
      path: '/w/c',
      files: 1,
      error: 'not deleted: 403',
      deleted: false
    })
    const broken = reported(4, { name: 'd', error: 'stalled', seconds: 4 })
    const cells = (parts: ReturnType<typeof downloadSummary>) =>
      parts.table.rows.map(row => row.slice(7))
    const clean = downloadSummary([ok, instant], { destination: '/w', selection: 'picked' })
    expect(clean.title).toBe('Artifacts downloaded')
    expect(clean.totals).toBe('Downloaded 2 of 2 artifact(s), 4.0 MiB, 1,203 file(s), to /w')
    expect(clean.selection).toBe('picked')
    expect(clean.table.columns.slice(7)).toEqual(['Files', 'Digest', 'Time', 'Rate'])
    expect(cells(clean)).toEqual([
      ['1,200', 'match', nb('2.0 s'), nb('2.0 MiB/s')],
      ['3', '—', nb('0.0 s'), '—']
    ])
    const mixed = downloadSummary([ok, kept, broken], { destination: '/w' })
    expect(mixed.title).toBe('Artifacts downloaded, 1 failed')
    expect(mixed.totals).toBe(
      'Downloaded 2 of 3 artifact(s), 4.0 MiB, 1,201 file(s), to /w · 1 failed · 1 not deleted'
    )
    expect(cells(mixed)).toEqual([
      ['1,200', 'match', nb('2.0 s'), nb('2.0 MiB/s'), ''],
      ['1', '—', '—', '—', 'not deleted: 403'],
      ['—', '—', nb('4.0 s'), '—', 'stalled']
    ])
    // Downloaded but not deleted is no failed download.
    expect(downloadSummary([kept], { destination: '/w' }).title).toBe('Artifacts downloaded')
    const dry = downloadSummary([reported(5), reported(6)], { destination: '/w', dryRun: true })
    expect(dry.title).toBe('Artifacts to download (dry run)')
    expect(dry.totals).toBe('Would download 2 artifact(s), 3.0 KiB, to /w')
  })

  it('leaves the overview out when there is one name: the totals say it all', () => {
    const one = [reported(1, { name: 'a' }), reported(2, { name: 'a' })]
    const html = buildSummary(listSummary(one, 0)).stringify()
    expect(html).not.toContain('<th>Oldest</th>')
    expect(html).toContain('<th>Created</th>')
  })

  it('says what failed when a step fails before its report', () => {
    const html = failureSummary("Invalid value for 'operation': 'delete'.", 'prune').stringify()
    expect(html).toContain('<h3>artifact-ops: prune failed</h3>')
    expect(html).toContain('<b>Invalid value for &#39;operation&#39;: &#39;delete&#39;.</b>')
  })
})

describe('buildSummary, whole', () => {
  const parts = (extra: Partial<SummaryParts> = {}): SummaryParts => ({
    title: 'T',
    totals: 'tot',
    notes: [],
    table: { columns: ['X'], rows: [] },
    ...extra
  })
  const rows = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [String(i)])

  // @actions/core ends each part with os.EOL (CRLF on Windows); these compare them as LF.
  it('writes each part on a line of its own, in order', () => {
    const html = buildSummary(
      parts({
        selection: 'sel',
        notes: ['n1'],
        overview: { columns: ['Name'], rows: [['a'], ['b']] },
        chart: {
          title: 'C',
          slices: [
            { label: 'a', value: 1 },
            { label: 'b', value: 2 }
          ]
        },
        table: { columns: ['X'], rows: [['1'], [{ run: 5 }]] },
        details: { title: 'D', lines: ['l1', 'l2'] }
      })
    )
      .stringify()
      .replace(/\r\n/g, '\n')
    expect(html).toBe(
      '<h3>artifact-ops: T</h3>\n<p><b>tot</b></p>\n<p>Selection: sel</p>\n<p>n1</p>\n' +
        '<table><tr><th>Name</th></tr><tr><td>a</td></tr><tr><td>b</td></tr></table>\n' +
        '\n```mermaid\npie title C\n    "a (1 B)" : 1\n    "b (2 B)" : 2\n```\n\n' +
        '<table><tr><th>X</th></tr><tr><td>1</td></tr><tr><td>#5</td></tr></table>\n' +
        '<details><summary>D</summary>l1<br>l2</details>\n'
    )
    expect(failureSummary('m', 'prune').stringify().replace(/\r\n/g, '\n')).toBe(
      '<h3>artifact-ops: prune failed</h3>\n<p><b>m</b></p>\n' +
        '<p>Nothing was deleted or written. The message says what to change; the step log has the details.</p>\n'
    )
  })

  it('leaves out an empty table and empty details, and counts only what is cut', () => {
    expect(
      buildSummary(parts({ details: { title: 'D', lines: [] } }))
        .stringify()
        .replace(/\r\n/g, '\n')
    ).toBe('<h3>artifact-ops: T</h3>\n<p><b>tot</b></p>\n')
    const full = buildSummary(
      parts({
        overview: { columns: ['Name'], rows: rows(OVERVIEW_NAMES) },
        table: { columns: ['X'], rows: rows(OPEN_ROWS) },
        details: { title: 'D', lines: rows(SUMMARY_ROWS).map(([line]) => line as string) }
      })
    )
      .stringify()
      .replace(/\r\n/g, '\n')
    expect(full).not.toContain('more')
    expect(full).not.toContain('<details><summary>Every artifact')
    expect(full).toContain(`<tr><td>${OPEN_ROWS - 1}</td></tr></table>\n`)
    const over = buildSummary(
      parts({
        overview: {
          columns: ['Name'],
          rows: rows(OVERVIEW_NAMES + 2).map(([cell]) => [`n${cell as string}`])
        },
        table: { columns: ['X'], rows: rows(SUMMARY_ROWS + 3) },
        details: { title: 'D', lines: rows(SUMMARY_ROWS + 4).map(([line]) => line as string) }
      })
    )
      .stringify()
      .replace(/\r\n/g, '\n')
    expect(over).toContain(
      `<tr><td>n${OVERVIEW_NAMES - 1}</td></tr></table>\n<p>… and 2 more names.</p>\n`
    )
    expect(over).not.toContain(`<td>n${OVERVIEW_NAMES}</td>`)
    expect(over).toContain(
      `<details><summary>Every artifact (${SUMMARY_ROWS + 3})</summary><table>`
    )
    expect(over).toContain(
      '</table><p>… and 3 more not shown (every one is in the artifacts-file output).</p></details>'
    )
    expect(over).toContain(`<br>${SUMMARY_ROWS - 1}<br>… and 4 more</details>`)
    expect(over).not.toContain(`<br>${SUMMARY_ROWS}<br>`)
    const exactly = buildSummary(parts({ table: { columns: ['X'], rows: rows(SUMMARY_ROWS) } }))
      .stringify()
      .replace(/\r\n/g, '\n')
    expect(exactly).toContain(`<details><summary>Every artifact (${SUMMARY_ROWS})</summary>`)
    expect(exactly).not.toContain('more not shown')
  })
})

describe('the parts every summary is made of', () => {
  const none: SelectionSettings = { names: [], patterns: [], artifactIds: [] }

  it('says "every artifact" for a selection without criteria', () => {
    expect(describeSelection('list', 'o/r', none)).toBe('list in o/r: every artifact')
  })

  it('names every criterion of a selection, in one line', () => {
    expect(
      describeSelection('prune', 'o/r', {
        names: ['a', 'b', 'c'],
        patterns: ['x-*', '!x-1', 'y', 'z'],
        artifactIds: [1, 2, 3, 4, 5, 6],
        runId: 77,
        workflow: 'ci.yml',
        workflowConclusion: 'success',
        event: 'push',
        branch: 'main',
        commit: 'abcdef0123456789abcdef',
        pr: 12,
        olderThan: new Date('2026-11-01T00:00:00Z'),
        newerThan: new Date('2026-10-01T08:30:00Z'),
        keepLatest: 2,
        limit: 40
      })
    ).toBe(
      "prune in o/r: name 'a', 'b', 'c', pattern 'x-*', '!x-1', 'y' and 1 more, ids 1, 2, 3, 4, 5, " +
        "run 77, workflow 'ci.yml', conclusion success, event push, branch 'main', " +
        'commit abcdef012345, pull request #12, older than 2026-11-01 00:00 UTC, ' +
        'newer than 2026-10-01 08:30 UTC, keeping the newest 2 of each name, at most 40'
    )
  })

  it('names each criterion alone', () => {
    const one = (extra: Partial<SelectionSettings>): string =>
      describeSelection('download', 'o/r', { ...none, ...extra })
    expect(one({ names: ['only'] })).toBe("download in o/r: name 'only'")
    expect(one({ artifactIds: [9] })).toBe('download in o/r: ids 9')
    expect(one({ keepLatest: 0 })).toBe('download in o/r: keeping the newest 0 of each name')
    expect(one({ ref: { kind: 'tag-or-branch', name: 'v1.0' } })).toBe(
      "download in o/r: ref 'v1.0'"
    )
    expect(one({ ref: { kind: 'commit', sha: 'a'.repeat(40) } })).toBe(
      'download in o/r: ref aaaaaaaaaaaa'
    )
    expect(one({ workflow: 'ci.yml', runNumber: 12 })).toBe(
      "download in o/r: workflow 'ci.yml', run number 12"
    )
    expect(one({ minSize: 1_000_000, maxSize: 2048 })).toBe(
      'download in o/r: at least 1,000,000 bytes, at most 2,048 bytes'
    )
    expect(one({ limit: 1 })).toBe('download in o/r: at most 1')
  })

  it('notes the first five failures and counts the rest', () => {
    const failing = [1, 2, 3, 4, 5, 6, 7].map(id =>
      reported(id, { error: id === 1 ? 'gone (id 1)' : `broken ${id}` })
    )
    expect(failureNotes([reported(100), ...failing.slice(0, 5)])).toEqual([
      'Failed: gone (id 1)',
      "Failed: 'a<2>' (id 2): broken 2",
      "Failed: 'a<3>' (id 3): broken 3",
      "Failed: 'a<4>' (id 4): broken 4",
      "Failed: 'a<5>' (id 5): broken 5"
    ])
    expect(failureNotes(failing).slice(5)).toEqual(['… and 2 more failed (see the table below).'])
    expect(failureNotes([reported(1, { error: 'x'.repeat(400) })])[0]).toHaveLength(
      "Failed: 'a<1>' (id 1): ".length + 300
    )
  })

  it('gives an artifact without a run dashes for branch, commit and run', () => {
    const bare = reported(3, { workflow_run: null, created_at: null, expired: true })
    expect(artifactCells(bare)).toEqual(['a<3> (expired)', '3', '1.5\u00a0KiB', '—', '—', '—', '—'])
    expect(artifactCells(reported(4))).toEqual([
      'a<4>',
      '4',
      '1.5\u00a0KiB',
      '2026\u201111\u201120\u00a010:00\u00a0UTC',
      'main',
      { code: 'abcdef0' },
      { run: 1 }
    ])
  })

  it('groups by name, the largest first, names of equal size in code-unit order (B before b)', () => {
    const groups = groupByName([
      reported(1, { name: 'b' }),
      reported(2, { name: 'a' }),
      reported(3, { name: 'B' }),
      reported(4, { name: 'small', size_in_bytes: 1 }),
      reported(5, { name: 'a' })
    ])
    expect(groups.map(([name, group]) => [name, group.map(a => a.id)])).toEqual([
      ['a', [2, 5]],
      ['B', [3]],
      ['b', [1]],
      ['small', [4]]
    ])
  })

  it('gives each name its count, size, oldest, newest and expired count, and the extra columns', () => {
    const table = overviewByName(
      [
        reported(1, { name: 'n', created_at: '2026-11-02T00:00:00Z', expired: true }),
        reported(2, { name: 'n', created_at: null }),
        reported(3, { name: 'n', created_at: '2026-11-01T00:00:00Z' }),
        reported(4, { name: 'm', size_in_bytes: 1, created_at: null })
      ],
      { columns: ['Ids'], cells: group => [group.map(a => a.id).join(' ')] }
    )
    const day = (text: string): string => text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
    expect(table).toEqual({
      columns: ['Name', 'Artifacts', 'Size', 'Oldest', 'Newest', 'Expired', 'Ids'],
      rows: [
        [
          'n',
          '3',
          day('4.5 KiB'),
          day('2026-11-01 00:00 UTC'),
          day('2026-11-02 00:00 UTC'),
          '1',
          '1 2 3'
        ],
        ['m', '1', day('1 B'), '—', '—', '—', '4']
      ]
    })
    expect(overviewByName([reported(1)]).columns).toEqual([
      'Name',
      'Artifacts',
      'Size',
      'Oldest',
      'Newest',
      'Expired'
    ])
  })

  it('draws no chart for one name, and the smallest names beyond the slices as one', () => {
    expect(storageByName([reported(1), reported(2, { name: 'a<1>' })])).toBeUndefined()
    const many = Array.from({ length: CHART_SLICES + 2 }, (_, i) =>
      reported(i + 1, { name: `n${i}`, size_in_bytes: 100 - i })
    )
    const chart = storageByName(many)
    expect(chart?.title).toBe('Storage by name')
    expect(chart?.slices).toEqual([
      ...many.slice(0, CHART_SLICES).map(a => ({ label: a.name, value: a.size_in_bytes })),
      { label: '2 other names', value: 100 - CHART_SLICES + (100 - CHART_SLICES - 1) }
    ])
    expect(storageByName(many.slice(0, 2))?.slices).toEqual([
      { label: 'n0', value: 100 },
      { label: 'n1', value: 99 }
    ])
  })
})
