import { Inputs } from '../../settings/inputs.js'
import type { OperationPlugin } from '../plugin.js'
import { runPrune } from './index.js'
import { checkPruneSelection, parsePruneSettings, type PruneSettings } from './settings.js'

export const prunePlugin: OperationPlugin<'prune', { prune: PruneSettings }> = {
  name: 'prune',
  inputs: [Inputs.DryRun, Inputs.RateLimitReserve, Inputs.KeepTagged],
  // A prune that silently does nothing forever is a failure nobody sees: it warns.
  ifNoArtifactFound: 'warn',
  // A misspelt dry_run or a foreign run_id widens what it deletes.
  unknownInputs: { risk: 'delete more than meant' },
  parse: input => ({ prune: parsePruneSettings(input) }),
  check: common => checkPruneSelection(common.selection),
  run: (context, settings) => runPrune(context, settings)
}
