import { findArtifacts } from '../../core/find.js'
import { repositoryOf } from '../../core/query.js'
import type { Report } from '../../report/report.js'
import { toReported } from '../../report/report.js'
import { describeSelection } from '../../settings/selection.js'
import type { OperationContext } from '../context.js'
import type { OperationSettings } from '../plugin.js'
import { listSummary } from './summary.js'

export type ListSettings = OperationSettings<'list'>

export type ListReport = Report & { kept: number }

/** Lists the selected artifacts, newest first; expired ones are included and flagged. */
export async function runList(
  context: OperationContext,
  settings: ListSettings
): Promise<ListReport> {
  const { found, failure } = await findArtifacts(context, settings, {
    pullRequestMeans: 'branch',
    limitFrom: 'newest'
  })
  const artifacts = found.selected.map(toReported)
  const summary = listSummary(
    artifacts,
    found.kept.length,
    describeSelection('list', repositoryOf(settings), settings.selection)
  )
  if (failure !== undefined) summary.notes.push(failure)
  return {
    artifacts,
    outputs: {},
    summary,
    failure,
    kept: found.kept.length
  }
}
