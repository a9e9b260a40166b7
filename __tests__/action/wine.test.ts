// The bundled action on Windows, here where there is no Windows: dist/index.js run by Node for
// Windows under Wine against the emulator started natively on 127.0.0.1. scripts/wine-setup.sh
// (run by .ci/run) installs Wine and Node for Windows and names its directory in
// ARTIFACT_OPS_WINE; without it the tests are skipped, and the title says so.
//
// What Wine 8 needs: names of variables holding '-' (INPUT_RUN-ID) are dropped, so they travel
// in one JSON variable that a --require preload restores; node.exe fails with EBADF when its
// stdin or stdout is a pipe, so they are /dev/null and files.
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/server.js'
import { buildZip, type ZipEntry } from '../../emulator/zip.js'
import { ACTION_ENTRY, inputVariables, parseOutputFile } from '../../scripts/run-action.mjs'
import { listFiles, useEmulator, useTempDirs } from '../helpers.js'

const WINE = process.env['ARTIFACT_OPS_WINE']
const NODE_EXE = WINE === undefined ? '' : join(WINE, 'node-22', 'node.exe')
const describeUnderWine = WINE === undefined ? describe.skip : describe

const startEmulator = useEmulator()
const tempDir = useTempDirs()

/** A Linux path as Wine's Z: drive shows it to Windows programs. */
function windowsPath(path: string): string {
  return `Z:${path.replace(/\//g, '\\')}`
}

/** Restores, in node.exe, the variables Wine drops (their names hold '-'). */
const PRELOAD = `const carried = process.env.ARTIFACT_OPS_CARRIED_ENV
if (carried) {
  Object.assign(process.env, JSON.parse(carried))
  delete process.env.ARTIFACT_OPS_CARRIED_ENV
}
`

interface WineRun {
  code: number | null
  stdout: string
  outputs: Record<string, string>
}

/** Runs the bundled action under Wine in `workspace`, as the runner would on Windows. */
async function runUnderWine(
  e: Emulator,
  workspace: string,
  inputs: Record<string, string>
): Promise<WineRun> {
  const dir = tempDir()
  const files = { output: 'output', summary: 'summary', stdout: 'stdout', preload: 'preload.cjs' }
  for (const name of [files.output, files.summary]) writeFileSync(join(dir, name), '')
  writeFileSync(join(dir, files.preload), PRELOAD)
  const variables = inputVariables({ 'github-token': e.token, repository: e.repository, ...inputs })
  const carried = Object.fromEntries(
    Object.entries(variables).filter(([name]) => name.includes('-'))
  )
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    WINEPREFIX: join(WINE ?? '', 'prefix'),
    WINEDEBUG: '-all',
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: e.apiUrl,
    GITHUB_REPOSITORY: e.repository,
    GITHUB_WORKSPACE: windowsPath(workspace),
    GITHUB_OUTPUT: windowsPath(join(dir, files.output)),
    GITHUB_STEP_SUMMARY: windowsPath(join(dir, files.summary)),
    RUNNER_TEMP: windowsPath(dir),
    RUNNER_OS: 'Windows',
    ...Object.fromEntries(Object.entries(variables).filter(([name]) => !name.includes('-'))),
    ARTIFACT_OPS_CARRIED_ENV: JSON.stringify(carried)
  }
  const out = openSync(join(dir, files.stdout), 'w')
  const child = spawn(
    'wine',
    [NODE_EXE, '--require', windowsPath(join(dir, files.preload)), windowsPath(ACTION_ENTRY)],
    { cwd: workspace, env, stdio: ['ignore', out, out] }
  )
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  clearTimeout(timer)
  closeSync(out)
  return {
    code,
    stdout: readFileSync(join(dir, files.stdout), 'utf8').replace(/\r\n/g, '\n'),
    outputs: parseOutputFile(readFileSync(join(dir, files.output), 'utf8').replace(/\r\n/g, '\n'))
  }
}

function zipOf(files: Record<string, string>): Buffer {
  return buildZip(Object.entries(files).map(([name, data]): ZipEntry => ({ name, data })))
}

/** Every file under `dir` with its contents. */
function treeOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map(file => [file, readFileSync(join(dir, file), 'utf8')])
  )
}

describeUnderWine(
  WINE === undefined
    ? 'the bundled action under Wine (skipped: ARTIFACT_OPS_WINE is not set; scripts/wine-setup.sh prints it, .ci/run sets it)'
    : 'the bundled action on Windows, under Wine',
  () => {
    const BUILD = {
      'app.exe': 'MZ binary',
      'docs/readme.txt': 'read me\r\n',
      'docs/deep/x.txt': 'x'
    }
    // app.exe marked executable (0755) as a Unix upload marks it: Windows has no such bit.
    const BUILD_ZIP = buildZip(
      Object.entries(BUILD).map(([name, data]) => ({
        name,
        data,
        mode: name.endsWith('.exe') ? 0o100755 : undefined
      }))
    )

    it('runs on win32 and lists, with the inputs whose names hold a dash restored', async () => {
      const e = await startEmulator()
      const run1 = e.addRun({})
      e.addArtifact({ name: 'build', content: zipOf(BUILD), runId: run1.id })
      e.addArtifact({ name: 'other', content: zipOf({ 'o.txt': 'o' }) })
      const run = await runUnderWine(e, tempDir(), { operation: 'list', 'run-id': `${run1.id}` })
      expect(run.stdout).not.toContain('::error::')
      expect(run.code).toBe(0)
      expect(run.outputs['count']).toBe('1')
      expect(JSON.parse(run.outputs['artifacts'])[0].name).toBe('build')
    })

    it('downloads by name into a Windows path and into ~\\, byte for byte, an executable too', async () => {
      const e = await startEmulator()
      e.addArtifact({ name: 'build', content: BUILD_ZIP })
      const workspace = tempDir()
      const run = await runUnderWine(e, workspace, {
        operation: 'download',
        name: 'build',
        path: `${windowsPath(workspace)}\\out/mixed\\slashes`
      })
      expect(run.stdout).not.toContain('::error::')
      expect(run.code).toBe(0)
      expect(treeOf(join(workspace, 'out/mixed/slashes'))).toEqual(BUILD)
      expect(run.outputs['download-path']).toBe(`${windowsPath(workspace)}\\out\\mixed\\slashes`)

      const home = `artifact-ops-wine-${Date.now()}`
      const tilde = await runUnderWine(e, workspace, {
        operation: 'download',
        name: 'build',
        path: `~\\${home}`
      })
      expect(tilde.code).toBe(0)
      const users = join(WINE ?? '', 'prefix', 'drive_c', 'users')
      const placed = readdirSync(users)
        .map(user => join(users, user, home))
        .filter(dir => existsSync(dir))
      expect(placed).toHaveLength(1)
      expect(treeOf(placed[0])).toEqual(BUILD)
      rmSync(placed[0], { recursive: true, force: true })
    })

    it('downloads by pattern with merge-multiple, and refuses to overwrite with overwrite: false', async () => {
      const e = await startEmulator()
      e.addArtifact({ name: 'part-1', content: zipOf({ 'one.txt': '1', 'sub/a.txt': 'a' }) })
      e.addArtifact({ name: 'part-2', content: zipOf({ 'two.txt': '2', 'sub/b.txt': 'b' }) })
      e.addArtifact({ name: 'unrelated', content: zipOf({ 'no.txt': 'no' }) })
      const workspace = tempDir()
      const inputs = {
        operation: 'download',
        pattern: 'part-*',
        'merge-multiple': 'true',
        path: 'merged'
      }
      const run = await runUnderWine(e, workspace, inputs)
      expect(run.stdout).not.toContain('::error::')
      expect(run.code).toBe(0)
      expect(treeOf(join(workspace, 'merged'))).toEqual({
        'one.txt': '1',
        'sub/a.txt': 'a',
        'sub/b.txt': 'b',
        'two.txt': '2'
      })

      writeFileSync(join(workspace, 'merged', 'one.txt'), 'mine')
      const again = await runUnderWine(e, workspace, { ...inputs, overwrite: 'false' })
      expect(again.code).toBe(1)
      expect(again.stdout).toContain("already exist in the destination and 'overwrite' is false")
      expect(readFileSync(join(workspace, 'merged', 'one.txt'), 'utf8')).toBe('mine')
    })

    it('prunes: a dry run deletes nothing, a real one deletes what it selected', async () => {
      const e = await startEmulator()
      e.addArtifact({ id: 1, name: 'logs-a', content: zipOf({ 'a.log': 'a' }) })
      e.addArtifact({ id: 2, name: 'logs-b', content: zipOf({ 'b.log': 'b' }) })
      e.addArtifact({ id: 3, name: 'keep', content: zipOf({ 'k.txt': 'k' }) })
      const inputs = { operation: 'prune', pattern: 'logs-*', 'dry-run': 'true' }
      const dry = await runUnderWine(e, tempDir(), inputs)
      expect(dry.code).toBe(0)
      expect(dry.outputs['deleted-count']).toBe('0')
      expect(e.apiRequests('DELETE')).toHaveLength(0)

      const real = await runUnderWine(e, tempDir(), { ...inputs, 'dry-run': 'false' })
      expect(real.stdout).not.toContain('::error::')
      expect(real.code).toBe(0)
      expect(real.outputs['deleted-count']).toBe('2')
      expect(e.liveArtifacts().map(a => a.name)).toEqual(['keep'])
    })

    it('refuses what Windows cannot hold: CON, aux.txt, A.txt beside a.txt, each by its rule', async () => {
      const e = await startEmulator()
      e.addArtifact({ name: 'bad-con', content: zipOf({ 'ok.txt': 'ok', CON: 'device' }) })
      e.addArtifact({ name: 'bad-aux', content: zipOf({ 'sub/aux.txt': 'device' }) })
      e.addArtifact({ name: 'bad-case', content: zipOf({ 'A.txt': 'upper', 'a.txt': 'lower' }) })
      e.addArtifact({ name: 'good', content: zipOf({ 'fine.txt': 'fine' }) })
      const workspace = tempDir()
      const run = await runUnderWine(e, workspace, { operation: 'download', pattern: '*' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        "refused entry 'CON': 'CON' is a reserved device name on Windows"
      )
      expect(run.stdout).toContain(
        "refused entry 'sub/aux.txt': 'aux.txt' is a reserved device name on Windows"
      )
      expect(run.stdout).toContain(
        "refused entry 'a.txt': it is the same file as the earlier entry 'A.txt' on Windows, which ignores case in file names"
      )
      // Nothing of a refused artifact is placed; the good one is.
      expect(listFiles(workspace)).toEqual(['good/fine.txt'])
    })

    it('places a tree deeper than 260 characters (Node writes through \\\\?\\ paths)', async () => {
      const e = await startEmulator()
      const deep = `${Array(18).fill('directory-name').join('/')}/file.txt`
      e.addArtifact({ name: 'deep', content: zipOf({ [deep]: 'deep' }) })
      const workspace = tempDir()
      mkdirSync(join(workspace, 'dl'))
      const run = await runUnderWine(e, workspace, {
        operation: 'download',
        name: 'deep',
        path: 'dl'
      })
      expect(run.stdout).not.toContain('::error::')
      expect(run.code).toBe(0)
      expect(windowsPath(join(workspace, 'dl', deep)).length).toBeGreaterThan(260)
      expect(readFileSync(join(workspace, 'dl', deep), 'utf8')).toBe('deep')
    })
  }
)
