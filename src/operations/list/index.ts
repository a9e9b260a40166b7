import { criteriaFrom } from '../../core/criteria.js'
import { listAndSelect } from '../../core/list-and-select.js'
import { reportNothingFound } from '../../core/nothing-found.js'
import { queryFrom, repositoryOf } from '../../core/query.js'
import type { ListSettings } from '../settings.js'
import type { Report } from '../../report/report.js'
import { toReported } from '../../report/report.js'
import { describeSelection } from '../../report/summary.js'
import type { OperationContext } from '../context.js'
import { listSummary } from './summary.js'

export type ListReport = Report & { kept: number }

/** Lists the selected artifacts, newest first; expired ones are included and flagged. */
export async function runList(
  { client, log }: OperationContext,
  settings: ListSettings
): Promise<ListReport> {
  const query = queryFrom(settings, settings.selection, 'branch')
  const criteria = criteriaFrom(settings.selection, {
    limitFrom: 'newest'
  })
  const found = await listAndSelect(client, query, criteria, log)
  if (found.selected.length === 0) {
    await reportNothingFound(
      client,
      query,
      found.listed,
      settings.selection.names,
      settings.ifNoArtifactFound,
      log
    )
  }
  const artifacts = found.selected.map(toReported)
  return {
    artifacts,
    outputs: {},
    summary: listSummary(
      artifacts,
      found.kept.length,
      describeSelection('list', repositoryOf(settings), settings.selection)
    ),
    kept: found.kept.length
  }
}
