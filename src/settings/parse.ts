import { InputError } from '../shared/errors.js'
import { type Inputs, literalDefault } from './inputs.js'

/** Reads one input's raw value ('' when unset). */
export type InputReader = (name: string) => string

/**
 * An input reader that trims values and falls back to action.yml's literal default, so that a
 * parser sees what a workflow that leaves the input out would give.
 */
export interface Reader {
  /** The trimmed value, or the literal default, or ''. */
  value: (input: Inputs) => string
  /** The raw value, untrimmed (multi-line inputs split it themselves). */
  raw: (input: Inputs) => string
}

export function createReader(read: InputReader): Reader {
  return {
    value: input => read(input).trim() || (literalDefault(input) ?? ''),
    raw: input => read(input)
  }
}

export function invalid(input: Inputs, value: string, accepted: string): InputError {
  return new InputError(`Invalid value for '${input}': '${value}'. ${accepted}`)
}

/** One of `options`, case-insensitively (`Prune` is `prune`). */
export function parseChoice<T extends string>(
  input: Inputs,
  value: string,
  options: readonly T[]
): T {
  const found = options.find(option => option === value.toLowerCase())
  if (found === undefined) {
    throw invalid(input, value, `Valid options are: ${options.join(', ')}`)
  }
  return found
}

/** Lines of a multi-line input, trimmed, without blanks or repeats. */
export function splitLines(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '')
    )
  ]
}

/** The YAML 1.2 core schema spellings, as core.getBooleanInput accepts them. */
export function parseBoolean(input: Inputs, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalid(input, value, 'Valid options are: true, false')
}

/** A whole number of at least `min` that a double holds exactly, or undefined for ''. */
export function parseWholeNumber(input: Inputs, value: string, min: number): number | undefined {
  if (value === '') return undefined
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw invalid(
      input,
      value,
      `Expected a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}.`
    )
  }
  return number
}

/** Comma- or newline-separated ids, without repeats. */
export function parseIds(input: Inputs, value: string): number[] {
  const parts = value
    .split(/[,\r\n]/)
    .map(part => part.trim())
    .filter(part => part !== '')
  return [...new Set(parts.map(part => parseWholeNumber(input, part, 1) as number))]
}

const DURATION_UNITS_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

/**
 * A duration back from `now` (`90m`, `12h`, `30d`, `2w`) or an ISO-8601 date or date-time
 * (a date alone is midnight UTC; a time without an offset is UTC, whatever the runner's time zone).
 */
export function parseInstant(input: Inputs, value: string, now: Date): Date | undefined {
  if (value === '') return undefined
  const duration = /^(\d+)\s*([mhdw])$/.exec(value)
  if (duration !== null) {
    const ms = Number(duration[1]) * DURATION_UNITS_MS[duration[2]]
    const instant = new Date(now.getTime() - ms)
    // A duration too long to count exactly, or reaching past what a date holds, is a typo.
    if (!Number.isSafeInteger(ms) || Number.isNaN(instant.getTime())) {
      throw invalid(
        input,
        value,
        "Expected a duration short enough to count back from now, e.g. '30d' or '2w'."
      )
    }
    return instant
  }
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]((\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      value
    )
  // Date.parse rolls an impossible day over (2026-02-30 becomes March 2): check it against the
  // month's length first.
  const possible =
    iso !== null &&
    Number(iso[3]) >= 1 &&
    Number(iso[3]) <= new Date(Date.UTC(Number(iso[1]), Number(iso[2]), 0)).getUTCDate() &&
    (iso[5] === undefined || Number(iso[5]) <= 23)
  // Without an offset, a time is UTC like a date alone (Date.parse would take the runner's zone).
  const time = possible
    ? Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00:00'}${iso[6] ?? 'Z'}`)
    : NaN
  if (Number.isNaN(time)) {
    throw invalid(
      input,
      value,
      "Expected a duration with a unit m, h, d or w (e.g. '90m', '12h', '30d', '2w') or an ISO-8601 date (e.g. '2026-01-31' or '2026-01-31T12:00:00Z')."
    )
  }
  return new Date(time)
}
