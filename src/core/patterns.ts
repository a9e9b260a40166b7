import { compilePatterns } from './select.js'

/** What a glob never needs: anchors, escapes, .*, groups. */
const REGEX_MARKS = /^\^|\$$|\\[dDwWsSb.]|\.\*|\.\+|\(.*\|.*\)|\[[^\]]*\][*+]/

/** Reads like a regular expression, not a glob. */
export function looksLikeRegex(pattern: string): boolean {
  return REGEX_MARKS.test(pattern)
}

/** The glob a regular expression obviously meant, or undefined. */
export function globFromRegex(pattern: string): string | undefined {
  let glob = pattern.replace(/^\^/, '').replace(/\$$/, '')
  const anchoredStart = pattern.startsWith('^')
  const anchoredEnd = pattern.endsWith('$')
  glob = glob
    .replace(/\.\*/g, '*')
    .replace(/\.\+/g, '?*')
    .replace(
      /\((\w+(?:\|\w+)+)\)/g,
      (_, alternatives: string) => `{${alternatives.split('|').join(',')}}`
    )
    // An escaped dot is a dot; any other dot is one character.
    .split('\\.')
    .map(part => part.replace(/\./g, '?'))
    .join('.')
  if (/[\\()|^$+]/.test(glob)) return undefined
  // Unanchored, it matches anywhere.
  return `${anchoredStart ? '' : '*'}${glob}${anchoredEnd ? '' : '*'}`.replace(/\*{2,}/g, '*')
}

/** A cleanup that silently matches nothing forever is a failure nobody sees. */
export function regexPatternWarnings(
  patterns: readonly string[],
  names: Iterable<string>
): string[] {
  const listed = [...names]
  const warnings: string[] = []
  for (const line of patterns) {
    const pattern = line.startsWith('!') ? line.slice(1) : line
    if (!looksLikeRegex(pattern)) continue
    const matches = compilePatterns([pattern])
    if (listed.some(matches)) continue
    const glob = globFromRegex(pattern)
    warnings.push(
      `Pattern '${pattern}' matched no artifact name and reads like a regular expression, but patterns are globs (minimatch)${glob === undefined ? '' : `: did you mean '${glob}'?`}`
    )
  }
  return warnings
}
