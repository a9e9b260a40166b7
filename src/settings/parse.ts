import { InputError } from '../shared/errors.js'
import { INPUT_DEFAULTS, type Inputs } from './inputs.js'

/** Raw value; empty when unset. */
export type InputReader = (name: string) => string

/** Gives what a workflow that leaves the input out would. */
export interface Reader {
  /** Trimmed, else the literal default, else empty. */
  value: (input: Inputs) => string
  /** Untrimmed, for multi-line inputs. */
  raw: (input: Inputs) => string
}

/** Not one the runner fills in. */
export function literalDefault(input: Inputs): string | undefined {
  const value = INPUT_DEFAULTS[input]
  return value === undefined || value.startsWith('${{') ? undefined : value
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

/** One of options, case-insensitively. */
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

/** Trimmed, without blanks or repeats. */
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

/** As core.getBooleanInput accepts. */
export function parseBoolean(input: Inputs, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalid(input, value, 'Valid options are: true, false')
}

/** Exact in a double; undefined when empty. */
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

/** Comma- or newline-separated, without repeats. */
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

/** A duration back from now, or an ISO-8601 date; without an offset, UTC. */
export function parseInstant(input: Inputs, value: string, now: Date): Date | undefined {
  if (value === '') return undefined
  const duration = /^(\d+)\s*([mhdw])$/.exec(value)
  if (duration !== null) {
    const ms = Number(duration[1]) * DURATION_UNITS_MS[duration[2]]
    const instant = new Date(now.getTime() - ms)
    // Too long to count exactly: a typo.
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
  // Date.parse rolls 2026-02-30 over to March 2.
  const possible =
    iso !== null &&
    Number(iso[3]) >= 1 &&
    Number(iso[3]) <= new Date(Date.UTC(Number(iso[1]), Number(iso[2]), 0)).getUTCDate() &&
    (iso[5] === undefined || Number(iso[5]) <= 23)
  // Date.parse would take the runner's time zone.
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

/** Decimal units as GitHub bills. A Map: constructor must not find Object.prototype's. */
const SIZE_UNITS = new Map<string, bigint>([
  ['', 1n],
  ['b', 1n],
  ['kb', 1000n],
  ['mb', 1000n ** 2n],
  ['gb', 1000n ** 3n],
  ['tb', 1000n ** 4n],
  ['kib', 1024n],
  ['mib', 1024n ** 2n],
  ['gib', 1024n ** 3n],
  ['tib', 1024n ** 4n]
])

/** Tools read these as 1000 or 1024. */
const AMBIGUOUS_UNITS = new Map([
  ['k', ['kB', 'KiB']],
  ['m', ['MB', 'MiB']],
  ['g', ['GB', 'GiB']],
  ['t', ['TB', 'TiB']]
])

const SIZE_FORMS =
  "Expected a size in bytes, e.g. '500000', '100MB', '1.5 GiB': a number with B or no unit for bytes, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024), in any case."

/** Exact (BigInt): 1.1MB is 1100000 bytes. */
export function parseSize(input: Inputs, value: string): number | undefined {
  if (value === '') return undefined
  const match = /^(\d{1,16})(?:\.(\d{1,12}))?\s*([a-z]{0,3})$/i.exec(value)
  const unitName = match?.[3].toLowerCase() ?? ''
  const ambiguous = AMBIGUOUS_UNITS.get(unitName)
  if (match !== null && ambiguous !== undefined) {
    throw invalid(
      input,
      value,
      `The unit '${match[3]}' is ambiguous: write '${ambiguous[0]}' for powers of 1000 or '${ambiguous[1]}' for powers of 1024.`
    )
  }
  const unit = SIZE_UNITS.get(unitName)
  if (match === null || unit === undefined) throw invalid(input, value, SIZE_FORMS)
  const fraction = match[2] ?? ''
  const scaled = BigInt(match[1] + fraction) * unit
  const divisor = 10n ** BigInt(fraction.length)
  if (scaled % divisor !== 0n) {
    throw invalid(
      input,
      value,
      'Expected a whole number of bytes: a fraction of a byte is no size.'
    )
  }
  const bytes = scaled / divisor
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw invalid(input, value, `Expected at most ${Number.MAX_SAFE_INTEGER} bytes.`)
  }
  return Number(bytes)
}
