/** Bidi controls make `build-\u202Eexe.46x-niw` read `build-win-x64.exe`. */
const INVISIBLE = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cs}\p{Cc}]/gu

/** e.g. `<U+202E>` */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    c => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`
  )
}

/** A line starting with `::` is a workflow command; the runner splits at CR and LF only. */
export function toLogLine(text: string): string {
  const line = showInvisible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return /^\s*::/.test(line) ? line.replace('::', '%3A%3A') : line
}

export const SUMMARY_CELL_CHARS = 100

/** Cut in the middle. */
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

/** No tag, table or code span; no blank line to end the HTML block; no `@` mention. */
export function toSummaryText(text: string): string {
  return showInvisible(text)
    .replace(/[&<>"'|`]/g, c => HTML_ENTITIES[c] ?? c)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '␤')
    .replace(/@/g, '@\u2060')
}
