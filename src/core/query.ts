import type { SelectionSettings } from '../settings/selection.js'

/** What to ask the API. */
export interface ArtifactQuery {
  owner: string
  repo: string
  /** This run's only. */
  runId?: number
  /** Sent as ?name=, which some servers ignore: the client filters again. */
  name?: string
  /** Selects by head commit (download) or head branch (list, prune). */
  pullRequest?: { number: number; means: 'commit' | 'branch' }
  /** orBranch: a branch where no tag has the name. */
  tag?: { name: string; orBranch: boolean }
  /** Runs of one workflow, or of all. */
  runs?: { workflow?: string; conclusion?: string; event?: string; runNumber?: number }
}

/** What the API can narrow, and the lookups. */
export function queryFrom(
  repository: { owner: string; repo: string },
  selection: SelectionSettings,
  pullRequestMeans: 'commit' | 'branch'
): ArtifactQuery {
  return {
    owner: repository.owner,
    repo: repository.repo,
    runId: selection.runId,
    name: selection.names.length === 1 ? selection.names[0] : undefined,
    tag:
      selection.ref?.kind === 'tag' || selection.ref?.kind === 'tag-or-branch'
        ? { name: selection.ref.name, orBranch: selection.ref.kind === 'tag-or-branch' }
        : undefined,
    pullRequest:
      selection.pr === undefined ? undefined : { number: selection.pr, means: pullRequestMeans },
    runs:
      selection.workflow === undefined &&
      selection.workflowConclusion === undefined &&
      selection.event === undefined
        ? undefined
        : {
            workflow: selection.workflow,
            conclusion: selection.workflowConclusion,
            event: selection.event,
            runNumber: selection.runNumber
          }
  }
}

/** For messages. */
export function repositoryOf(query: { owner: string; repo: string }): string {
  return `${query.owner}/${query.repo}`
}
