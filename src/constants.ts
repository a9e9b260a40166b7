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
  DeleteAfter = 'delete-after',
  DryRun = 'dry-run',
  RateLimitReserve = 'rate-limit-reserve',
  IfNoArtifactFound = 'if-no-artifact-found'
}

/** Output names, spelled exactly as in action.yml. */
export enum Outputs {
  Artifacts = 'artifacts',
  Count = 'count',
  TotalBytes = 'total-bytes',
  DownloadPath = 'download-path',
  DeletedCount = 'deleted-count',
  DeletedBytes = 'deleted-bytes',
  RemainingCount = 'remaining-count'
}

export const OPERATIONS = ['list', 'download', 'prune'] as const
export type Operation = (typeof OPERATIONS)[number]

export const DIGEST_MISMATCH_MODES = ['ignore', 'info', 'warn', 'error'] as const
export type DigestMismatchMode = (typeof DIGEST_MISMATCH_MODES)[number]

export const NOT_FOUND_MODES = ['fail', 'warn', 'ignore'] as const
export type NotFoundMode = (typeof NOT_FOUND_MODES)[number]

/** The REST API version this action is written against (the oldest every product documents). */
export const API_VERSION = '2022-11-28'

/** GitHub's largest page size; every listing asks for it. */
export const PER_PAGE = 100
