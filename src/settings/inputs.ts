/** Input names, spelled exactly as in action.yml. */
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
  Pr = 'pr',
  Workflow = 'workflow',
  WorkflowConclusion = 'workflow-conclusion',
  Event = 'event',
  OlderThan = 'older-than',
  NewerThan = 'newer-than',
  KeepLatest = 'keep-latest',
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
  IfNoArtifactFound = 'if-no-artifact-found',
  MaxWait = 'max-wait',
  Attestation = 'attestation',
  AttestationSignerWorkflow = 'attestation-signer-workflow',
  AttestationPredicateType = 'attestation-predicate-type',
  AttestationTrustedRoot = 'attestation-trusted-root'
}

/** Output names, spelled exactly as in action.yml. */
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

export const OPERATIONS = ['list', 'download', 'prune'] as const
export type Operation = (typeof OPERATIONS)[number]

/**
 * Every input's default exactly as action.yml declares it (checked by a test); undefined where
 * action.yml gives none. A `${{ … }}` default is filled in by the runner, so the parsers fall
 * back to the environment the runner sets (GITHUB_REPOSITORY, GITHUB_WORKSPACE) instead.
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
  [Inputs.Pr]: undefined,
  [Inputs.Workflow]: undefined,
  [Inputs.WorkflowConclusion]: undefined,
  [Inputs.Event]: undefined,
  [Inputs.OlderThan]: undefined,
  [Inputs.NewerThan]: undefined,
  [Inputs.KeepLatest]: undefined,
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
  [Inputs.IfNoArtifactFound]: undefined,
  [Inputs.MaxWait]: '5m',
  [Inputs.Attestation]: 'off',
  [Inputs.AttestationSignerWorkflow]: undefined,
  [Inputs.AttestationPredicateType]: 'https://slsa.dev/provenance/v1',
  [Inputs.AttestationTrustedRoot]: undefined
}

/** The inputs that not every operation reads, by operation: the others ignore them. */
export const OPERATION_INPUTS: Record<Operation, readonly Inputs[]> = {
  list: [],
  download: [
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
  prune: [Inputs.DryRun, Inputs.RateLimitReserve]
}

/** A literal default, or undefined for none or one the runner fills in. */
export function literalDefault(input: Inputs): string | undefined {
  const value = INPUT_DEFAULTS[input]
  return value === undefined || value.startsWith('${{') ? undefined : value
}

/** The REST API version this action is written against (the oldest every product documents). */
export const API_VERSION = '2022-11-28'

/** GitHub's largest page size; every listing asks for it. */
export const PER_PAGE = 100
