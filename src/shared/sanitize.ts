/**
 * Characters that display as nothing, or change how what follows displays: format characters
 * (bidi controls U+202A–U+202E and U+2066–U+2069 turn `build-\u202Eexe.46x-niw` into
 * `build-win-x64.exe`), zero-width ones (`di\u200Bst` reads `dist`), the rest of Unicode's
 * default-ignorable code points (variation selectors, Hangul fillers, tags), control characters
 * (an ESC recolours the log) and lone surrogates. Tab, CR and LF are left to the callers.
 */
const INVISIBLE = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cs}\p{Cc}]/gu

/** Each invisible character shown as its code point, e.g. `<U+202E>`. */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    c => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`
  )
}

/**
 * Text from outside (entry and artifact names, branch names, server messages) made safe for the
 * two places the runner interprets: its log and the job summary.
 *
 * The log: the runner reads any line that starts with `::` (after white space) as a workflow
 * command (`::add-mask::`, `::warning::`, `::stop-commands::`…). A name holding a newline would
 * start a line of its own. `%`, CR and LF are escaped as the toolkit escapes a command's data
 * (`%25`, `%0D`, `%0A`), so that the text stays one line; and a line that would itself start
 * with `::` has those escaped too (`%3A%3A`). The runner splits lines on CR and LF only.
 * Invisible characters are shown (showInvisible).
 */
export function toLogLine(text: string): string {
  const line = showInvisible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return /^\s*::/.test(line) ? line.replace('::', '%3A%3A') : line
}

/** Longest text of a summary table cell; longer ones keep their start and end. */
export const SUMMARY_CELL_CHARS = 100

/** `text` cut in the middle to at most `max` characters, or as it is. */
export function shorten(text: string, max: number = SUMMARY_CELL_CHARS): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const head = Math.ceil((max - 1) * 0.6)
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;'
}

/**
 * The job summary is GitHub-flavoured Markdown that holds HTML. Text is HTML-escaped (no tag,
 * no attribute), pipes and backticks are escaped (no Markdown table, no code span or block), and line breaks become `␤`: a blank line
 * would end the HTML block and let what follows render as Markdown (headings, links). An `@`
 * gets a word joiner after it, so that a name cannot mention a user or team. Invisible
 * characters are shown first (showInvisible), so that two names that read alike differ.
 */
export function toSummaryText(text: string): string {
  return showInvisible(text)
    .replace(/[&<>"'|`]/g, c => HTML_ENTITIES[c] ?? c)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '␤')
    .replace(/@/g, '@\u2060')
}
