import { InputError } from '../shared/errors.js'
import { Inputs } from './inputs.js'
import { parseApiUrl } from './environment.js'
import { type InputReader, invalid, literalDefault, parseChoice, type Reader } from './parse.js'
import { parseSelection, type SelectionSettings } from './selection.js'

const NOT_FOUND_MODES = ['fail', 'warn', 'ignore'] as const
export type NotFoundMode = (typeof NOT_FOUND_MODES)[number]

/** What settings reads of an operation; the registry in operations/ gives one for each. */
export interface OperationInputs {
  /** As `operation:` names it. */
  name: string
  /** The inputs only this operation reads. */
  inputs: readonly Inputs[]
  /** if-no-artifact-found when not given. */
  ifNoArtifactFound: NotFoundMode
  /** Inputs not in action.yml are refused, not warned of: what a misspelt one could do. */
  unknownInputs?: {
    /** could … */
    risk: string
    /** Misspellings of these, and names that mean no input, only warn; without it, none do. */
    safe?: ReadonlySet<Inputs>
  }
}

/** What every operation reads. */
export interface CommonSettings {
  /** main masks it before anything is logged. */
  token: string
  /** Repository owner. */
  owner: string
  /** Repository name. */
  repo: string
  /** Which artifacts. */
  selection: SelectionSettings
  /** When the selection is empty. */
  ifNoArtifactFound: NotFoundMode
  /** GITHUB_API_URL, checked. */
  apiUrl: string
  /** max-wait, in seconds. */
  maxWaitSeconds: number
}

function parseToken(input: Reader): string {
  const token = input.value(Inputs.GitHubToken)
  if (token === '') {
    throw new InputError(
      `Input '${Inputs.GitHubToken}' is empty. Pass a token, e.g. 'github-token: \${{ github.token }}' (the default).`
    )
  }
  // A line break would end the header early. Never shown: wrong or not, it is a secret.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new InputError(
      `Input '${Inputs.GitHubToken}' contains a line break, a space or a character outside printable ASCII (the value is not shown). Pass the token alone, e.g. 'github-token: \${{ secrets.MY_TOKEN }}'.`
    )
  }
  return token
}

function parseRepository(input: Reader): { owner: string; repo: string } {
  const value = input.value(Inputs.Repository) || process.env['GITHUB_REPOSITORY'] || ''
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value)
  // x/.. would reach another endpoint through the path.
  const dots = match !== null && [match[1], match[2]].some(part => /^\.{1,2}$/.test(part))
  if (match === null || dots) {
    throw invalid(
      Inputs.Repository,
      value,
      "Expected 'owner/name', e.g. 'octo-org/octo-repo' (neither part may be '.' or '..')."
    )
  }
  return { owner: match[1], repo: match[2] }
}

/** A job runs 6 hours at most. */
const MAX_WAIT_LIMIT_SECONDS = 6 * 3600
const WAIT_UNITS_S: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 }

function parseMaxWait(input: Reader): number {
  const value = input.value(Inputs.MaxWait)
  const match = /^(\d{1,6})\s*([smh]?)$/.exec(value)
  const seconds = match === null ? NaN : Number(match[1]) * WAIT_UNITS_S[match[2]]
  if (!(seconds <= MAX_WAIT_LIMIT_SECONDS)) {
    throw invalid(
      Inputs.MaxWait,
      value,
      "Expected a duration in seconds, minutes or hours up to 6h, e.g. '300', '90s', '5m' or '1h' ('0' never waits)."
    )
  }
  return seconds
}

/** The inputs every operation shares. */
export function getCommonSettings(
  input: Reader,
  now: Date,
  operations: readonly OperationInputs[]
): { operation: OperationInputs; common: CommonSettings } {
  const name = parseChoice(
    Inputs.Operation,
    input.value(Inputs.Operation),
    operations.map(o => o.name)
  )
  const operation = operations.find(o => o.name === name) as OperationInputs
  const selection = parseSelection(input, now)
  const common: CommonSettings = {
    token: parseToken(input),
    ...parseRepository(input),
    selection,
    ifNoArtifactFound: parseChoice(
      Inputs.IfNoArtifactFound,
      input.value(Inputs.IfNoArtifactFound) || operation.ifNoArtifactFound,
      NOT_FOUND_MODES
    ),
    apiUrl: parseApiUrl(process.env['GITHUB_API_URL']),
    maxWaitSeconds: parseMaxWait(input)
  }
  return { operation, common }
}

/** Given, but ignored by operation, with the operations that read them. */
export function ignoredInputs(
  read: InputReader,
  operation: string,
  operations: readonly OperationInputs[]
): { input: Inputs; value: string; readBy: string[] }[] {
  const ignored: { input: Inputs; value: string; readBy: string[] }[] = []
  const readBy = (name: Inputs): string[] =>
    operations.filter(other => other.inputs.includes(name)).map(other => other.name)
  const names = new Set(operations.flatMap(other => other.inputs))
  for (const name of names) {
    if (readBy(name).includes(operation)) continue
    const value = read(name).trim()
    // The runner fills in path's default, the workspace.
    const fallback = name === Inputs.Path ? process.env['GITHUB_WORKSPACE'] : literalDefault(name)
    if (value === '' || value === fallback) continue
    ignored.push({ input: name, value, readBy: readBy(name) })
  }
  return ignored
}
