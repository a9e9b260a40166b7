import * as core from '@actions/core'
import { createClient } from './github/client.js'
import { runOperation } from './operations/index.js'
import { writeOutputs } from './report/outputs.js'
import { buildSummary } from './report/summary.js'
import { getSettings, ignoredInputs } from './settings/index.js'
import { messageOf } from './shared/errors.js'
import type { Logger } from './shared/logger.js'

/** The runner's log, through @actions/core. */
const coreLogger: Logger = {
  debug: core.debug,
  info: core.info,
  warn: core.warning,
  error: core.error,
  group: (title, lines) => {
    core.startGroup(title)
    for (const line of lines) core.info(line)
    core.endGroup()
  }
}

/** After the runner's cancellation, how long the operation has to stop by itself. */
const CANCEL_GRACE_MS = 5000

/**
 * Turns the runner's SIGINT/SIGTERM into an aborted signal: operations stop at a safe point
 * (prune between deletions; download removing its staging) and outputs are still written. If
 * the operation has not ended within the grace period, the process exits as the signal would
 * have ended it.
 */
function listenForCancellation(log: Logger): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return
    log.warn(`Received ${signal}: stopping at the next safe point.`)
    controller.abort(new Error(`cancelled by ${signal}`))
    setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), CANCEL_GRACE_MS).unref()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

/** The action: settings → client, logger, signal → one operation → outputs and job summary. */
export async function run(): Promise<void> {
  const log = coreLogger
  const cancellation = listenForCancellation(log)
  try {
    const read = (name: string): string => core.getInput(name)
    const settings = getSettings(read)
    core.setSecret(settings.token)
    for (const { input, value, readBy } of ignoredInputs(read, settings.operation)) {
      log.warn(
        `Input '${input}' (${value}) applies to operation '${readBy}' only; '${settings.operation}' ignores it.`
      )
    }
    const { signal } = cancellation
    const client = createClient({
      token: settings.token,
      apiUrl: settings.apiUrl,
      maxRateLimitWaitSeconds: settings.maxWaitSeconds,
      log,
      signal
    })
    const report = await runOperation({ client, log, signal }, settings)
    writeOutputs(report, core.setOutput)
    if (process.env['GITHUB_STEP_SUMMARY']) await buildSummary(report.summary).write()
    if (report.failure !== undefined) core.setFailed(report.failure)
  } catch (error) {
    core.setFailed(messageOf(error))
  } finally {
    cancellation.dispose()
  }
}
