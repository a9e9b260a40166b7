import type { Operation } from '../settings/inputs.js'
import type { Settings } from '../settings/index.js'
import type { Report } from '../report/report.js'
import type { OperationContext } from './context.js'
import { runDownload } from './download/index.js'
import { runList } from './list/index.js'
import { runPrune } from './prune/index.js'

type Runner<O extends Operation> = (
  context: OperationContext,
  settings: Extract<Settings, { operation: O }>
) => Promise<Report>

/** Every operation, by the name `operation` takes: adding one touches its folder and this table. */
export const OPERATION_RUNNERS: { [O in Operation]: Runner<O> } = {
  list: runList,
  download: runDownload,
  prune: runPrune
}

/** Runs the operation the settings name. */
export function runOperation(context: OperationContext, settings: Settings): Promise<Report> {
  const run = OPERATION_RUNNERS[settings.operation] as Runner<Operation>
  return run(context, settings as Extract<Settings, { operation: Operation }>)
}
