import { InputError } from '../shared/errors.js'
import { Inputs } from './inputs.js'
import {
  invalid,
  parseChoice,
  parseIds,
  parseInstant,
  parseWholeNumber,
  type Reader,
  splitLines
} from './parse.js'

/** The inputs that choose artifacts, shared by every operation. */
export interface SelectionSettings {
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
  /** Only artifacts of runs with this conclusion (of `workflow`, or of every workflow). */
  workflowConclusion?: string
  /** Only artifacts of runs triggered by this event (of `workflow`, or of every workflow). */
  event?: string
  /** Only artifacts created before this instant. */
  olderThan?: Date
  /** Only artifacts created after this instant. */
  newerThan?: Date
  /** Spare the N newest artifacts of each name. */
  keepLatest?: number
  /** Act on at most N artifacts. */
  limit?: number
}

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

/** Parses the selection inputs and the rules between them. */
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
    runId: parseWholeNumber(Inputs.RunId, input.value(Inputs.RunId), 1),
    branch,
    commit,
    pr,
    workflow,
    workflowConclusion,
    event,
    olderThan,
    newerThan,
    keepLatest: parseWholeNumber(Inputs.KeepLatest, input.value(Inputs.KeepLatest), 0),
    limit: parseWholeNumber(Inputs.Limit, input.value(Inputs.Limit), 0)
  }
}

/** True when any input narrows the selection; prune refuses to run without one. */
export function hasSelection(selection: SelectionSettings): boolean {
  return (
    selection.names.length > 0 ||
    selection.patterns.length > 0 ||
    selection.artifactIds.length > 0 ||
    selection.runId !== undefined ||
    selection.branch !== undefined ||
    selection.commit !== undefined ||
    selection.pr !== undefined ||
    selection.workflow !== undefined ||
    selection.workflowConclusion !== undefined ||
    selection.event !== undefined ||
    selection.olderThan !== undefined ||
    selection.newerThan !== undefined ||
    selection.keepLatest !== undefined
  )
}
