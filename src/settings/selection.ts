import { InputError } from '../shared/errors.js'
import { formatCount, formatInstant } from '../shared/format.js'
import { Inputs } from './inputs.js'
import {
  invalid,
  parseChoice,
  parseIds,
  parseInstant,
  parseSize,
  parseWholeNumber,
  type Reader,
  splitLines
} from './parse.js'

/** The inputs that choose artifacts, shared by every operation. */
export interface SelectionSettings {
  /** Exact artifact names; empty means any. */
  names: string[]
  /** Globs; a leading ! excludes. */
  patterns: string[]
  /** Artifact ids; empty means any. */
  artifactIds: number[]
  /** One workflow run. */
  runId?: number
  /** Head branch, without refs/heads/. */
  branch?: string
  /** Head sha prefix, lower-case hex. */
  commit?: string
  /** Not with branch, commit or pr. */
  ref?: RefSelection
  /** Head commit (download) or head branch (list, prune). */
  pr?: number
  /** File name or numeric id. */
  workflow?: string
  /** With workflow: one run by its number. */
  runNumber?: number
  /** Of workflow, or of every workflow. */
  workflowConclusion?: string
  /** Triggering event, of workflow or of every one. */
  event?: string
  /** Created before. */
  olderThan?: Date
  /** Created after. */
  newerThan?: Date
  /** Bytes, at least. */
  minSize?: number
  /** Bytes, at most. */
  maxSize?: number
  /** N newest per name to spare. */
  keepLatest?: number
  /** Act on at most N. */
  limit?: number
}

/** A short name is a tag first, else a branch, as git reads it; 7 to 40 hex is a commit. */
export type RefSelection =
  | { kind: 'branch'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'tag-or-branch'; name: string }
  | { kind: 'commit'; sha: string }

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

function parseCommit(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[0-9a-fA-F]{7,40}$/.test(value)) {
    throw invalid(Inputs.Commit, value, 'Expected 7 to 40 hexadecimal characters of a commit sha.')
  }
  return value.toLowerCase()
}

/** git check-ref-format's rules, which also keep .. and spaces out of the request path. */
function refNameProblem(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) {
    return 'A ref name has no space, control character or any of ~ ^ : ? * [ \\.'
  }
  if (name === '@' || name.includes('@{')) return "A ref name is not '@' and has no '@{'."
  if (name.includes('..')) return "A ref name has no '..'."
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return "A ref name neither starts nor ends with '/' and has no '//'."
  }
  if (name.endsWith('.')) return "A ref name does not end with '.'."
  if (name.split('/').some(part => part.startsWith('.') || part.endsWith('.lock'))) {
    return "No part of a ref name between slashes starts with '.' or ends with '.lock'."
  }
  return undefined
}

function parseRef(value: string): RefSelection | undefined {
  if (value === '') return undefined
  if (/^[0-9a-fA-F]{7,40}$/.test(value)) return { kind: 'commit', sha: value.toLowerCase() }
  const prefixed = /^refs\/(heads|tags)\/(.*)$/.exec(value)
  const name = prefixed === null ? value : prefixed[2]
  const problem =
    value.startsWith('refs/') && prefixed === null
      ? 'Only refs/heads/… and refs/tags/… name a branch or a tag here.'
      : refNameProblem(name)
  if (name === '' || problem !== undefined) {
    throw invalid(
      Inputs.Ref,
      value,
      `${problem ?? 'The name is empty.'} Expected a branch or tag ('main', 'v1.2.0', 'refs/heads/main', 'refs/tags/v1.2.0') or 7 to 40 hexadecimal characters of a commit.`
    )
  }
  if (prefixed === null) return { kind: 'tag-or-branch', name }
  return prefixed[1] === 'heads' ? { kind: 'branch', name } : { kind: 'tag', name }
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

function parseEvent(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[a-z_]+$/.test(value)) {
    throw invalid(
      Inputs.Event,
      value,
      "Expected an event name such as 'push', 'pull_request' or 'schedule'."
    )
  }
  return value
}

/** With the rules between inputs. */
export function parseSelection(input: Reader, now: Date): SelectionSettings {
  const names = splitLines(input.raw(Inputs.Name))
  const artifactIds = parseIds(Inputs.ArtifactIds, input.value(Inputs.ArtifactIds))
  if (names.length > 0 && artifactIds.length > 0) {
    throw new InputError(
      `Inputs '${Inputs.Name}' and '${Inputs.ArtifactIds}' cannot be used together: give one or the other.`
    )
  }

  const branchInput = input.value(Inputs.Branch)
  const branch = branchInput === '' ? undefined : branchInput.replace(/^refs\/heads\//, '')
  if (branch === '') {
    throw invalid(
      Inputs.Branch,
      branchInput,
      "Expected a branch name, e.g. 'main' or 'refs/heads/main'."
    )
  }

  const workflow = parseWorkflow(input.value(Inputs.Workflow))
  const conclusionInput = input.value(Inputs.WorkflowConclusion)
  const workflowConclusion =
    conclusionInput === ''
      ? undefined
      : parseChoice(Inputs.WorkflowConclusion, conclusionInput, WORKFLOW_CONCLUSIONS)
  const event = parseEvent(input.value(Inputs.Event))

  const pr = parseWholeNumber(Inputs.Pr, input.value(Inputs.Pr).replace(/^#/, ''), 1)
  const commit = parseCommit(input.value(Inputs.Commit))
  if (pr !== undefined && (branch !== undefined || commit !== undefined)) {
    throw new InputError(
      `Input '${Inputs.Pr}' already chooses the branch (list, prune) or commit (download): leave '${branch !== undefined ? Inputs.Branch : Inputs.Commit}' empty.`
    )
  }

  const ref = parseRef(input.value(Inputs.Ref))
  const beside = [
    branch !== undefined && Inputs.Branch,
    commit !== undefined && Inputs.Commit,
    pr !== undefined && Inputs.Pr
  ].find(other => other !== false)
  if (ref !== undefined && beside !== undefined) {
    throw new InputError(
      `Inputs '${Inputs.Ref}' and '${beside}' cannot be used together: '${Inputs.Ref}' names the branch, tag or commit alone; give one or the other.`
    )
  }

  const runId = parseWholeNumber(Inputs.RunId, input.value(Inputs.RunId), 1)
  const runNumber = parseWholeNumber(Inputs.RunNumber, input.value(Inputs.RunNumber), 1)
  if (runNumber !== undefined && workflow === undefined) {
    throw new InputError(
      `Input '${Inputs.RunNumber}' (${runNumber}) needs '${Inputs.Workflow}': run numbers count the runs of one workflow. Give the workflow file name, e.g. 'workflow: ci.yml'.`
    )
  }
  if (runNumber !== undefined && runId !== undefined) {
    throw new InputError(
      `Inputs '${Inputs.RunId}' and '${Inputs.RunNumber}' cannot be used together: each names one run; give one or the other.`
    )
  }

  const minSize = parseSize(Inputs.MinSize, input.value(Inputs.MinSize))
  const maxSize = parseSize(Inputs.MaxSize, input.value(Inputs.MaxSize))
  if (minSize !== undefined && maxSize !== undefined && minSize > maxSize) {
    throw new InputError(
      `Inputs '${Inputs.MinSize}' (${input.value(Inputs.MinSize)}, ${minSize} bytes) and '${Inputs.MaxSize}' (${input.value(Inputs.MaxSize)}, ${maxSize} bytes) leave no size between them: 'min-size' must not be larger than 'max-size'.`
    )
  }

  const olderThan = parseInstant(Inputs.OlderThan, input.value(Inputs.OlderThan), now)
  const newerThan = parseInstant(Inputs.NewerThan, input.value(Inputs.NewerThan), now)
  if (olderThan !== undefined && newerThan !== undefined && newerThan >= olderThan) {
    throw new InputError(
      `Inputs '${Inputs.NewerThan}' (${input.value(Inputs.NewerThan)}, ${newerThan.toISOString()}) and '${Inputs.OlderThan}' (${input.value(Inputs.OlderThan)}, ${olderThan.toISOString()}) leave no time between them: 'newer-than' must be earlier than 'older-than'.`
    )
  }

  return {
    names,
    patterns: splitLines(input.raw(Inputs.Pattern)),
    artifactIds,
    runId,
    branch,
    commit,
    ref,
    pr,
    workflow,
    runNumber,
    workflowConclusion,
    event,
    olderThan,
    newerThan,
    minSize,
    maxSize,
    keepLatest: parseWholeNumber(Inputs.KeepLatest, input.value(Inputs.KeepLatest), 0),
    limit: parseWholeNumber(Inputs.Limit, input.value(Inputs.Limit), 0)
  }
}

/** Each narrowing field's input (a new field must say). */
const NARROWS: Record<keyof SelectionSettings, Inputs | undefined> = {
  names: Inputs.Name,
  patterns: Inputs.Pattern,
  artifactIds: Inputs.ArtifactIds,
  runId: Inputs.RunId,
  branch: Inputs.Branch,
  commit: Inputs.Commit,
  ref: Inputs.Ref,
  pr: Inputs.Pr,
  workflow: Inputs.Workflow,
  runNumber: Inputs.RunNumber,
  workflowConclusion: Inputs.WorkflowConclusion,
  event: Inputs.Event,
  olderThan: Inputs.OlderThan,
  newerThan: Inputs.NewerThan,
  minSize: Inputs.MinSize,
  maxSize: Inputs.MaxSize,
  keepLatest: Inputs.KeepLatest,
  limit: undefined
}

/** As action.yml orders them. */
export const NARROWING_INPUTS = Object.values(NARROWS).filter(input => input !== undefined)

/** Prune refuses to run without a narrowing field. */
export function hasSelection(selection: SelectionSettings): boolean {
  return Object.entries(selection).some(
    ([field, value]) =>
      NARROWS[field as keyof SelectionSettings] !== undefined &&
      (Array.isArray(value) ? value.length > 0 : value !== undefined)
  )
}

/** `'a', 'b' and 2 more` */
function listOf(values: readonly string[], max = 3): string {
  const shown = values.slice(0, max).map(v => `'${v}'`)
  return values.length > max
    ? `${shown.join(', ')} and ${values.length - max} more`
    : shown.join(', ')
}

/** In one line, for the job summary. */
export function describeSelection(
  operation: string,
  repository: string,
  selection: SelectionSettings
): string {
  const parts: string[] = []
  const s = selection
  if (s.names.length > 0) parts.push(`name ${listOf(s.names)}`)
  if (s.patterns.length > 0) parts.push(`pattern ${listOf(s.patterns)}`)
  if (s.artifactIds.length > 0) parts.push(`ids ${s.artifactIds.slice(0, 5).join(', ')}`)
  if (s.runId !== undefined) parts.push(`run ${s.runId}`)
  if (s.workflow !== undefined) parts.push(`workflow '${s.workflow}'`)
  if (s.runNumber !== undefined) parts.push(`run number ${s.runNumber}`)
  if (s.workflowConclusion !== undefined) parts.push(`conclusion ${s.workflowConclusion}`)
  if (s.event !== undefined) parts.push(`event ${s.event}`)
  if (s.branch !== undefined) parts.push(`branch '${s.branch}'`)
  if (s.commit !== undefined) parts.push(`commit ${s.commit.slice(0, 12)}`)
  if (s.ref !== undefined) {
    parts.push(s.ref.kind === 'commit' ? `ref ${s.ref.sha.slice(0, 12)}` : `ref '${s.ref.name}'`)
  }
  if (s.pr !== undefined) parts.push(`pull request #${s.pr}`)
  if (s.olderThan !== undefined) parts.push(`older than ${formatInstant(s.olderThan)}`)
  if (s.newerThan !== undefined) parts.push(`newer than ${formatInstant(s.newerThan)}`)
  if (s.minSize !== undefined) parts.push(`at least ${formatCount(s.minSize)} bytes`)
  if (s.maxSize !== undefined) parts.push(`at most ${formatCount(s.maxSize)} bytes`)
  if (s.keepLatest !== undefined) parts.push(`keeping the newest ${s.keepLatest} of each name`)
  if (s.limit !== undefined) parts.push(`at most ${s.limit}`)
  return `${operation} in ${repository}: ${parts.length > 0 ? parts.join(', ') : 'every artifact'}`
}
