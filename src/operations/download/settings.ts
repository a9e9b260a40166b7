import * as os from 'node:os'
import * as path from 'node:path'
import { Inputs } from '../../settings/inputs.js'
import { invalid, parseBoolean, parseChoice, type Reader } from '../../settings/parse.js'
import type { OperationSettings } from '../plugin.js'

const DIGEST_MISMATCH_MODES = ['ignore', 'info', 'warn', 'error'] as const
export type DigestMismatchMode = (typeof DIGEST_MISMATCH_MODES)[number]

const ATTESTATION_MODES = ['off', 'if-present', 'required'] as const
export type AttestationMode = (typeof ATTESTATION_MODES)[number]

/** The workflow an attestation must be signed by. */
export interface SignerWorkflow {
  /** `owner/repo` that holds the workflow. */
  repository: string
  /** `.github/workflows/FILE`. */
  path: string
  /** The ref it must have run at; undefined: any. */
  ref?: string
}

/** What an artifact's attestation must say before it is placed (the `attestation-*` inputs). */
export interface AttestationSettings {
  /** `off`, `if-present` (verify where there is one) or `required`. */
  mode: AttestationMode
  /** The signer; undefined: any workflow of the artifact's own repository. */
  signerWorkflow?: SignerWorkflow
  /** The in-toto predicate type required. */
  predicateType: string
  /** Absolute path of a trusted_root.json; undefined: the public-good Sigstore instance's. */
  trustedRoot?: string
  /** The server whose workflows sign (`GITHUB_SERVER_URL`), e.g. `https://github.com`. */
  serverUrl: string
}

export type DownloadOperationSettings = OperationSettings<
  'download',
  { download: DownloadSettings }
>

/** The inputs only download reads. */
export interface DownloadSettings {
  /** Destination, absolute. */
  path: string
  /** Every artifact into `path` instead of `path/<name>/`. */
  mergeMultiple: boolean
  /** Keep the downloaded archive instead of unpacking it. */
  skipDecompress: boolean
  /** What to do when an archive's sha256 differs from the artifact's digest. */
  digestMismatch: DigestMismatchMode
  /** Also download artifacts made by runs from forks. */
  allowForks: boolean
  /** Replace files already at the destination; when false, an artifact that would fails whole. */
  overwrite: boolean
  /** Delete each artifact once it is downloaded and verified. */
  deleteAfter: boolean
  /** Select and report what would be downloaded; fetch nothing. */
  dryRun: boolean
  /** Attestation verification before placing. */
  attestation: AttestationSettings
  /** The run this step belongs to (GITHUB_RUN_ID), whose artifacts are never taken for a fork's. */
  ownRunId?: number
}

/** `path` made absolute by `platform`'s rules: `~`, relative paths; on Windows drives, UNC, `\\?\`. */
export function resolveDestination(
  value: string,
  platform: NodeJS.Platform,
  home: string,
  cwd: string
): string {
  const rules = platform === 'win32' ? path.win32 : path.posix
  const separators = platform === 'win32' ? /^~[/\\]/ : /^~\//
  const expanded =
    value === '~' ? home : separators.test(value) ? rules.join(home, value.slice(2)) : value
  return rules.resolve(cwd, expanded)
}

/** `owner/repo/.github/workflows/FILE.yml`, optionally `@ref`. */
function parseSignerWorkflow(value: string): SignerWorkflow | undefined {
  if (value === '') return undefined
  const m =
    /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(\.github\/workflows\/[^@\s]+\.ya?ml)(?:@(\S+))?$/.exec(
      value
    )
  if (m === null || m[1].split('/').some(part => /^\.{1,2}$/.test(part)) || m[2].includes('/../')) {
    throw invalid(
      Inputs.AttestationSignerWorkflow,
      value,
      "Expected 'owner/repo/.github/workflows/FILE.yml', optionally with '@REF', e.g. 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'."
    )
  }
  return { repository: m[1], path: m[2], ref: m[3] }
}

function parseAttestation(input: Reader): AttestationSettings {
  const predicateType = input.value(Inputs.AttestationPredicateType)
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
    throw invalid(
      Inputs.AttestationPredicateType,
      predicateType,
      "Expected a predicate type URI, e.g. 'https://slsa.dev/provenance/v1' (the default)."
    )
  }
  const trustedRoot = input.value(Inputs.AttestationTrustedRoot)
  const server = (process.env['GITHUB_SERVER_URL'] ?? '').trim().replace(/\/+$/, '')
  return {
    mode: parseChoice(Inputs.Attestation, input.value(Inputs.Attestation), ATTESTATION_MODES),
    signerWorkflow: parseSignerWorkflow(input.value(Inputs.AttestationSignerWorkflow)),
    predicateType,
    trustedRoot: trustedRoot === '' ? undefined : path.resolve(trustedRoot),
    serverUrl: URL.canParse(server) && /^https?:/.test(server) ? server : 'https://github.com'
  }
}

export function parseDownloadSettings(input: Reader): DownloadSettings {
  const destination = input.value(Inputs.Path) || process.env['GITHUB_WORKSPACE'] || process.cwd()
  return {
    path: resolveDestination(destination, process.platform, os.homedir(), process.cwd()),
    mergeMultiple: parseBoolean(Inputs.MergeMultiple, input.value(Inputs.MergeMultiple)),
    skipDecompress: parseBoolean(Inputs.SkipDecompress, input.value(Inputs.SkipDecompress)),
    digestMismatch: parseChoice(
      Inputs.DigestMismatch,
      input.value(Inputs.DigestMismatch),
      DIGEST_MISMATCH_MODES
    ),
    allowForks: parseBoolean(Inputs.AllowForks, input.value(Inputs.AllowForks)),
    overwrite: parseBoolean(Inputs.Overwrite, input.value(Inputs.Overwrite)),
    deleteAfter: parseBoolean(Inputs.DeleteAfter, input.value(Inputs.DeleteAfter)),
    dryRun: parseBoolean(Inputs.DryRun, input.value(Inputs.DryRun)),
    attestation: parseAttestation(input),
    ownRunId: /^\d+$/.test(process.env['GITHUB_RUN_ID'] ?? '')
      ? Number(process.env['GITHUB_RUN_ID'])
      : undefined
  }
}
