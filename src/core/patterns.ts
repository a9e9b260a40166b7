import { compilePatterns } from './select.js'

/** Marks of a regular expression that a glob never needs: anchors, escapes, `.*`, groups. */
const REGEX_MARKS = /^\^|\$$|\\[dDwWsSb.]|\.\*|\.\+|\(.*\|.*\)|\[[^\]]*\][*+]/

/** True when a pattern reads like a regular expression rather than a glob. */
export function looksLikeRegex(pattern: string): boolean {
  return REGEX_MARKS.test(pattern)
}

/**
 * The glob a regular expression most likely meant, where that is obvious (anchors dropped,
 * `.*` as `*`, `.` as `?`, `\.` as `.`, `(a|b)` as `{a,b}`); undefined where it is not.
 */
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
  // An unanchored regular expression matches anywhere in the name.
  return `${anchoredStart ? '' : '*'}${glob}${anchoredEnd ? '' : '*'}`.replace(/\*{2,}/g, '*')
}

/**
 * Warnings for patterns that matched no name and read like regular expressions: patterns are
 * globs, and a cleanup that silently matches nothing forever is a failure nobody sees.
 */
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
