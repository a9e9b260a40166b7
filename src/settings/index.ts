import { InputError } from '../shared/errors.js'
import { type DownloadSettings, parseDownloadSettings } from '../operations/download/settings.js'
import {
  checkPruneSelection,
  parsePruneSettings,
  type PruneSettings
} from '../operations/prune/settings.js'
import { Inputs, type Operation, OPERATION_INPUTS, OPERATIONS, literalDefault } from './inputs.js'
import { createReader, type InputReader, invalid, parseChoice, type Reader } from './parse.js'
import { parseSelection, type SelectionSettings } from './selection.js'

export const NOT_FOUND_MODES = ['fail', 'warn', 'ignore'] as const
export type NotFoundMode = (typeof NOT_FOUND_MODES)[number]

/**
 * What an empty selection does when `if-no-artifact-found` is not given: a download that finds
 * nothing fails; a prune that finds nothing says so as a warning (a nightly cleanup that
 * silently does nothing forever is a failure nobody sees); a list just says so.
 */
export const DEFAULT_NOT_FOUND_MODE: Record<Operation, NotFoundMode> = {
  list: 'ignore',
  download: 'fail',
  prune: 'warn'
}

/** What every operation reads. */
export interface CommonSettings {
  /** The API token; `main` masks it before anything is logged. */
  token: string
  /** Repository owner. */
  owner: string
  /** Repository name. */
  repo: string
  /** Which artifacts. */
  selection: SelectionSettings
  /** What to do when the selection is empty. */
  ifNoArtifactFound: NotFoundMode
}

export type ListSettings = CommonSettings & { operation: 'list' }
export type DownloadOperationSettings = CommonSettings & {
  operation: 'download'
  download: DownloadSettings
}
export type PruneOperationSettings = CommonSettings & { operation: 'prune'; prune: PruneSettings }

/** Everything the action was asked to do, parsed and validated: one shape per operation. */
export type Settings = ListSettings | DownloadOperationSettings | PruneOperationSettings

function parseToken(input: Reader): string {
  const token = input.value(Inputs.GitHubToken)
  if (token === '') {
    throw new InputError(
      `Input '${Inputs.GitHubToken}' is empty. Pass a token, e.g. 'github-token: \${{ github.token }}' (the default).`
    )
  }
  return token
}

function parseRepository(input: Reader): { owner: string; repo: string } {
  const value = input.value(Inputs.Repository) || process.env['GITHUB_REPOSITORY'] || ''
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value)
  if (match === null) {
    throw invalid(Inputs.Repository, value, "Expected 'owner/name', e.g. 'octo-org/octo-repo'.")
  }
  return { owner: match[1], repo: match[2] }
}

/**
 * Reads and validates every input. Throws an InputError naming the input, the value and what is
 * accepted; nothing has been sent to the API by then.
 */
export function getSettings(read: InputReader, now: Date = new Date()): Settings {
  const input = createReader(read)
  const operation = parseChoice(Inputs.Operation, input.value(Inputs.Operation), OPERATIONS)
  const selection = parseSelection(input, now)
  const common: CommonSettings = {
    token: parseToken(input),
    ...parseRepository(input),
    selection,
    ifNoArtifactFound: parseChoice(
      Inputs.IfNoArtifactFound,
      input.value(Inputs.IfNoArtifactFound) || DEFAULT_NOT_FOUND_MODE[operation],
      NOT_FOUND_MODES
    )
  }
  // Every operation's inputs are checked, so that a bad value is an error whichever operation
  // runs; each operation keeps only its own slice.
  const download = parseDownloadSettings(input)
  const prune = parsePruneSettings(input)
  switch (operation) {
    case 'list':
      return { ...common, operation }
    case 'download':
      return { ...common, operation, download }
    case 'prune':
      checkPruneSelection(selection)
      return { ...common, operation, prune }
  }
}

/** Inputs given a value that `operation` ignores, with the operations that read them. */
export function ignoredInputs(
  read: InputReader,
  operation: Operation
): { input: Inputs; value: string; readBy: Operation[] }[] {
  const ignored: { input: Inputs; value: string; readBy: Operation[] }[] = []
  const readBy = (name: Inputs): Operation[] =>
    OPERATIONS.filter(other => OPERATION_INPUTS[other].includes(name))
  const names = new Set(OPERATIONS.flatMap(other => OPERATION_INPUTS[other]))
  for (const name of names) {
    if (OPERATION_INPUTS[operation].includes(name)) continue
    const value = read(name).trim()
    // `path`'s default is the workspace, which the runner fills in: only another value was
    // written by the workflow.
    const fallback = name === Inputs.Path ? process.env['GITHUB_WORKSPACE'] : literalDefault(name)
    if (value === '' || value === fallback) continue
    ignored.push({ input: name, value, readBy: readBy(name) })
  }
  return ignored
}

export { splitLines, parseInstant, type InputReader } from './parse.js'
export { hasSelection, type SelectionSettings } from './selection.js'
