import { getCommonSettings } from '../settings/index.js'
import { createReader, type InputReader } from '../settings/parse.js'
import { OPERATIONS, type Settings } from './index.js'

/** Throws an InputError before anything is sent to the API. */
export function getSettings(read: InputReader, now: Date = new Date()): Settings {
  const input = createReader(read)
  const { operation, common } = getCommonSettings(input, now, OPERATIONS)
  // A bad value is an error whichever operation runs.
  const own = OPERATIONS.map(plugin => plugin.parse(input))
  const chosen = OPERATIONS.findIndex(plugin => plugin.name === operation.name)
  OPERATIONS[chosen].check?.(common)
  return { ...common, operation: operation.name, ...own[chosen] } as Settings
}
