import type { SelectionSettings } from '../settings/selection.js'

/** What to ask the API: which repository, and the lookups that need requests of their own. */
export interface ArtifactQuery {
  owner: string
  repo: string
  /** List this run's artifacts instead of the repository's. */
  runId?: number
  /** Sent as `?name=`; servers that ignore it return every name, so the client filters again. */
  name?: string
  /** A pull request whose head commit (download) or head branch (list, prune) selects. */
  pullRequest?: { number: number; means: 'commit' | 'branch' }
  /**
   * A tag to resolve to its commit; with `orBranch`, a name taken as a branch where no tag has
   * it (git's order: refs/tags/ before refs/heads/).
   */
  tag?: { name: string; orBranch: boolean }
  /**
   * Only artifacts of the runs the server finds: of one workflow (`id`), or of every workflow
   * when only a conclusion or an event is given.
   */
  runs?: { workflow?: string; conclusion?: string; event?: string; runNumber?: number }
}

/** The query for a selection: what the API can narrow and the lookups it needs. */
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

/** The repository as `owner/name`, for messages. */
export function repositoryOf(query: { owner: string; repo: string }): string {
  return `${query.owner}/${query.repo}`
}
