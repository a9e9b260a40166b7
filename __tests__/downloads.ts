// The download the tests run against the emulator, apart from helpers.ts so that only the test
// files that download import the download code (Stryker runs a mutant's importers only).
import type { Emulator } from '../emulator/server.js'
import {
  type DownloadOptions,
  type DownloadReport,
  runDownload
} from '../src/operations/download/index.js'
import { clientFor, FAST, type LogLines, settingsFrom } from './helpers.js'

/**
 * A download from the emulator as the action runs it: the client of clientFor, the settings of
 * these inputs, FAST timings unless `options` are given. Returns the report and what was logged.
 */
export async function downloadFrom(
  emulator: Pick<Emulator, 'token' | 'apiUrl'>,
  inputs: Record<string, string>,
  options: DownloadOptions = FAST,
  signal?: AbortSignal
): Promise<{ value: DownloadReport; logs: LogLines; out: string }> {
  const { context, logs } = clientFor(emulator, { signal })
  const value = await runDownload(
    context,
    settingsFrom({ operation: 'download', ...inputs }),
    options
  )
  return { value, logs, out: logs.text() }
}
