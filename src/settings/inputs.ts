/** As spelled in action.yml. */
export enum Inputs {
  Operation = 'operation',
  GitHubToken = 'github-token',
  Repository = 'repository',
  Name = 'name',
  Pattern = 'pattern',
  ArtifactIds = 'artifact-ids',
  RunId = 'run-id',
  Branch = 'branch',
  Commit = 'commit',
  Ref = 'ref',
  Pr = 'pr',
  Workflow = 'workflow',
  RunNumber = 'run-number',
  WorkflowConclusion = 'workflow-conclusion',
  Event = 'event',
  OlderThan = 'older-than',
  NewerThan = 'newer-than',
  KeepLatest = 'keep-latest',
  MinSize = 'min-size',
  MaxSize = 'max-size',
  Limit = 'limit',
  Path = 'path',
  MergeMultiple = 'merge-multiple',
  SkipDecompress = 'skip-decompress',
  DigestMismatch = 'digest-mismatch',
  AllowForks = 'allow-forks',
  Overwrite = 'overwrite',
  DeleteAfter = 'delete-after',
  DryRun = 'dry-run',
  RateLimitReserve = 'rate-limit-reserve',
  KeepTagged = 'keep-tagged',
  IfNoArtifactFound = 'if-no-artifact-found',
  MaxWait = 'max-wait',
  Attestation = 'attestation',
  AttestationSignerWorkflow = 'attestation-signer-workflow',
  AttestationPredicateType = 'attestation-predicate-type',
  AttestationTrustedRoot = 'attestation-trusted-root'
}

/** As spelled in action.yml. */
export enum Outputs {
  Artifacts = 'artifacts',
  ArtifactsTruncated = 'artifacts-truncated',
  ArtifactsFile = 'artifacts-file',
  Count = 'count',
  TotalBytes = 'total-bytes',
  DownloadPath = 'download-path',
  DeletedCount = 'deleted-count',
  DeletedBytes = 'deleted-bytes',
  RemainingCount = 'remaining-count'
}

/**
 * As action.yml declares them (a test checks). The runner fills in the ${{ }} ones; parsers read
 * its environment instead.
 */
export const INPUT_DEFAULTS: Record<Inputs, string | undefined> = {
  [Inputs.Operation]: 'list',
  [Inputs.GitHubToken]: '${{ github.token }}',
  [Inputs.Repository]: '${{ github.repository }}',
  [Inputs.Name]: undefined,
  [Inputs.Pattern]: undefined,
  [Inputs.ArtifactIds]: undefined,
  [Inputs.RunId]: undefined,
  [Inputs.Branch]: undefined,
  [Inputs.Commit]: undefined,
  [Inputs.Ref]: undefined,
  [Inputs.Pr]: undefined,
  [Inputs.Workflow]: undefined,
  [Inputs.RunNumber]: undefined,
  [Inputs.WorkflowConclusion]: undefined,
  [Inputs.Event]: undefined,
  [Inputs.OlderThan]: undefined,
  [Inputs.NewerThan]: undefined,
  [Inputs.KeepLatest]: undefined,
  [Inputs.MinSize]: undefined,
  [Inputs.MaxSize]: undefined,
  [Inputs.Limit]: undefined,
  [Inputs.Path]: '${{ github.workspace }}',
  [Inputs.MergeMultiple]: 'false',
  [Inputs.SkipDecompress]: 'false',
  [Inputs.DigestMismatch]: 'error',
  [Inputs.AllowForks]: 'false',
  [Inputs.Overwrite]: 'true',
  [Inputs.DeleteAfter]: 'false',
  [Inputs.DryRun]: 'false',
  [Inputs.RateLimitReserve]: '10%',
  [Inputs.KeepTagged]: 'false',
  [Inputs.IfNoArtifactFound]: undefined,
  [Inputs.MaxWait]: '5m',
  [Inputs.Attestation]: 'off',
  [Inputs.AttestationSignerWorkflow]: undefined,
  [Inputs.AttestationPredicateType]: 'https://slsa.dev/provenance/v1',
  [Inputs.AttestationTrustedRoot]: undefined
}

/** Not one the runner fills in. */
export function literalDefault(input: Inputs): string | undefined {
  const value = INPUT_DEFAULTS[input]
  return value === undefined || value.startsWith('${{') ? undefined : value
}
