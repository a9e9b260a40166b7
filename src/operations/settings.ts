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

/** One shape per operation. */
export type Settings = ListSettings | DownloadOperationSettings | PruneOperationSettings

/** Throws an InputError before anything is sent to the API. */
export function getSettings(read: InputReader, now: Date = new Date()): Settings {
  const input = createReader(read)
  const { operation, common } = getCommonSettings(input, now)
  // A bad value is an error whichever operation runs.
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
