import * as os from 'node:os'
import * as path from 'node:path'
import { Inputs } from '../../settings/inputs.js'
import { parseBoolean, parseChoice, type Reader } from '../../settings/parse.js'

export const DIGEST_MISMATCH_MODES = ['ignore', 'info', 'warn', 'error'] as const
export type DigestMismatchMode = (typeof DIGEST_MISMATCH_MODES)[number]

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
  /** The run this step belongs to (GITHUB_RUN_ID), whose artifacts are never taken for a fork's. */
  ownRunId?: number
}

/**
 * `path` as an absolute destination by `platform`'s rules: `~`, `~/` (and `~\` on Windows) are
 * the home directory; a relative path is under `cwd`. On Windows, drive letters, either slash,
 * and UNC (`\\server\share`) and long-path (`\\?\`) prefixes are read as Windows reads them.
 */
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
    ownRunId: /^\d+$/.test(process.env['GITHUB_RUN_ID'] ?? '')
      ? Number(process.env['GITHUB_RUN_ID'])
      : undefined
  }
}
