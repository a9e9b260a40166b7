import * as core from '@actions/core'
import { listenForCancellation } from './cancel.js'
import { messageOf } from './errors.js'
import { type Client, createClient } from './github/client.js'
import { downloadOperation } from './operations/download.js'
import { listOperation } from './operations/list.js'
import { pruneOperation } from './operations/prune.js'
import { writeOutputs } from './report/outputs.js'
import type { OperationResult } from './report/result.js'
import { writeSummary } from './report/summary.js'
import { getSettings, type Settings } from './settings.js'

const log = { debug: core.debug, info: core.info, warn: core.warning, error: core.error }

async function runOperation(client: Client, settings: Settings): Promise<OperationResult> {
  switch (settings.operation) {
    case 'list':
      return listOperation(client, settings)
    case 'download':
      return downloadOperation(client, settings)
    case 'prune': {
      // Only prune stops at a safe point on cancellation; the others end as the runner says.
      const cancellation = listenForCancellation(signal =>
        core.warning(`Received ${signal}: finishing the deletion in flight, then stopping.`)
      )
      try {
        return await pruneOperation(client, settings, cancellation.signal)
      } finally {
        cancellation.dispose()
      }
    }
  }
}

/** The action: settings → client → one operation → outputs and job summary. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    const client = createClient({ token: settings.token, log })
    const result = await runOperation(client, settings)
    writeOutputs(result)
    await writeSummary(result)
    if (result.failure !== undefined) core.setFailed(result.failure)
  } catch (error) {
    core.setFailed(messageOf(error))
  }
}
