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

/** The plug-in of that name. */
export function pluginOf(name: Settings['operation']): OperationPlugin<string, object> {
  return OPERATIONS.find(plugin => plugin.name === name) as OperationPlugin<string, object>
}

export function runOperation(context: OperationContext, settings: Settings): Promise<Report> {
  return pluginOf(settings.operation).run(context, settings)
}
