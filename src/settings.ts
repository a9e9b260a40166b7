import * as core from '@actions/core'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  DIGEST_MISMATCH_MODES,
  type DigestMismatchMode,
  Inputs,
  NOT_FOUND_MODES,
  type NotFoundMode,
  OPERATIONS,
  type Operation
} from './constants.js'
import { InputError } from './errors.js'

/** How much of the hourly API budget prune leaves for the repository's other workflows. */
export type RateLimitReserve =
  { kind: 'percent'; value: number } | { kind: 'requests'; value: number }

/** Everything the action was asked to do, parsed and validated. */
export interface Settings {
  /** Which operation to run. */
  operation: Operation
  /** The API token; masked in logs. */
  token: string
  /** Repository owner. */
  owner: string
  /** Repository name. */
  repo: string
  /** Exact artifact names; empty means any. */
  names: string[]
  /** Glob patterns; a leading `!` excludes. Empty means any. */
  patterns: string[]
  /** Artifact ids; empty means any. */
  artifactIds: number[]
  /** Only artifacts of this workflow run. */
  runId?: number
  /** Only artifacts whose run's head branch is this (without `refs/heads/`). */
  branch?: string
  /** Only artifacts whose run's head sha starts with this (lower-case hex). */
  commit?: string
  /** A pull request number: its head commit (download) or its head branch (list, prune). */
  pr?: number
  /** A workflow file name or numeric id: only artifacts of its runs. */
  workflow?: string
  /** With `workflow`: only runs with this conclusion. */
  workflowConclusion?: string
  /** With `workflow`: only runs triggered by this event. */
  event?: string
  /** Only artifacts created before this instant. */
  olderThan?: Date
  /** Only artifacts created after this instant. */
  newerThan?: Date
  /** Spare the N newest artifacts of each name. */
  keepLatest?: number
  /** Act on at most N artifacts. */
  limit?: number
  /** Download destination, absolute. */
  path: string
  /** Download every artifact into `path` instead of `path/<name>/`. */
  mergeMultiple: boolean
  /** Keep the downloaded archive instead of unpacking it. */
  skipDecompress: boolean
  /** What to do when an archive's sha256 differs from the artifact's digest. */
  digestMismatch: DigestMismatchMode
  /** Also download artifacts made by runs from forks. */
  allowForks: boolean
  /** Delete each artifact once it is downloaded and verified. */
  deleteAfter: boolean
  /** Prune: select and report, delete nothing. */
  dryRun: boolean
  /** Prune: the share of the hourly budget to leave untouched. */
  rateLimitReserve: RateLimitReserve
  /** What to do when the selection is empty. */
  ifNoArtifactFound: NotFoundMode
}

/** Reads one input's raw value ('' when unset). */
export type InputReader = (name: string) => string

const WORKFLOW_CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out',
  'startup_failure'
] as const

/**
 * Inputs that one operation reads, with their action.yml defaults: a value other than the
 * default given to another operation is probably a mistake worth a warning.
 */
const OPERATION_ONLY_INPUTS: [Inputs, Operation, string][] = [
  [Inputs.MergeMultiple, 'download', 'false'],
  [Inputs.SkipDecompress, 'download', 'false'],
  [Inputs.DigestMismatch, 'download', 'error'],
  [Inputs.AllowForks, 'download', 'false'],
  [Inputs.DeleteAfter, 'download', 'false'],
  [Inputs.DryRun, 'prune', 'false'],
  [Inputs.RateLimitReserve, 'prune', '10%']
]

const DURATION_UNITS_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

function invalid(input: Inputs, value: string, accepted: string): InputError {
  return new InputError(`Invalid value for '${input}': '${value}'. ${accepted}`)
}

function oneOf<T extends string>(input: Inputs, value: string, options: readonly T[]): T {
  const found = options.find(option => option === value.toLowerCase())
  if (found === undefined) {
    throw invalid(input, value, `Valid options are: ${options.join(', ')}`)
  }
  return found
}

/** Lines of a multi-line input, trimmed, without blanks. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
}

function parseBoolean(input: Inputs, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  // The YAML 1.2 core schema spellings, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalid(input, value, 'Valid options are: true, false')
}

function parseWholeNumber(input: Inputs, value: string, min: number): number | undefined {
  if (value === '') return undefined
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw invalid(input, value, `Expected a whole number of at least ${min}.`)
  }
  return Number(value)
}

function parseIds(value: string): number[] {
  const parts = value
    .split(/[,\r\n]/)
    .map(part => part.trim())
    .filter(part => part !== '')
  return [...new Set(parts.map(part => parseWholeNumber(Inputs.ArtifactIds, part, 1) as number))]
}

function parseRepository(value: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value)
  if (match === null) {
    throw invalid(Inputs.Repository, value, "Expected 'owner/name', e.g. 'octo-org/octo-repo'.")
  }
  return { owner: match[1], repo: match[2] }
}

function parseCommit(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[0-9a-fA-F]{7,40}$/.test(value)) {
    throw invalid(Inputs.Commit, value, 'Expected 7 to 40 hexadecimal characters of a commit sha.')
  }
  return value.toLowerCase()
}

function parseWorkflow(value: string): string | undefined {
  if (value === '') return undefined
  const file = value.replace(/^\.github\/workflows\//, '')
  if (!/^\d+$/.test(file) && !/^[^/\\\s]+\.ya?ml$/.test(file)) {
    throw invalid(
      Inputs.Workflow,
      value,
      "Expected a workflow file name such as 'ci.yml' or a numeric workflow id."
    )
  }
  return file
}

/**
 * A duration back from `now` (`90m`, `12h`, `30d`, `2w`) or an ISO-8601 date or date-time
 * (a date alone is midnight UTC).
 */
export function parseInstant(input: Inputs, value: string, now: Date): Date | undefined {
  if (value === '') return undefined
  const duration = /^(\d+)\s*([mhdw])$/.exec(value)
  if (duration !== null) {
    return new Date(now.getTime() - Number(duration[1]) * DURATION_UNITS_MS[duration[2]])
  }
  const iso =
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(
      value
    )
  const time = iso ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value) : NaN
  if (Number.isNaN(time)) {
    throw invalid(
      input,
      value,
      "Expected a duration with a unit m, h, d or w (e.g. '90m', '12h', '30d', '2w') or an ISO-8601 date (e.g. '2026-01-31' or '2026-01-31T12:00:00Z')."
    )
  }
  return new Date(time)
}

function parseReserve(value: string): RateLimitReserve {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value)
  if (percent !== null && Number(percent[1]) <= 100) {
    return { kind: 'percent', value: Number(percent[1]) }
  }
  if (/^\d+$/.test(value)) {
    return { kind: 'requests', value: Number(value) }
  }
  throw invalid(
    Inputs.RateLimitReserve,
    value,
    "Expected a percentage of the hourly limit from 0% to 100% (e.g. '10%') or a number of requests (e.g. '200')."
  )
}

function expandHome(value: string): string {
  if (value === '~') return os.homedir()
  if (value.startsWith('~/')) return path.join(os.homedir(), value.slice(2))
  return value
}

function defaultReader(name: string): string {
  return core.getInput(name)
}

/**
 * Reads and validates every input. Throws an InputError naming the input, the value and what is
 * accepted; nothing has been sent to the API by then.
 */
export function getSettings(read: InputReader = defaultReader, now: Date = new Date()): Settings {
  const get = (input: Inputs): string => read(input).trim()

  const operation = oneOf(Inputs.Operation, get(Inputs.Operation) || 'list', OPERATIONS)

  const token = get(Inputs.GitHubToken)
  if (token === '') {
    throw new InputError(
      `Input '${Inputs.GitHubToken}' is empty. Pass a token, e.g. 'github-token: \${{ github.token }}' (the default).`
    )
  }
  core.setSecret(token)

  const repository = get(Inputs.Repository) || process.env['GITHUB_REPOSITORY'] || ''
  const { owner, repo } = parseRepository(repository)

  const names = [...new Set(splitLines(read(Inputs.Name)))]
  const artifactIds = parseIds(get(Inputs.ArtifactIds))
  if (names.length > 0 && artifactIds.length > 0) {
    throw new InputError(
      `Inputs '${Inputs.Name}' and '${Inputs.ArtifactIds}' cannot be used together: give one or the other.`
    )
  }

  const branchInput = get(Inputs.Branch)
  const branch = branchInput === '' ? undefined : branchInput.replace(/^refs\/heads\//, '')

  const workflow = parseWorkflow(get(Inputs.Workflow))
  const workflowConclusionInput = get(Inputs.WorkflowConclusion)
  const workflowConclusion =
    workflowConclusionInput === ''
      ? undefined
      : oneOf(Inputs.WorkflowConclusion, workflowConclusionInput, WORKFLOW_CONCLUSIONS)
  const eventInput = get(Inputs.Event)
  if (eventInput !== '' && !/^[a-z_]+$/.test(eventInput)) {
    throw invalid(
      Inputs.Event,
      eventInput,
      "Expected an event name such as 'push', 'pull_request' or 'schedule'."
    )
  }
  const event = eventInput === '' ? undefined : eventInput
  if ((workflowConclusion !== undefined || event !== undefined) && workflow === undefined) {
    const which = workflowConclusion !== undefined ? Inputs.WorkflowConclusion : Inputs.Event
    throw new InputError(
      `Input '${which}' filters the runs of a workflow: give 'workflow' too (a file name such as 'ci.yml').`
    )
  }

  const pr = parseWholeNumber(Inputs.Pr, get(Inputs.Pr).replace(/^#/, ''), 1)
  const commit = parseCommit(get(Inputs.Commit))
  if (pr !== undefined && (branch !== undefined || commit !== undefined)) {
    throw new InputError(
      `Input '${Inputs.Pr}' already chooses the branch (list, prune) or commit (download): leave '${branch !== undefined ? Inputs.Branch : Inputs.Commit}' empty.`
    )
  }

  const olderThan = parseInstant(Inputs.OlderThan, get(Inputs.OlderThan), now)
  const newerThan = parseInstant(Inputs.NewerThan, get(Inputs.NewerThan), now)
  if (olderThan !== undefined && newerThan !== undefined && newerThan >= olderThan) {
    throw new InputError(
      `Inputs '${Inputs.NewerThan}' (${get(Inputs.NewerThan)}, ${newerThan.toISOString()}) and '${Inputs.OlderThan}' (${get(Inputs.OlderThan)}, ${olderThan.toISOString()}) leave no time between them: 'newer-than' must be earlier than 'older-than'.`
    )
  }

  const pathInput = get(Inputs.Path) || process.env['GITHUB_WORKSPACE'] || process.cwd()
  const notFound = get(Inputs.IfNoArtifactFound)

  const settings: Settings = {
    operation,
    token,
    owner,
    repo,
    names,
    patterns: [...new Set(splitLines(read(Inputs.Pattern)))],
    artifactIds,
    runId: parseWholeNumber(Inputs.RunId, get(Inputs.RunId), 1),
    branch,
    commit,
    pr,
    workflow,
    workflowConclusion,
    event,
    olderThan,
    newerThan,
    keepLatest: parseWholeNumber(Inputs.KeepLatest, get(Inputs.KeepLatest), 0),
    limit: parseWholeNumber(Inputs.Limit, get(Inputs.Limit), 0),
    path: path.resolve(expandHome(pathInput)),
    mergeMultiple: parseBoolean(Inputs.MergeMultiple, get(Inputs.MergeMultiple), false),
    skipDecompress: parseBoolean(Inputs.SkipDecompress, get(Inputs.SkipDecompress), false),
    digestMismatch: oneOf(
      Inputs.DigestMismatch,
      get(Inputs.DigestMismatch) || 'error',
      DIGEST_MISMATCH_MODES
    ),
    allowForks: parseBoolean(Inputs.AllowForks, get(Inputs.AllowForks), false),
    deleteAfter: parseBoolean(Inputs.DeleteAfter, get(Inputs.DeleteAfter), false),
    dryRun: parseBoolean(Inputs.DryRun, get(Inputs.DryRun), false),
    rateLimitReserve: parseReserve(get(Inputs.RateLimitReserve) || '10%'),
    ifNoArtifactFound: oneOf(
      Inputs.IfNoArtifactFound,
      notFound || (operation === 'download' ? 'fail' : 'ignore'),
      NOT_FOUND_MODES
    )
  }
  for (const [input, only, fallback] of OPERATION_ONLY_INPUTS) {
    const value = get(input)
    if (value !== '' && value !== fallback && operation !== only) {
      core.warning(
        `Input '${input}' (${value}) applies to operation '${only}' only; '${operation}' ignores it.`
      )
    }
  }
  if (operation === 'prune' && !hasSelection(settings)) {
    throw new InputError(
      "Refusing to prune without a selection: give at least one of 'name', 'pattern', 'artifact-ids', 'run-id', 'branch', 'commit', 'pr', 'workflow', 'older-than', 'newer-than' or 'keep-latest'. To prune every artifact of the repository on purpose, say pattern: '*'."
    )
  }
  return settings
}

/** True when any input narrows the selection; prune refuses to run without one. */
export function hasSelection(settings: Settings): boolean {
  return (
    settings.names.length > 0 ||
    settings.patterns.length > 0 ||
    settings.artifactIds.length > 0 ||
    settings.runId !== undefined ||
    settings.branch !== undefined ||
    settings.commit !== undefined ||
    settings.pr !== undefined ||
    settings.workflow !== undefined ||
    settings.olderThan !== undefined ||
    settings.newerThan !== undefined ||
    settings.keepLatest !== undefined
  )
}
