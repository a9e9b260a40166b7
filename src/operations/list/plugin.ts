import type { OperationPlugin } from '../plugin.js'
import { runList } from './index.js'

export const listPlugin: OperationPlugin<'list'> = {
  name: 'list',
  inputs: [],
  ifNoArtifactFound: 'ignore',
  parse: () => ({}),
  run: runList
}
