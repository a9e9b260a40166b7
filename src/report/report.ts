import type { Artifact, WorkflowRunRef } from '../github/types.js'
import type { Outputs } from '../settings/inputs.js'

/** A verified attestation's signer, from the Sigstore certificate. */
export interface ReportedAttestation {
  /** The workflow that signed, `owner/repo/.github/workflows/file.yml`. */
  signer_workflow: string
  /** The ref it ran at (the certificate's SAN after `@`). */
  ref: string
  /** The signer workflow's commit (Build Signer Digest), else the source commit. */
  commit: string | null
}

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
  /** download: files unpacked. */
  files?: number
  /**
   * download with `attestation`: the signer its attestation was verified against; null when it
   * has none and `if-present` let it through.
   */
  attestation?: ReportedAttestation | null
  /** prune, download with delete-after: whether it was deleted. */
  deleted?: boolean
  /** prune, download: what went wrong with this artifact. */
  error?: string
}

/**
 * A table cell: text (escaped when rendered), a short code span, or a workflow run (a link to it
 * where the summary knows the server and repository).
 */
export type Cell = string | { code: string } | { run: number }

/** A table: column headings and rows of cells. */
export interface Table {
  columns: string[]
  rows: Cell[][]
}

/** What the job summary shows of an operation, rendered by report/summary.ts. */
export interface SummaryParts {
  /** The heading. */
  title: string
  /** One line of totals under it: the answer first. */
  totals: string
  /** The selection that was asked for, in one line. */
  selection?: string
  /** Lines under the totals: stops, dry-run notes, what limit left. */
  notes: string[]
  /** One row per artifact name: count, size, oldest, newest, and what happened per name. */
  overview?: Table
  /** Storage by name, drawn as a Mermaid pie chart. */
  chart?: { title: string; slices: { label: string; value: number }[] }
  /** One row per artifact, collapsed when long. */
  table: Table
  /** A collapsed list under the table. */
  details?: { title: string; lines: string[] }
}

/** What an operation hands back to `main`: outputs, summary, and whether the step fails. */
export interface Report {
  /** The selection, in the order acted on, with what happened to each (`artifacts` output). */
  artifacts: ReportedArtifact[]
  /** The operation's own outputs besides artifacts, count and total-bytes. */
  outputs: Partial<Record<Outputs, string | number>>
  /** The job summary. */
  summary: SummaryParts
  /** Set when the step must fail once outputs and summary are written. */
  failure?: string
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
