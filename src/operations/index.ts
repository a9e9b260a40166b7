import type { Operation } from '../settings/inputs.js'
import type { Settings } from './settings.js'
import type { Report } from '../report/report.js'
import type { OperationContext } from './context.js'
import { runList } from './list/index.js'
import { runPrune } from './prune/index.js'

type Runner<O extends Operation> = (
  context: OperationContext,
  settings: Extract<Settings, { operation: O }>
) => Promise<Report>

/** Adding an operation touches its folder and this table. */
export const OPERATION_RUNNERS: { [O in Operation]: Runner<O> } = {
  list: runList,
  // Loaded when it runs: list and prune need not parse it.
  download: async (context, settings) =>
    (await import('./download/index.js')).runDownload(context, settings),
  prune: runPrune
}

export function runOperation(context: OperationContext, settings: Settings): Promise<Report> {
  const run = OPERATION_RUNNERS[settings.operation] as Runner<Operation>
  return run(context, settings as Extract<Settings, { operation: Operation }>)
}
