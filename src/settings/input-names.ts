import { InputError } from '../shared/errors.js'
import { Inputs, type Operation } from './inputs.js'

/**
 * Inputs of the actions users come from, and what they are called here. `undefined`: nothing
 * here does that, and the README's migration tables say what to do instead.
 */
const FOREIGN_NAMES: Record<string, Inputs | string> = {
  github_token: Inputs.GitHubToken,
  repo: Inputs.Repository,
  run_id: Inputs.RunId,
  run_number: `${Inputs.RunId} (a run's id, from its URL)`,
  workflow_conclusion: Inputs.WorkflowConclusion,
  workflow_search: `leave '${Inputs.Workflow}' out to search every workflow`,
  name_is_regexp: `${Inputs.Pattern} (globs, not regular expressions)`,
  skip_unpack: Inputs.SkipDecompress,
  dry_run: Inputs.DryRun,
  if_no_artifact_found: Inputs.IfNoArtifactFound,
  allow_forks: Inputs.AllowForks,
  merge_multiple: Inputs.MergeMultiple,
  search_artifacts: 'nothing: every run that passes the filters is searched',
  check_artifacts: 'nothing: only runs with artifacts are considered',
  ref: `${Inputs.Branch} or ${Inputs.Commit}`,
  use_unzip: 'nothing: archives are always unpacked by this action',
  id: Inputs.ArtifactIds,
  ids: Inputs.ArtifactIds,
  token: Inputs.GitHubToken,
  decompress: Inputs.SkipDecompress
}

/** An input the workflow gave that action.yml does not declare. */
export interface UnknownInput {
  /** As the workflow wrote it (lower-cased, as the runner passes it). */
  name: string
  /** The input it most likely meant, or what to do instead. */
  suggestion?: string
}

/** Edits (insert, delete, replace) from `a` to `b`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

function suggestionFor(name: string): string | undefined {
  const foreign = FOREIGN_NAMES[name]
  if (foreign !== undefined) return foreign
  const spelled = name.replace(/[_ ]/g, '-')
  const known: string[] = Object.values(Inputs)
  if (known.includes(spelled)) return spelled
  let best: { input: string; edits: number } | undefined
  for (const input of known) {
    const edits = distance(spelled, input)
    if (edits <= 2 && (best === undefined || edits < best.edits)) best = { input, edits }
  }
  return best?.input
}

/**
 * The inputs the runner passed (every `with:` key becomes `INPUT_<NAME>`, upper-cased, spaces
 * as `_`) that action.yml does not declare, each with what it most likely meant.
 */
export function findUnknownInputs(env: NodeJS.ProcessEnv): UnknownInput[] {
  const known = new Set<string>(Object.values(Inputs).map(input => input.toUpperCase()))
  return Object.keys(env)
    .filter(key => key.startsWith('INPUT_') && !known.has(key.slice('INPUT_'.length)))
    .sort()
    .map(key => {
      const name = key.slice('INPUT_'.length).toLowerCase()
      return { name, suggestion: suggestionFor(name) }
    })
}

/** One input in words: `'dry_run' (did you mean 'dry-run'?)`. */
export function describeUnknownInput({ name, suggestion }: UnknownInput): string {
  return suggestion === undefined ? `'${name}'` : `'${name}' (did you mean '${suggestion}'?)`
}

/**
 * What an operation does with inputs it does not know: prune refuses to run, since a misspelt
 * `dry_run` or a foreign `run_id` would widen what it deletes; list and download go on and
 * return the warning to log.
 */
export function checkInputNames(operation: Operation, unknown: UnknownInput[]): string | undefined {
  if (unknown.length === 0) return undefined
  const list = unknown.map(describeUnknownInput).join(', ')
  if (operation === 'prune') {
    throw new InputError(
      `Refusing to prune with inputs this action does not have: ${list}. A misspelt input is ignored, which could delete more than meant. Inputs are kebab-case, as in action.yml.`
    )
  }
  return `Ignoring inputs this action does not have: ${list}. Inputs are kebab-case, as in action.yml.`
}
