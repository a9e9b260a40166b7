import { describe, expect, it } from '@jest/globals'
import { buildSummary } from '../src/report/summary.js'
import { shorten, SUMMARY_CELL_CHARS, toLogLine, toSummaryText } from '../src/shared/sanitize.js'

const HOSTILE =
  'x\n::warning::INJECTED\r\n::add-mask::main\n\n# Heading | col </td></tr></table> @octo-org/team 100%'

describe('toLogLine', () => {
  it('keeps text from outside on one line, escaped as the toolkit escapes command data', () => {
    expect(toLogLine(HOSTILE)).toBe(
      'x%0A::warning::INJECTED%0D%0A::add-mask::main%0A%0A# Heading | col </td></tr></table> @octo-org/team 100%25'
    )
  })

  it('escapes a line that would itself start a command', () => {
    expect(toLogLine('::stop-commands::x')).toBe('%3A%3Astop-commands::x')
    expect(toLogLine('  ::error::x')).toBe('  %3A%3Aerror::x')
    expect(toLogLine('a ::b')).toBe('a ::b')
  })
})

describe('toSummaryText', () => {
  it('neutralises HTML, pipes, line breaks and mentions', () => {
    expect(toSummaryText(HOSTILE)).toBe(
      'x␤::warning::INJECTED␤::add-mask::main␤␤# Heading &#124; col &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; @\u2060octo-org/team 100%'
    )
    expect(toSummaryText('a\u2028b"\'&')).toBe('a␤b&quot;&#39;&amp;')
  })
})

describe('shorten', () => {
  it('cuts long text in the middle to the limit, counting characters not UTF-16 units', () => {
    expect(shorten('short')).toBe('short')
    const long = `${'a'.repeat(100)}${'z'.repeat(100)}`
    const cut = shorten(long)
    expect(Array.from(cut)).toHaveLength(SUMMARY_CELL_CHARS)
    expect(cut).toBe(`${'a'.repeat(60)}…${'z'.repeat(39)}`)
    expect(Array.from(shorten('😀'.repeat(150)))).toHaveLength(SUMMARY_CELL_CHARS)
  })

  it('leaves text of exactly the limit whole', () => {
    const full = 'x'.repeat(SUMMARY_CELL_CHARS)
    expect(shorten(full)).toBe(full)
    expect(shorten(`${full}y`)).toBe(`${'x'.repeat(60)}…${'x'.repeat(38)}y`)
  })
})

describe('the job summary of hostile names', () => {
  it('keeps the table one HTML block, with no Markdown, tags or mentions from the names', () => {
    const name = `${HOSTILE}${'n'.repeat(300)}`
    const html = buildSummary({
      title: 'Artifacts',
      totals: '1 artifact(s)',
      notes: [`kept ${HOSTILE}`],
      table: { columns: ['Name', 'Branch'], rows: [[name, { code: HOSTILE }]] }
    }).stringify()
    const lines = html.split('\n')
    // No blank line and no line of its own for anything from the names.
    expect(lines.filter(l => l.includes('INJECTED')).every(l => /^<(table|p)>/.test(l))).toBe(true)
    expect(html).not.toMatch(/<\/td><\/tr><\/table> /)
    expect(html).not.toContain('@octo-org')
    expect(html).not.toContain('| col')
    const cell = /<td>([^<]*)<\/td>/.exec(html)?.[1] ?? ''
    expect(cell).toContain('…')
    expect(cell.endsWith('n'.repeat(39))).toBe(true)
  })
})
