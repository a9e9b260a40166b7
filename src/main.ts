import * as core from '@actions/core'
import { explainNotFound } from './core/not-found.js'
import { repositoryOf } from './core/query.js'
import { createClient } from './github/client.js'
import { OPERATIONS, pluginOf, runOperation } from './operations/index.js'
import { writeOutputs } from './report/outputs.js'
import { buildSummary, failureSummary } from './report/summary.js'
import { getSettings } from './operations/settings.js'
import { ignoredInputs } from './settings/index.js'
import { checkInputNames, findUnknownInputs } from './settings/input-names.js'
import { messageOf } from './shared/errors.js'
import { limitAnnotations, type Logger } from './shared/logger.js'
import { showInvisible, toLogLine } from './shared/sanitize.js'

/**
 * toLogLine keeps names from starting workflow commands; the toolkit escapes commands' data
 * itself (escaping again would show `%25`).
 */
const coreLogger: Logger = {
  debug: message => core.debug(showInvisible(message)),
  info: message => core.info(toLogLine(message)),
  warn: message => core.warning(showInvisible(message)),
  error: message => core.error(showInvisible(message)),
  group: (title, lines) => {
    core.startGroup(showInvisible(title))
    for (const line of lines) core.info(toLogLine(line))
    core.endGroup()
  }
}

/** Then the process exits as the signal would. */
const CANCEL_GRACE_MS = 5000

/** For the tests, which run in one process. */
export interface CancellationOptions {
  graceMs?: number
  exit?: (code: number) => void
}

/** SIGINT/SIGTERM abort the signal, so operations stop at a safe point and still write outputs. */
export function listenForCancellation(
  log: Logger,
  { graceMs = CANCEL_GRACE_MS, exit = process.exit }: CancellationOptions = {}
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return
    log.warn(`Received ${signal}: stopping at the next safe point.`)
    controller.abort(new Error(`cancelled by ${signal}`))
    setTimeout(() => exit(signal === 'SIGINT' ? 130 : 143), graceMs).unref()
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
export async function run(cancel: CancellationOptions = {}): Promise<void> {
  const annotations = limitAnnotations(coreLogger)
  const log = annotations.log
  const cancellation = listenForCancellation(log, cancel)
  let explain: ((error: unknown) => Promise<string | undefined>) | undefined
  let operation: string | undefined
  // Counted at the client, so a failure summary never says nothing was deleted when something was.
  let deletions = 0
  try {
    const read = (name: string): string => core.getInput(name)
    const settings = getSettings(read)
    core.setSecret(settings.token)
    operation = settings.operation
    const unknown = checkInputNames(pluginOf(settings.operation), findUnknownInputs(process.env))
    if (unknown !== undefined) log.warn(unknown)
    for (const { input, value, readBy } of ignoredInputs(read, settings.operation, OPERATIONS)) {
      log.warn(
        `Input '${input}' (${value}) applies to operation ${readBy.map(o => `'${o}'`).join(' and ')} only; '${settings.operation}' ignores it.`
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
    client.octokit.hook.after('request', (_response, options) => {
      if (options.method === 'DELETE') deletions++
    })
    explain = async error => explainNotFound(client, settings, error)
    const report = await runOperation({ client, log, signal }, settings)
    // The work is done: whatever fails from here on is said, and costs nothing else.
    const problems = writeOutputs(report, core.setOutput)
    const summaryFile = process.env['GITHUB_STEP_SUMMARY']
    if (summaryFile) {
      const links = {
        serverUrl: (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
        repository: repositoryOf(settings)
      }
      const parts = { ...report.summary, notes: [...problems, ...report.summary.notes] }
      await buildSummary(parts, links)
        .write()
        .catch((error: unknown) => {
          problems.push(
            `The job summary is not written: writing GITHUB_STEP_SUMMARY (${summaryFile}) failed: ${messageOf(error)}`
          )
        })
    }
    const failures = [report.failure, ...problems].filter(f => f !== undefined)
    if (failures.length > 0) core.setFailed(showInvisible(failures.join(' ')))
  } catch (error) {
    const message = (await explain?.(error).catch(() => undefined)) ?? messageOf(error)
    core.setFailed(showInvisible(message))
    // A failure before the report still gets a summary.
    if (process.env['GITHUB_STEP_SUMMARY']) {
      await failureSummary(message, operation, deletions)
        .write()
        .catch(() => undefined)
    }
  } finally {
    annotations.flush()
    cancellation.dispose()
  }
}
