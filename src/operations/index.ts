import type { Report } from '../report/report.js'
import type { OperationContext } from './context.js'
import { downloadPlugin } from './download/plugin.js'
import { listPlugin } from './list/plugin.js'
import type { OperationPlugin, OperationSettings } from './plugin.js'
import { prunePlugin } from './prune/plugin.js'

/** Every operation. Adding one touches its folder and this line. */
export const OPERATIONS = [listPlugin, downloadPlugin, prunePlugin] as const

type Plugin = (typeof OPERATIONS)[number]
type SettingsOf<P> =
  P extends OperationPlugin<infer Name, infer Own> ? OperationSettings<Name, Own> : never

/** One shape per operation. */
export type Settings = SettingsOf<Plugin>

/** The plug-in `settings.operation` names. */
export function runOperation(context: OperationContext, settings: Settings): Promise<Report> {
  const plugin = OPERATIONS.find(p => p.name === settings.operation) as OperationPlugin<
    string,
    object
  >
  return plugin.run(context, settings)
}
