import { Inputs } from '../../settings/inputs.js'
import type { OperationPlugin } from '../plugin.js'
import { type DownloadSettings, parseDownloadSettings } from './settings.js'

export const downloadPlugin: OperationPlugin<'download', { download: DownloadSettings }> = {
  name: 'download',
  inputs: [
    Inputs.Path,
    Inputs.MergeMultiple,
    Inputs.SkipDecompress,
    Inputs.DigestMismatch,
    Inputs.AllowForks,
    Inputs.Overwrite,
    Inputs.DeleteAfter,
    Inputs.DryRun,
    Inputs.Attestation,
    Inputs.AttestationSignerWorkflow,
    Inputs.AttestationPredicateType,
    Inputs.AttestationTrustedRoot
  ],
  ifNoArtifactFound: 'fail',
  unknownInputs: {
    risk: 'download other artifacts than meant or put them elsewhere',
    // Misspelt, these only fail louder, delete less or wait; others change what is taken.
    safe: new Set([
      Inputs.Operation,
      Inputs.GitHubToken,
      Inputs.IfNoArtifactFound,
      Inputs.MaxWait,
      Inputs.DeleteAfter,
      Inputs.RateLimitReserve
    ])
  },
  parse: input => ({ download: parseDownloadSettings(input) }),
  // Loaded when it runs: list and prune need not parse it.
  run: async (context, settings) => (await import('./index.js')).runDownload(context, settings)
}
