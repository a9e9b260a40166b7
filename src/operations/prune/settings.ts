import { Inputs } from '../../settings/inputs.js'
import { invalid, parseBoolean, type Reader } from '../../settings/parse.js'
import { hasSelection, NARROWING_INPUTS, type SelectionSettings } from '../../settings/selection.js'
import { InputError } from '../../shared/errors.js'
import type { OperationSettings } from '../plugin.js'

/** How much of the hourly API budget prune leaves for the repository's other workflows. */
export type RateLimitReserve =
  { kind: 'percent'; value: number } | { kind: 'requests'; value: number }

export type PruneOperationSettings = OperationSettings<'prune', { prune: PruneSettings }>

/** The inputs only prune reads. */
export interface PruneSettings {
  /** Select and report, delete nothing. */
  dryRun: boolean
  /** The share of the hourly budget to leave untouched. */
  rateLimitReserve: RateLimitReserve
  /** Spare artifacts of runs whose head commit a tag points to. */
  keepTagged: boolean
}

function parseReserve(value: string): RateLimitReserve {
  const percent = /^(\d{1,3}(?:\.\d{1,6})?)\s*%$/.exec(value)
  if (percent !== null && Number(percent[1]) <= 100) {
    return { kind: 'percent', value: Number(percent[1]) }
  }
  if (/^\d{1,15}$/.test(value)) {
    return { kind: 'requests', value: Number(value) }
  }
  throw invalid(
    Inputs.RateLimitReserve,
    value,
    "Expected a percentage of the hourly limit from 0% to 100% (e.g. '10%') or a number of requests (e.g. '200')."
  )
}

/** Requests of the hour prune must not spend. */
export function reserveOf(reserve: RateLimitReserve, hourlyLimit: number): number {
  return reserve.kind === 'percent' ? Math.ceil((hourlyLimit * reserve.value) / 100) : reserve.value
}

/** Prune refuses to run without a selection: no accidental wipe. */
export function checkPruneSelection(selection: SelectionSettings): void {
  if (!hasSelection(selection)) {
    const inputs = NARROWING_INPUTS.map(name => `'${name}'`)
    throw new InputError(
      `Refusing to prune without a selection: give at least one of ${inputs.slice(0, -1).join(', ')} or ${inputs[inputs.length - 1]}. To prune every artifact of the repository on purpose, say pattern: '*'.`
    )
  }
}

export function parsePruneSettings(input: Reader): PruneSettings {
  return {
    dryRun: parseBoolean(Inputs.DryRun, input.value(Inputs.DryRun)),
    rateLimitReserve: parseReserve(input.value(Inputs.RateLimitReserve)),
    keepTagged: parseBoolean(Inputs.KeepTagged, input.value(Inputs.KeepTagged))
  }
}
