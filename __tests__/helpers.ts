import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Client, createClient, type ClientOptions } from '../src/github/client.js'
import { getSettings, type Settings } from '../src/settings.js'
import { afterEach } from '@jest/globals'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.js'

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

/** Collects what the action writes to stdout (core.info, warnings, groups) while `fn` runs. */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const original = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    const value = await fn()
    return { value, out }
  } finally {
    process.stdout.write = original
  }
}

/** Every file under `dir`, relative, sorted (directories left out). */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (current: string, prefix: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(current, entry.name), `${prefix}${entry.name}/`)
      else out.push(`${prefix}${entry.name}`)
    }
  }
  walk(dir, '')
  return out.sort()
}

/** A fresh empty directory under the system's temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'artifact-ops-test-'))
}

/**
 * Starts emulators for the tests of one file and closes each after its test.
 * Returns the function that starts one.
 */
export function useEmulator(): (options?: EmulatorOptions) => Promise<Emulator> {
  let current: Emulator | undefined
  afterEach(async () => {
    await current?.close()
    current = undefined
  })
  return async options => (current = await startEmulator(options))
}

/** Fresh temporary directories for the tests of one file, removed after each test. */
export function useTempDirs(): () => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = tempDir()
    dirs.push(dir)
    return dir
  }
}
