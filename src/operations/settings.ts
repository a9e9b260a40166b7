import { type CommonSettings, createReader, getCommonSettings } from '../settings/index.js'
import type { InputReader } from '../settings/parse.js'
import { type DownloadSettings, parseDownloadSettings } from './download/settings.js'
import { checkPruneSelection, parsePruneSettings, type PruneSettings } from './prune/settings.js'

export type ListSettings = CommonSettings & { operation: 'list' }
export type DownloadOperationSettings = CommonSettings & {
  operation: 'download'
  download: DownloadSettings
}
export type PruneOperationSettings = CommonSettings & { operation: 'prune'; prune: PruneSettings }

/** Everything the action was asked to do, parsed and validated: one shape per operation. */
export type Settings = ListSettings | DownloadOperationSettings | PruneOperationSettings

/**
 * Reads and validates every input. Throws an InputError naming the input, the value and what is
 * accepted; nothing has been sent to the API by then.
 */
export function getSettings(read: InputReader, now: Date = new Date()): Settings {
  const input = createReader(read)
  const { operation, common } = getCommonSettings(input, now)
  // Every operation's inputs are checked, so that a bad value is an error whichever operation
  // runs; each operation keeps only its own slice.
  const download = parseDownloadSettings(input)
  const prune = parsePruneSettings(input)
  switch (operation) {
    case 'list':
      return { ...common, operation }
    case 'download':
      return { ...common, operation, download }
    case 'prune':
      checkPruneSelection(common.selection)
      return { ...common, operation, prune }
  }
}
