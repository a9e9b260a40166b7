import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Client, createClient, type ClientOptions } from '../src/github/client.js'
import type { AnswerLimits } from '../src/github/answers.js'
import type { OperationContext } from '../src/operations/context.js'
import type { Settings } from '../src/operations/index.js'
import { getSettings } from '../src/operations/settings.js'
import type { Logger } from '../src/shared/logger.js'
import type { DownloadOptions } from '../src/operations/download/index.js'
import { afterEach, it } from '@jest/globals'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.js'

export const NOW = new Date('2026-11-21T12:00:00Z')

// The tests' timings: waits cut to milliseconds, deadlines long enough for a busy machine. A
// test that asserts one of them sets that value itself.

/** runDownload's options. */
export const FAST: DownloadOptions = { attempts: 3, backoffMs: 10, stallMs: 2000 }

/** createClient's, as clientFor uses them: retry n waits n² × 20 ms; writes are not paced. */
export const FAST_CLIENT: Pick<ClientOptions, 'retryBaseMs' | 'writeIntervalMs'> = {
  retryBaseMs: 20,
  writeIntervalMs: 0
}

/** boundedFetch's deadlines for one API answer. */
export const FAST_ANSWERS: Pick<AnswerLimits, 'headersMs' | 'bodyMs'> = {
  headersMs: 2000,
  bodyMs: 2000
}

/** Settings as the action would read them from these inputs (names as in action.yml). */
export function settingsFrom<O extends Settings['operation'] = 'list'>(
  inputs: Record<string, string> & { operation?: O },
  now: Date = NOW
): Extract<Settings, { operation: O }> {
  const all: Record<string, string> = {
    'github-token': 'emulator-token',
    repository: 'octo-org/octo-repo',
    ...inputs
  }
  return getSettings(name => all[name] ?? '', now) as Extract<Settings, { operation: O }>
}

export interface LogLines {
  debug: string[]
  info: string[]
  warn: string[]
  error: string[]
  /** Every line in order, as `level: message` (a group's title as `group: title`). */
  all: string[]
  /** `all` joined by newlines. */
  text: () => string
}

/** A logger that keeps every line, for tests to read. */
export function collectingLogger(): { log: Logger; logs: LogLines } {
  const logs: LogLines = {
    debug: [],
    info: [],
    warn: [],
    error: [],
    all: [],
    text: () => logs.all.join('\n')
  }
  const level =
    (name: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string): void => {
      logs[name].push(message)
      logs.all.push(`${name}: ${message}`)
    }
  const log: Logger = {
    debug: level('debug'),
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
    group: (title, lines) => {
      logs.all.push(`group: ${title}`)
      for (const line of lines) level('info')(line)
    }
  }
  return { log, logs }
}

/** A client for the emulator with FAST timings, and the lines it logged. */
export function clientFor(
  emulator: Pick<Emulator, 'token' | 'apiUrl'>,
  options: Partial<ClientOptions> = {}
): { client: Client; logs: LogLines; log: Logger; context: OperationContext } {
  const { log, logs } = collectingLogger()
  const signal = options.signal ?? new AbortController().signal
  const client = createClient({
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    ...FAST_CLIENT,
    log,
    ...options,
    signal
  })
  return { client, logs, log, context: { client, log, signal } }
}

/** ISO date `days` days before NOW. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString()
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

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('it succeeded')
}

/**
 * Runs `body` with these environment variables set (a value of `undefined` unsets one), and puts
 * each back as it was afterwards.
 */
export async function withEnv<T>(
  vars: Record<string, string | undefined>,
  body: () => T | Promise<T>
): Promise<T> {
  const saved = Object.keys(vars).map(name => [name, process.env[name]] as const)
  const set = (name: string, value: string | undefined): void => {
    if (value === undefined) Reflect.deleteProperty(process.env, name)
    else process.env[name] = value
  }
  for (const [name, value] of Object.entries(vars)) set(name, value)
  try {
    return await body()
  } finally {
    for (const [name, value] of saved) set(name, value)
  }
}

/**
 * Runs `action` once, as soon as `condition` holds (checked every 5 ms), e.g. a cancellation
 * when the first request has arrived. Returns what stops the checking if it never held.
 */
export function whenTrue(condition: () => boolean, action: () => void): () => void {
  const poll = setInterval(() => {
    if (!condition()) return
    clearInterval(poll)
    action()
  }, 5)
  return () => clearInterval(poll)
}

/**
 * `it` for a test that holds only where `platforms` says (`'posix'`: Linux and macOS); elsewhere
 * it is skipped, its title saying on which platform and why. Usage:
 * `itOn('posix', 'Windows has no executable bit')('keeps 0755', async () => …)`.
 */
export function itOn(
  platforms: 'posix' | NodeJS.Platform[],
  why: string
): (title: string, test: Parameters<typeof it>[1], timeout?: number) => void {
  const runs =
    platforms === 'posix' ? process.platform !== 'win32' : platforms.includes(process.platform)
  return (title, test, timeout) => {
    if (runs) it(title, test, timeout)
    else it.skip(`${title} (skipped on ${process.platform}: ${why})`, test, timeout)
  }
}
