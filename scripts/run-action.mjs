// Runs the bundled action the way the runner does: a fresh `node dist/index.js` with the inputs
// as INPUT_* variables (names upper-cased, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// files, and GITHUB_API_URL. Used by the end-to-end tests, `npm run demo` and `npm run bench`.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The committed bundle. */
export const COMMITTED_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url))

/** The bundle to run: the one the test suite built from the sources, else the committed one. */
export const ACTION_ENTRY = resolve(process.env['ARTIFACT_OPS_ACTION_ENTRY'] || COMMITTED_ENTRY)

/**
 * Reads a GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` blocks and `name=value` lines.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  // @actions/core ends lines with os.EOL: CRLF on Windows.
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value = []
      i++
      while (i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i++])
      outputs[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/**
 * Inputs as the runner passes them: `INPUT_` and the name upper-cased, spaces as `_`.
 * @param {Record<string, string>} inputs
 * @returns {Record<string, string>}
 */
export function inputVariables(inputs) {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

/**
 * The variables a Windows process cannot do without, as the runner has them.
 * @returns {Record<string, string>}
 */
function pickWindowsBasics() {
  const names = ['SystemRoot', 'windir', 'ComSpec', 'TEMP', 'TMP', 'USERPROFILE', 'PATHEXT']
  return Object.fromEntries(
    names.flatMap(name => (process.env[name] === undefined ? [] : [[name, process.env[name]]]))
  )
}

/**
 * @typedef {object} ActionRun
 * @property {number | null} code
 * @property {NodeJS.Signals | null} signal
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {string} summary
 * @property {number} ms   wall time of the process
 */

/**
 * @param {{ inputs: Record<string, string>, apiUrl: string, repository?: string,
 *   env?: Record<string, string>, cwd?: string, timeoutMs?: number,
 *   onSpawn?: (child: import('node:child_process').ChildProcess) => void,
 *   argv?: string[], node?: string }} options   node: the Node binary (default this one)
 * @returns {Promise<ActionRun>}
 */
export async function runAction(options) {
  const dir = mkdtempSync(join(tmpdir(), 'artifact-ops-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    // Windows' Node needs SystemRoot for sockets, and takes the home and temporary directories here.
    ...(process.platform === 'win32' ? pickWindowsBasics() : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
    GITHUB_WORKSPACE: options.cwd ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...options.env
  }
  Object.assign(env, inputVariables(options.inputs))
  const started = process.hrtime.bigint()
  const child = spawn(options.node ?? process.execPath, [...(options.argv ?? []), ACTION_ENTRY], {
    cwd: options.cwd ?? dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  options.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise(resolve => child.on('close', (c, s) => resolve([c, s])))
  clearTimeout(timer)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const result = {
    code,
    signal,
    // Lines as the runner reads them: @actions/core ends them with os.EOL, CRLF on Windows.
    stdout: stdout.replace(/\r\n/g, '\n'),
    stderr: stderr.replace(/\r\n/g, '\n'),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8').replace(/\r\n/g, '\n'),
    ms
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}
