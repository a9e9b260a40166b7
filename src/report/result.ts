import type { Operation } from '../constants.js'
import type { Artifact, WorkflowRunRef } from '../github/types.js'

/** One selected artifact as the `artifacts` output shows it. */
export interface ReportedArtifact {
  id: number
  name: string
  size_in_bytes: number
  created_at: string | null
  expires_at: string | null
  expired: boolean
  digest: string | null
  workflow_run: WorkflowRunRef | null
  /** download: where it was written. */
  path?: string
  /** download: the sha256 of the archive as received, hex. */
  sha256?: string
  /** download: the outcome of comparing `sha256` with `digest`. */
  digest_check?: 'match' | 'mismatch' | 'absent'
  /** download: seconds the transfer took. */
  seconds?: number
  /** prune: whether it was deleted. */
  deleted?: boolean
  /** prune, download: what went wrong with this artifact. */
  error?: string
}

/** What an operation did, for the outputs and the job summary. */
export interface OperationResult {
  operation: Operation
  /** The selection, in the order acted on, with what happened to each. */
  artifacts: ReportedArtifact[]
  /** download: the absolute destination. */
  downloadPath?: string
  /** prune: deletions made, bytes freed, and selected artifacts left for a later run. */
  prune?: {
    deletedCount: number
    deletedBytes: number
    remainingCount: number
    failedCount: number
    dryRun: boolean
  }
  /** Artifacts spared by keep-latest. */
  kept: Artifact[]
  /** Lines for the job summary, above the table. */
  notes: string[]
  /** Set when the step must fail once outputs and summary are written. */
  failure?: string
}

/** The sum of `size_in_bytes`. */
export function totalBytes(artifacts: readonly { size_in_bytes: number }[]): number {
  return artifacts.reduce((sum, a) => sum + a.size_in_bytes, 0)
}

/** `'name' (id N): error` for each artifact that failed, joined for one message. */
export function describeFailures(artifacts: readonly ReportedArtifact[]): string {
  return artifacts
    .filter(a => a.error !== undefined)
    .map(a => `'${a.name}' (id ${a.id}): ${a.error}`)
    .join('; ')
}

/** The output view of an artifact: the documented fields, nulls where the server gave none. */
export function toReported(artifact: Artifact): ReportedArtifact {
  return {
    id: artifact.id,
    name: artifact.name,
    size_in_bytes: artifact.size_in_bytes,
    created_at: artifact.created_at ?? null,
    expires_at: artifact.expires_at ?? null,
    expired: artifact.expired,
    digest: artifact.digest ?? null,
    workflow_run: artifact.workflow_run ?? null
  }
}
