import type { Client } from '../github/client.js'
import { type OperationResult, toReported } from '../report/result.js'
import type { Settings } from '../settings.js'
import { findArtifacts, reportNothingFound } from './find.js'

/** Lists the selected artifacts, newest first; expired ones are included and flagged. */
export async function listOperation(client: Client, settings: Settings): Promise<OperationResult> {
  const found = await findArtifacts(client, settings, 'list')
  if (found.selected.length === 0) await reportNothingFound(client, settings, found)
  return {
    operation: 'list',
    artifacts: found.selected.map(toReported),
    kept: found.kept,
    notes: []
  }
}
