import { type Client, createClient, type ClientOptions } from '../src/github/client.js'
import { getSettings, type Settings } from '../src/settings.js'
import type { Emulator } from '../emulator/server.js'

export const NOW = new Date('2026-11-21T12:00:00Z')

/** Settings as the action would read them from these inputs (names as in action.yml). */
export function settingsFrom(inputs: Record<string, string>, now: Date = NOW): Settings {
  const all: Record<string, string> = {
    'github-token': 'emulator-token',
    repository: 'octo-org/octo-repo',
    ...inputs
  }
  return getSettings(name => all[name] ?? '', now)
}

export interface LogLines {
  debug: string[]
  info: string[]
  warn: string[]
  error: string[]
}

/** A client for the emulator with test-speed backoff, and the lines it logged. */
export function clientFor(
  emulator: Emulator,
  options: Partial<ClientOptions> = {}
): { client: Client; logs: LogLines } {
  const logs: LogLines = { debug: [], info: [], warn: [], error: [] }
  const client = createClient({
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    retryBaseMs: 20,
    writeIntervalMs: 0,
    log: {
      debug: m => logs.debug.push(m),
      info: m => logs.info.push(m),
      warn: m => logs.warn.push(m),
      error: m => logs.error.push(m)
    },
    ...options
  })
  return { client, logs }
}

/** ISO date `days` days before NOW. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString()
}
