import type { Artifact, WorkflowRunRef } from '../github/types.js'
import type { Outputs } from '../settings/inputs.js'

/** A verified attestation's signer, from the Sigstore certificate. */
export interface ReportedAttestation {
  /** `owner/repo/.github/workflows/file.yml`. */
  signer_workflow: string
  /** The ref it ran at. */
  ref: string
  /** The signer workflow's commit, else the source commit. */
  commit: string | null
}

/** An element of the `artifacts` output. */
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
  /** download: the received archive's sha256, hex. */
  sha256?: string
  /** download: `sha256` against `digest`. */
  digest_check?: 'match' | 'mismatch' | 'absent'
  /** download: transfer seconds. */
  seconds?: number
  /** download: files unpacked. */
  files?: number
  /** download with `attestation`: the verified signer; null when `if-present` let none through. */
  attestation?: ReportedAttestation | null
  /** prune, download with delete-after */
  deleted?: boolean
  /** prune, download: what went wrong */
  error?: string
}

/** Text (escaped when rendered), a code span, or a linked run. */
export type Cell = string | { code: string } | { run: number }

export interface Table {
  columns: string[]
  rows: Cell[][]
}

export interface SummaryParts {
  /** The heading. */
  title: string
  /** the answer first */
  totals: string
  /** what was asked for */
  selection?: string
  /** stops, dry-run notes, what limit left */
  notes: string[]
  /** one row per name */
  overview?: Table
  /** a Mermaid pie of storage */
  chart?: { title: string; slices: { label: string; value: number }[] }
  /** one row per artifact */
  table: Table
  /** collapsed, under the table */
  details?: { title: string; lines: string[] }
}

/** What an operation hands back to `main`. */
export interface Report {
  /** the selection, in the order acted on */
  artifacts: ReportedArtifact[]
  /** the operation's own outputs */
  outputs: Partial<Record<Outputs, string | number>>
  /** The job summary. */
  summary: SummaryParts
  /** fails the step after outputs and summary */
  failure?: string
}

/** `'name' (id N): error` for each failed artifact, joined. */
export function describeFailures(artifacts: readonly ReportedArtifact[]): string {
  return artifacts
    .filter(a => a.error !== undefined)
    .map(a => `'${a.name}' (id ${a.id}): ${a.error}`)
    .join('; ')
}

/** The documented fields; null where absent. */
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
