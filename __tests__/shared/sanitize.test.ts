import { describe, expect, it } from '@jest/globals'
import { buildSummary } from '../../src/report/summary.js'
import {
  shorten,
  showInvisible,
  SUMMARY_CELL_CHARS,
  toLogLine,
  toSummaryText
} from '../../src/shared/sanitize.js'

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

describe('showInvisible', () => {
  it.each([
    ['build-\u202Eexe.46x-niw', 'build-<U+202E>exe.46x-niw'],
    ['\u202A\u202B\u202C\u202D', '<U+202A><U+202B><U+202C><U+202D>'],
    ['\u2066a\u2067b\u2068c\u2069', '<U+2066>a<U+2067>b<U+2068>c<U+2069>'],
    ['di\u200Bst', 'di<U+200B>st'],
    ['\u200C\u200D\u200E\u200F\uFEFF', '<U+200C><U+200D><U+200E><U+200F><U+FEFF>'],
    ['soft\u00ADhyphen \u2060 \u061C \u180E', 'soft<U+00AD>hyphen <U+2060> <U+061C> <U+180E>'],
    ['\u3164\uFE0F\u{E0041}', '<U+3164><U+FE0F><U+E0041>'],
    ['esc\u001b[31mred\u007f\u0085', 'esc<U+001B>[31mred<U+007F><U+0085>'],
    ['x\ud800', 'x<U+D800>'],
    ['x\udbff', 'x<U+DBFF>']
  ])('shows %j as %j', (text, shown) => {
    expect(showInvisible(text)).toBe(shown)
  })

  it('leaves visible text, tabs and line breaks alone', () => {
    const text = 'dist café 😀 \u00a0KiB 日本語 a\tb\r\n'
    expect(showInvisible(text)).toBe(text)
  })

  it('makes two names that read alike differ, in the log and in the summary', () => {
    expect(toLogLine('di\u200Bst')).not.toBe(toLogLine('dist'))
    expect(toLogLine('build-\u202Eexe.46x-niw')).toBe('build-<U+202E>exe.46x-niw')
    expect(toSummaryText('build-\u202Eexe.46x-niw')).toBe('build-&lt;U+202E&gt;exe.46x-niw')
    // The word joiner after `@` is the summary's own, added after.
    expect(toSummaryText('@te\u2060am')).toBe('@\u2060te&lt;U+2060&gt;am')
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

describe('the job summary of names that read alike', () => {
  it('shows the invisible characters of names in the table', () => {
    const html = buildSummary({
      title: 'Artifacts',
      totals: '2 artifact(s)',
      notes: [],
      table: { columns: ['Name'], rows: [['dist'], ['di\u200Bst'], ['build-\u202Eexe.46x-niw']] }
    }).stringify()
    expect(html).toContain('<td>dist</td>')
    expect(html).toContain('<td>di&lt;U+200B&gt;st</td>')
    expect(html).toContain('<td>build-&lt;U+202E&gt;exe.46x-niw</td>')
    expect(html).not.toMatch(/[\u200B\u202E]/)
  })
})
