import { InputError } from '../shared/errors.js'
import type { OperationInputs } from './index.js'
import { Inputs } from './inputs.js'

/** What an unknown input most likely meant. */
interface Meaning {
  /** Undefined where nothing here does that. */
  input?: Inputs
  /** What to write instead, if more than the name. */
  say?: string
}

/** Other actions' inputs. A Map: constructor or __proto__ must not find Object.prototype's. */
const FOREIGN_NAMES = new Map<string, Meaning>([
  ['github_token', { input: Inputs.GitHubToken }],
  ['repo', { input: Inputs.Repository }],
  ['run_id', { input: Inputs.RunId }],
  ['run_number', { input: Inputs.RunNumber, say: `${Inputs.RunNumber} (with ${Inputs.Workflow})` }],
  ['workflow_conclusion', { input: Inputs.WorkflowConclusion }],
  ['workflow_search', { say: `leave '${Inputs.Workflow}' out to search every workflow` }],
  [
    'name_is_regexp',
    { input: Inputs.Pattern, say: `${Inputs.Pattern} (globs, not regular expressions)` }
  ],
  ['skip_unpack', { input: Inputs.SkipDecompress }],
  ['dry_run', { input: Inputs.DryRun }],
  ['if_no_artifact_found', { input: Inputs.IfNoArtifactFound }],
  ['allow_forks', { input: Inputs.AllowForks }],
  ['merge_multiple', { input: Inputs.MergeMultiple }],
  ['search_artifacts', { say: 'nothing: every run that passes the filters is searched' }],
  ['check_artifacts', { say: 'nothing: only runs with artifacts are considered' }],
  ['skip_tags', { input: Inputs.KeepTagged }],
  ['use_unzip', { say: 'nothing: archives are always unpacked by this action' }],
  ['id', { input: Inputs.ArtifactIds }],
  ['ids', { input: Inputs.ArtifactIds }],
  ['token', { input: Inputs.GitHubToken }],
  ['decompress', { input: Inputs.SkipDecompress }]
])

/** Given, but not in action.yml. */
export interface UnknownInput {
  /** Lower-cased, as the runner passes it. */
  name: string
  /** What it most likely meant, or what to do. */
  suggestion?: string
  /** The input whose work it would have done. */
  meant?: Inputs
}

/** Edit distance. */
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

function meaningOf(name: string): Meaning | undefined {
  const foreign = FOREIGN_NAMES.get(name)
  if (foreign !== undefined) return { input: foreign.input, say: foreign.say ?? foreign.input }
  const spelled = name.replace(/[_ ]/g, '-')
  const known = Object.values(Inputs)
  const exact = known.find(input => input === spelled)
  if (exact !== undefined) return { input: exact, say: exact }
  let best: { input: Inputs; edits: number } | undefined
  for (const input of known) {
    const edits = distance(spelled, input)
    if (edits <= 2 && (best === undefined || edits < best.edits)) best = { input, edits }
  }
  return best && { input: best.input, say: best.input }
}

/** Every with: key becomes INPUT_<NAME>; those not in action.yml. */
export function findUnknownInputs(env: NodeJS.ProcessEnv): UnknownInput[] {
  const known = new Set<string>(Object.values(Inputs).map(input => input.toUpperCase()))
  return Object.keys(env)
    .filter(key => key.startsWith('INPUT_') && !known.has(key.slice('INPUT_'.length)))
    .sort()
    .map(key => {
      const name = key.slice('INPUT_'.length).toLowerCase()
      const meaning = meaningOf(name)
      return { name, suggestion: meaning?.say, meant: meaning?.input }
    })
}

/** One input in words. */
function describeUnknownInput({ name, suggestion }: UnknownInput): string {
  return suggestion === undefined ? `'${name}'` : `'${name}' (did you mean '${suggestion}'?)`
}

/** As the operation says (prune refuses any, download those that change what it takes); else a warning. */
export function checkInputNames(
  operation: OperationInputs,
  unknown: UnknownInput[]
): string | undefined {
  if (unknown.length === 0) return undefined
  const list = unknown.map(describeUnknownInput).join(', ')
  const rule = operation.unknownInputs
  const refused =
    rule?.safe === undefined
      ? unknown
      : unknown.filter(({ meant }) => meant !== undefined && !rule.safe?.has(meant))
  if (rule !== undefined && refused.length > 0) {
    throw new InputError(
      `Refusing to ${operation.name} with inputs this action does not have: ${refused.map(describeUnknownInput).join(', ')}. A misspelt input is ignored, which could ${rule.risk}. Inputs are kebab-case, as in action.yml.`
    )
  }
  return `Ignoring inputs this action does not have: ${list}. Inputs are kebab-case, as in action.yml.`
}
