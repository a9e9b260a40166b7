import type { SelectionSettings } from '../settings/selection.js'
import type { Criteria } from './select.js'

/** How an operation reads the shared selection inputs. */
export interface SelectionRules {
  /** Which end `limit` keeps. */
  limitFrom: Criteria['limitFrom']
  /** Leave out expired artifacts. */
  excludeExpired: boolean
  /** Leave out artifacts whose run came from a fork. */
  excludeForks: boolean
  /** Keep only the newest of each name. */
  newestPerName: boolean
}

/**
 * The client-side filters of a selection, before any lookup (pull request, workflow). Rules not
 * given are off: nothing left out for being expired or from a fork, every artifact of a name.
 */
export function criteriaFrom(
  selection: SelectionSettings,
  rules: Pick<SelectionRules, 'limitFrom'> & Partial<SelectionRules>
): Criteria {
  return {
    names: selection.names,
    patterns: selection.patterns,
    artifactIds: selection.artifactIds,
    runId: selection.runId,
    // A tag's commit, and whether a short name is a tag or a branch, are known after its lookup.
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
