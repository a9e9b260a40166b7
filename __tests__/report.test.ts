import { describe, expect, it } from '@jest/globals'
import { formatBytes, formatCount, formatInstant } from '../src/report/format.js'
import { progressClock } from '../src/shared/progress.js'
import { type ReportedArtifact, toReported } from '../src/report/report.js'
import { buildSummary, SUMMARY_ROWS } from '../src/report/summary.js'
import { listSummary } from '../src/operations/list/summary.js'
import { pruneSummary } from '../src/operations/prune/summary.js'

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
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GiB')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(999)).toBe('999')
    expect(formatInstant(new Date('2026-11-21T14:05:59Z'))).toBe('2026-11-21 14:05 UTC')
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
})

describe('buildSummary', () => {
  it('cuts a long table with a line that says how many more, and escapes names', () => {
    const artifacts = Array.from({ length: SUMMARY_ROWS + 50 }, (_, i) => reported(i + 1))
    const html = buildSummary(listSummary(artifacts, 0)).stringify()
    expect(html).toContain('<h3>artifact-ops: Artifacts</h3>')
    expect(html).toContain('<p>250 artifact(s) selected, 375.0 KiB.</p>')
    expect(html.match(/<tr>/g)).toHaveLength(SUMMARY_ROWS + 1)
    expect(html).toContain('<p>… and 50 more not shown.</p>')
    expect(html).toContain(
      '<td>a&lt;1&gt;</td><td>1</td><td>1.5 KiB</td><td>2026-11-20 10:00</td><td>main</td><td><code>abcdef0</code></td><td>no</td>'
    )
    expect(html).not.toContain('<td>a<1>')
  })

  it('gives prune totals, each result, notes and what keep-latest kept', () => {
    const html = buildSummary(
      pruneSummary(
        [
          reported(1, { deleted: true }),
          reported(2, { deleted: false, error: '500 Server Error' }),
          reported(3, { deleted: false })
        ],
        { deletedCount: 1, deletedBytes: 1536, remainingCount: 2, failedCount: 1, dryRun: false },
        [
          {
            id: 9,
            name: 'keep',
            size_in_bytes: 1,
            expired: false,
            created_at: '2026-11-19T00:00:00Z'
          }
        ],
        ['Stopped to leave 100 of 1,000 hourly API requests']
      )
    ).stringify()
    expect(html).toContain(
      '3 artifact(s) selected, 4.5 KiB. 1 deleted, 1.5 KiB freed; 1 kept by keep-latest; 2 remaining; 1 failed.'
    )
    expect(html).toContain('<p>Stopped to leave 100 of 1,000 hourly API requests</p>')
    expect(html).toContain('<td>deleted</td>')
    expect(html).toContain('<td>failed: 500 Server Error</td>')
    expect(html).toContain('<td>remaining</td>')
    expect(html).toContain('<summary>Kept by keep-latest (1)</summary>keep #9 (2026-11-19 00:00)')
  })
})
