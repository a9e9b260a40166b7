import type { Report } from '../report/report.js'
import type { CommonSettings, OperationInputs } from '../settings/index.js'
import type { Reader } from '../settings/parse.js'
import type { OperationContext } from './context.js'

/** An operation's settings: the shared ones, its name, and what its parse gives. */
export type OperationSettings<Name extends string, Own extends object = object> = CommonSettings & {
  operation: Name
} & Own

/** One operation: the registry (operations/index.ts) composes settings and dispatch from these. */
export interface OperationPlugin<
  Name extends string,
  Own extends object = object
> extends OperationInputs {
  name: Name
  /** Its own inputs; called whichever operation runs, so that a bad value is always an error. */
  parse: (input: Reader) => Own
  /** Refusals of the shared settings, when this operation runs (prune without a selection). */
  check?: (common: CommonSettings) => void
  /** The work; a heavy implementation is imported here, so that other operations never load it. */
  run: (context: OperationContext, settings: OperationSettings<Name, Own>) => Promise<Report>
}
