import type { SelectionSettings } from '../settings/selection.js'
import type { Criteria } from './select.js'

/** How an operation reads the selection. */
export interface SelectionRules {
  /** Which end limit keeps. */
  limitFrom: Criteria['limitFrom']
  /** Leave out expired artifacts. */
  excludeExpired: boolean
  /** Leave out forks' artifacts. */
  excludeForks: boolean
  /** Only the newest of each name. */
  newestPerName: boolean
  /** Commits whose artifacts are spared (keep-tagged). */
  keepCommits?: ReadonlySet<string>
}

/** Before any lookup; rules not given are off. */
export function criteriaFrom(
  selection: SelectionSettings,
  rules: Pick<SelectionRules, 'limitFrom'> & Partial<SelectionRules>
): Criteria {
  const { ref, pr, workflow, runNumber, workflowConclusion, event, ...own } = selection
  return {
    ...own,
    // A tag's commit comes from its lookup.
    branch: ref?.kind === 'branch' ? ref.name : selection.branch,
    commit: ref?.kind === 'commit' ? ref.sha : selection.commit,
    excludeExpired: false,
    excludeForks: false,
    newestPerName: false,
    ...rules
  }
}
