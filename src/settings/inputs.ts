// Generated from action.yml by scripts/docs.mjs (npm run docs); the docs check fails when it
// differs. Do not edit: change action.yml and run npm run docs.

/** As spelled in action.yml. */
export const Inputs = {
  Operation: 'operation',
  GitHubToken: 'github-token',
  Repository: 'repository',
  Name: 'name',
  Pattern: 'pattern',
  ArtifactIds: 'artifact-ids',
  RunId: 'run-id',
  Branch: 'branch',
  Commit: 'commit',
  Ref: 'ref',
  Pr: 'pr',
  Workflow: 'workflow',
  RunNumber: 'run-number',
  WorkflowConclusion: 'workflow-conclusion',
  Event: 'event',
  OlderThan: 'older-than',
  NewerThan: 'newer-than',
  MinSize: 'min-size',
  MaxSize: 'max-size',
  KeepLatest: 'keep-latest',
  Limit: 'limit',
  Path: 'path',
  MergeMultiple: 'merge-multiple',
  SkipDecompress: 'skip-decompress',
  DigestMismatch: 'digest-mismatch',
  AllowForks: 'allow-forks',
  Overwrite: 'overwrite',
  DeleteAfter: 'delete-after',
  Attestation: 'attestation',
  AttestationSignerWorkflow: 'attestation-signer-workflow',
  AttestationPredicateType: 'attestation-predicate-type',
  AttestationTrustedRoot: 'attestation-trusted-root',
  DryRun: 'dry-run',
  RateLimitReserve: 'rate-limit-reserve',
  KeepTagged: 'keep-tagged',
  IfNoArtifactFound: 'if-no-artifact-found',
  MaxWait: 'max-wait'
} as const
export type Inputs = (typeof Inputs)[keyof typeof Inputs]

/** As spelled in action.yml. */
export const Outputs = {
  Artifacts: 'artifacts',
  ArtifactsTruncated: 'artifacts-truncated',
  ArtifactsFile: 'artifacts-file',
  Count: 'count',
  TotalBytes: 'total-bytes',
  DownloadPath: 'download-path',
  DeletedCount: 'deleted-count',
  DeletedBytes: 'deleted-bytes',
  RemainingCount: 'remaining-count'
} as const
export type Outputs = (typeof Outputs)[keyof typeof Outputs]

/** action.yml's defaults. The runner fills in the ${{ }} ones; parsers read its environment. */
export const INPUT_DEFAULTS: Readonly<Record<Inputs, string | undefined>> = {
  operation: 'list',
  'github-token': '${{ github.token }}',
  repository: '${{ github.repository }}',
  name: undefined,
  pattern: undefined,
  'artifact-ids': undefined,
  'run-id': undefined,
  branch: undefined,
  commit: undefined,
  ref: undefined,
  pr: undefined,
  workflow: undefined,
  'run-number': undefined,
  'workflow-conclusion': undefined,
  event: undefined,
  'older-than': undefined,
  'newer-than': undefined,
  'min-size': undefined,
  'max-size': undefined,
  'keep-latest': undefined,
  limit: undefined,
  path: '${{ github.workspace }}',
  'merge-multiple': 'false',
  'skip-decompress': 'false',
  'digest-mismatch': 'error',
  'allow-forks': 'false',
  overwrite: 'true',
  'delete-after': 'false',
  attestation: 'off',
  'attestation-signer-workflow': undefined,
  'attestation-predicate-type': 'https://slsa.dev/provenance/v1',
  'attestation-trusted-root': undefined,
  'dry-run': 'false',
  'rate-limit-reserve': '10%',
  'keep-tagged': 'false',
  'if-no-artifact-found': undefined,
  'max-wait': '5m'
}
