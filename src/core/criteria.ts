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
}

/** Before any lookup; rules not given are off. */
export function criteriaFrom(
  selection: SelectionSettings,
  rules: Pick<SelectionRules, 'limitFrom'> & Partial<SelectionRules>
): Criteria {
  return {
    names: selection.names,
    patterns: selection.patterns,
    artifactIds: selection.artifactIds,
    runId: selection.runId,
    // A tag's commit comes from its lookup.
    branch: selection.ref?.kind === 'branch' ? selection.ref.name : selection.branch,
    commit: selection.ref?.kind === 'commit' ? selection.ref.sha : selection.commit,
    olderThan: selection.olderThan,
    newerThan: selection.newerThan,
    minSize: selection.minSize,
    maxSize: selection.maxSize,
    keepLatest: selection.keepLatest,
    limit: selection.limit,
    excludeExpired: false,
    excludeForks: false,
    newestPerName: false,
    ...rules
  }
}
