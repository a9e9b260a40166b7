import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Emulator } from '../emulator/server.js'
import { buildZip } from '../emulator/zip.js'
import { type CancellationOptions, listenForCancellation, run } from '../src/main.js'
import { inputVariables, parseOutputFile } from '../scripts/run-action.mjs'
import {
  collectingLogger,
  itOn,
  tempDir,
  useEmulator,
  useTempDirs,
  whenTrue,
  withEnv
} from './helpers.js'

// The action's entry in this process, with the runner's environment: inputs as INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The runner reads what @actions/core
// writes to stdout, so that is what these tests read (and keep out of the test log). The
// end-to-end tests run the same through the bundle in a child process.

const startEmulator = useEmulator()
const tempDirs = useTempDirs()
// One summary file for the whole file: @actions/core's summary keeps the first path it read.
const summaryDir = tempDir()
const summaryFile = join(summaryDir, 'summary')
afterAll(() => rmSync(summaryDir, { recursive: true, force: true }))

afterEach(() => {
  process.exitCode = undefined
})

/**
 * Delivers a signal to the listeners added since `before`, the action's, as the runner's signal
 * would. Not `process.emit`: that would also reach the test runner's own listeners in this
 * process (a mutation run's worker ends on SIGTERM).
 */
function deliver(signal: NodeJS.Signals, before: readonly unknown[]): void {
  for (const listener of process.listeners(signal)) {
    if (!before.includes(listener)) (listener as (name: NodeJS.Signals) => void)(signal)
  }
}

interface MainRun {
  exitCode: number | string | null | undefined
  stdout: string
  /** The lines that are workflow commands, as the runner reads them. */
  commands: string[]
  outputs: Record<string, string>
  summary: string
}

async function runMain(
  e: Emulator,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  during?: () => void,
  cancel: CancellationOptions = { exit: () => undefined },
  /** A line of the log whose write fails, as a closed stdout would. */
  failingLine?: string
): Promise<MainRun> {
  const dir = tempDirs()
  const outputFile = join(dir, 'output')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const vars: Record<string, string | undefined> = {
    GITHUB_API_URL: e.apiUrl,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: undefined,
    RUNNER_TEMP: dir,
    ...env
  }
  const all = { operation: 'list', 'github-token': e.token, repository: e.repository, ...inputs }
  Object.assign(vars, inputVariables(all))
  const written: string[] = []
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    if (failingLine !== undefined && String(chunk).includes(failingLine)) {
      throw new Error('write EPIPE')
    }
    written.push(String(chunk))
    return true
  })
  try {
    await withEnv(vars, async () => {
      const running = run(cancel)
      during?.()
      await running
    })
  } finally {
    write.mockRestore()
  }
  const exitCode = process.exitCode
  process.exitCode = undefined
  // @actions/core ends lines with os.EOL: CRLF on Windows, read here as the runner reads them.
  const stdout = written.join('').replace(/\r\n/g, '\n')
  return {
    exitCode,
    stdout,
    commands: stdout.split(/\r\n|\r|\n/).filter(line => line.startsWith('::')),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8').replace(/\r\n/g, '\n')
  }
}

describe('run (the action in this process)', () => {
  it('masks the token, writes the outputs and a summary with links to the server', async () => {
    const e = await startEmulator()
    e.addArtifact({ id: 10, name: 'coverage', size: 2048 })
    e.addArtifact({ id: 11, name: 'dist', size: 10 })
    const result = await runMain(
      e,
      { name: 'coverage' },
      {
        GITHUB_SERVER_URL: 'https://ghe.example.com//'
      }
    )
    expect(result.exitCode).toBeUndefined()
    expect(result.commands[0]).toBe(`::add-mask::${e.token}`)
    expect(result.outputs).toMatchObject({ count: '1', 'total-bytes': '2048' })
    expect(result.summary).toContain('artifact-ops: Artifacts')
    expect(result.summary).toMatch(
      /<a href="https:\/\/ghe\.example\.com\/octo-org\/octo-repo\/actions\/runs\/\d+">/
    )
    expect(result.summary).not.toContain('ghe.example.com//')
    expect(result.commands.filter(line => line.startsWith('::warning::'))).toEqual([])
  })

  it('links to github.com when the runner names no server, and writes no summary when it has no file', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'coverage' })
    const linked = await runMain(e, {})
    expect(linked.summary).toMatch(
      /<a href="https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/\d+">/
    )
    const unsummarised = await runMain(e, {}, { GITHUB_STEP_SUMMARY: undefined })
    expect(unsummarised.exitCode).toBeUndefined()
    expect(unsummarised.commands.filter(line => line.startsWith('::error::'))).toEqual([])
    expect(unsummarised.outputs['count']).toBe('1')
    // @actions/core keeps the first summary file it was given: none is written here all the same.
    expect(unsummarised.summary).toBe('')
  })

  it('prints names from the listing as plain lines, never as workflow commands', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'art\n::warning::INJECTED\r::stop-commands::INJECTED' })
    const result = await runMain(e, { name: 'nope' })
    expect(result.stdout).toContain('Names that exist:')
    expect(result.stdout).toContain('INJECTED')
    for (const line of result.commands) expect(line).not.toContain('INJECTED')
  })

  itOn('posix', "Windows refuses a file name with a newline or ':' (see platform-names)")(
    'prints a download as a group of plain lines, names from outside escaped',
    async () => {
      const e = await startEmulator()
      const name = 'art\n::warning::INJECTED'
      e.addArtifact({ name, content: buildZip([{ name: 'x.txt', data: 'fine' }]) })
      const path = tempDirs()
      const result = await runMain(e, { operation: 'download', pattern: 'art*', path })
      expect(result.exitCode).toBeUndefined()
      const start = result.commands.findIndex(line => line.startsWith('::group::Downloaded'))
      expect(result.commands[start]).toMatch(/^::group::Downloaded 'art%0A::warning::INJECTED'/)
      expect(result.commands[start + 1]).toBe('::endgroup::')
      const lines = result.stdout.split('\n')
      const inGroup = lines.slice(
        lines.indexOf(result.commands[start]) + 1,
        lines.indexOf('::endgroup::')
      )
      expect(inGroup.length).toBeGreaterThan(0)
      expect(inGroup.at(-1)).toMatch(
        /^Unpacked 1 file\(s\), 4 B, into .*art%0A::warning::INJECTED /
      )
      expect(readFileSync(join(path, name, 'x.txt'), 'utf8')).toBe('fine')
    }
  )

  it('warns of inputs the action does not have and of inputs the operation ignores', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'coverage' })
    const result = await runMain(e, { run_id: '42', 'rate-limit-reserve': '3', path: 'somewhere' })
    expect(result.exitCode).toBeUndefined()
    const warnings = result.commands.filter(line => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      "::warning::Ignoring inputs this action does not have: 'run_id' (did you mean 'run-id'?). Inputs are kebab-case, as in action.yml.",
      "::warning::Input 'path' (somewhere) applies to operation 'download' only; 'list' ignores it.",
      "::warning::Input 'rate-limit-reserve' (3) applies to operation 'prune' only; 'list' ignores it."
    ])
  })

  it('fails on bad input before any request, with a short summary of what failed', async () => {
    const e = await startEmulator()
    const result = await runMain(e, { 'older-than': '3 months' })
    expect(result.exitCode).toBe(1)
    expect(result.commands).toContainEqual(
      expect.stringMatching(/^::error::Invalid value for 'older-than': '3 months'\./)
    )
    expect(e.requests).toHaveLength(0)
    expect(result.summary).toContain('<h3>artifact-ops: failed</h3>')
    expect(result.summary).toContain('Invalid value for &#39;older-than&#39;')
    expect(result.outputs).toEqual({})
    const unsummarised = await runMain(
      e,
      { 'older-than': '3 months' },
      { GITHUB_STEP_SUMMARY: undefined }
    )
    expect(unsummarised.exitCode).toBe(1)
    expect(unsummarised.summary).toBe('')
  })

  it('names the operation in the failure summary once the settings are read', async () => {
    const e = await startEmulator()
    const result = await runMain(e, { 'github-token': 'not-the-token' })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain('<h3>artifact-ops: list failed</h3>')
    expect(result.stdout.split('::add-mask::not-the-token').join('')).not.toContain('not-the-token')
  })

  it('explains a 404 by what is missing', async () => {
    const e = await startEmulator()
    const result = await runMain(e, { operation: 'download', 'run-id': '999999', path: tempDirs() })
    expect(result.exitCode).toBe(1)
    expect(result.commands).toContainEqual(
      expect.stringMatching(
        /^::error::.*run 999999 does not exist in octo-org\/octo-repo\. Check 'run-id'\./
      )
    )
  })

  it('says what was deleted when the step fails after a deletion, never that nothing was', async () => {
    const e = await startEmulator()
    e.addArtifact({ id: 1, name: 'logs', size: 1024 })
    const result = await runMain(
      e,
      { operation: 'prune', pattern: '*' },
      {},
      undefined,
      undefined,
      'Deleted 1 artifact(s), 1.0 KiB freed'
    )
    expect(e.liveArtifacts()).toEqual([])
    expect(result.exitCode).toBe(1)
    expect(result.commands).toContainEqual('::error::write EPIPE')
    expect(result.summary).toContain('<h3>artifact-ops: prune failed</h3>')
    expect(result.summary).toContain('1 artifact(s) were deleted before the failure.')
    expect(result.summary).not.toContain('Nothing was deleted')
  })

  it.each(['list', 'download', 'prune'])(
    'fails the step when nothing matches and if-no-artifact-found is fail, outputs and summary written (%s)',
    async operation => {
      const e = await startEmulator()
      e.addArtifact({ name: 'coverage' })
      const result = await runMain(e, {
        operation,
        name: 'nope',
        'if-no-artifact-found': 'fail',
        path: tempDirs()
      })
      const message =
        "No artifact matched the selection in octo-org/octo-repo. Names that exist: 'coverage'."
      expect(result.exitCode).toBe(1)
      expect(result.commands.filter(line => line.startsWith('::error::'))).toEqual([
        `::error::${message}`
      ])
      expect(result.outputs).toMatchObject({ count: '0', 'total-bytes': '0', artifacts: '[]' })
      if (operation === 'prune') expect(result.outputs['deleted-count']).toBe('0')
      expect(result.summary).toContain(`<p>${message.replace(/'/g, '&#39;')}</p>`)
      expect(result.summary).not.toContain('failed</h3>')
      expect(e.liveArtifacts()).toHaveLength(1)
    }
  )

  it('holds warnings past nine and names them in one annotation at the end', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'coverage' })
    // One warning for the unknown input and one for each of the nine inputs a list ignores.
    const result = await runMain(e, {
      unknown: 'x',
      path: 'somewhere',
      'merge-multiple': 'true',
      'skip-decompress': 'true',
      'digest-mismatch': 'warn',
      'allow-forks': 'true',
      overwrite: 'false',
      'delete-after': 'true',
      'dry-run': 'true',
      'rate-limit-reserve': '20%'
    })
    expect(result.exitCode).toBeUndefined()
    const warnings = result.commands.filter(line => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(10)
    expect(warnings).toContain(
      "::warning::Input 'dry-run' (true) applies to operation 'download' and 'prune' only; 'list' ignores it."
    )
    // The tenth is a plain line where it happened and one annotation at the end (both escaped).
    expect(result.stdout).toContain(
      "\nInput 'rate-limit-reserve' (20%25) applies to operation 'prune' only; 'list' ignores it.\n"
    )
    expect(warnings[9]).toBe(
      "::warning::1 more warnings (in the log above): Input 'rate-limit-reserve' (20%25) applies to operation 'prune' only; 'list' ignores it."
    )
  })

  it('stops a prune at a safe point on SIGTERM, and stops listening when it ends', async () => {
    const e = await startEmulator()
    for (let i = 1; i <= 4; i++) {
      e.addArtifact({ id: i, name: 'x', createdAt: new Date(Date.now() - (10 - i) * 60_000) })
    }
    const before = process.listeners('SIGTERM')
    const exit = jest.fn<(code: number) => void>()
    const during = (): void => {
      whenTrue(
        () => e.apiRequests('DELETE').some(r => r.status !== undefined),
        () => deliver('SIGTERM', before)
      )
    }
    const result = await runMain(e, { operation: 'prune', name: 'x' }, {}, during, {
      graceMs: 50,
      exit
    })
    expect(process.listeners('SIGTERM')).toEqual(before)
    // The exit after the grace period stays armed, for whatever might still hold the process.
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(exit.mock.calls).toEqual([[143]])
    const deleted = e.apiRequests('DELETE').length
    expect(deleted).toBeLessThan(4)
    expect(result.exitCode).toBe(1)
    expect(result.commands).toContain(
      '::warning::Received SIGTERM: stopping at the next safe point.'
    )
    expect(result.commands).toContain(`::error::Cancelled: stopped after deleting ${deleted} of 4.`)
    expect(result.outputs['deleted-count']).toBe(String(deleted))
  })
})

describe('listenForCancellation', () => {
  it.each<[NodeJS.Signals, number]>([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ])('aborts on %s once, and exits with %d after the grace period', async (name, code) => {
    const { log, logs } = collectingLogger()
    const exit = jest.fn<(code: number) => void>()
    const before = {
      SIGINT: process.listenerCount('SIGINT'),
      SIGTERM: process.listenerCount('SIGTERM')
    }
    const earlier = process.listeners(name)
    const listening = listenForCancellation(log, { graceMs: 20, exit })
    try {
      expect(process.listenerCount('SIGINT')).toBe(before.SIGINT + 1)
      expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM + 1)
      expect(listening.signal.aborted).toBe(false)
      deliver(name, earlier)
      deliver(name, earlier)
      expect(listening.signal.aborted).toBe(true)
      expect((listening.signal.reason as Error).message).toBe(`cancelled by ${name}`)
      expect(logs.warn).toEqual([`Received ${name}: stopping at the next safe point.`])
      expect(exit).not.toHaveBeenCalled()
      await new Promise(resolve => setTimeout(resolve, 60))
      expect(exit.mock.calls).toEqual([[code]])
    } finally {
      listening.dispose()
    }
    expect(process.listenerCount('SIGINT')).toBe(before.SIGINT)
    expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM)
  })
})
