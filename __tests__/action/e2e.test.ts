import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/server.js'
import { buildZip } from '../../emulator/zip.js'
import { itOn, listFiles, tempDir, useEmulator, whenTrue } from '../helpers.js'
import { useProxy } from '../servers.js'
import { ACTION_ENTRY, COMMITTED_ENTRY, runAction } from '../../scripts/run-action.mjs'

const startEmulator = useEmulator()
const startProxy = useProxy()

/** The inputs the runner fills in from action.yml's defaults. */
function defaults(e: Emulator): Record<string, string> {
  return { operation: 'list', 'github-token': e.token, repository: e.repository }
}

describe('dist/index.js run as the runner runs it', () => {
  it('is built from the sources under test, and the committed bundle exists', () => {
    expect(existsSync(ACTION_ENTRY)).toBe(true)
    expect(ACTION_ENTRY).not.toBe(COMMITTED_ENTRY)
    expect(existsSync(COMMITTED_ENTRY)).toBe(true)
  })

  it('lists artifacts into outputs and a job summary', async () => {
    const e = await startEmulator()
    e.addArtifact({ id: 10, name: 'coverage', size: 2048, headBranch: 'main' })
    e.addArtifact({ id: 11, name: 'coverage', size: 1024, headBranch: 'dev', expired: true })
    e.addArtifact({ id: 12, name: 'dist', size: 10 })
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), name: 'coverage' }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs['count']).toBe('2')
    expect(run.outputs['total-bytes']).toBe('3072')
    const artifacts = JSON.parse(run.outputs['artifacts'])
    expect(artifacts.map((a: { id: number }) => a.id)).toEqual([11, 10])
    expect(artifacts[0]).toMatchObject({ name: 'coverage', expired: true, size_in_bytes: 1024 })
    expect(artifacts[1].workflow_run).toMatchObject({ head_branch: 'main' })
    expect(run.summary).toContain('artifact-ops: Artifacts')
    expect(run.summary).toContain('<b>2 artifact(s), 3.0 KiB · 1 expired</b>')
    expect(run.summary).toContain('Selection: list in octo-org/octo-repo: name &#39;coverage&#39;')
    expect(run.summary).toContain('<td>coverage</td><td>10</td><td>2.0&nbsp;KiB</td>')
    expect(run.summary).toMatch(
      /<td><a href="https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/\d+">#\d+<\/a><\/td>/
    )
    // The token is masked and never printed in clear.
    expect(run.stdout).toContain(`::add-mask::${e.token}`)
    expect(run.stdout.split(`::add-mask::${e.token}`).join('')).not.toContain(e.token)
    expect(e.apiRequests()[0].query.get('name')).toBe('coverage')
  })

  it('refuses a prune given a misspelt input before any request, and warns a list', async () => {
    const e = await startEmulator()
    e.addArtifact({ id: 1, name: 'keep' })
    const prune = await runAction({
      apiUrl: e.apiUrl,
      inputs: {
        ...defaults(e),
        operation: 'prune',
        pattern: '*',
        'dry-run': 'false',
        dry_run: 'true'
      }
    })
    expect(prune.code).toBe(1)
    expect(prune.stdout).toContain(
      "::error::Refusing to prune with inputs this action does not have: 'dry_run' (did you mean 'dry-run'?)."
    )
    expect(e.requests).toHaveLength(0)
    expect(e.liveArtifacts()).toHaveLength(1)

    const list = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), run_id: '42' }
    })
    expect(list.code).toBe(0)
    expect(list.stdout).toContain(
      "::warning::Ignoring inputs this action does not have: 'run_id' (did you mean 'run-id'?)."
    )
  })

  it('refuses a download given a misspelt run-id before any request; warns of constructor', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'newest-of-the-repository' })
    const workspace = tempDir()
    try {
      const download = await runAction({
        apiUrl: e.apiUrl,
        cwd: workspace,
        inputs: { ...defaults(e), operation: 'download', run_id: '5000' }
      })
      expect(download.code).toBe(1)
      expect(download.stdout).toContain(
        "::error::Refusing to download with inputs this action does not have: 'run_id' (did you mean 'run-id'?)."
      )
      expect(e.requests).toHaveLength(0)
      expect(readdirSync(workspace)).toEqual([])

      // A name Object.prototype has is no input's misspelling.
      const list = await runAction({
        apiUrl: e.apiUrl,
        inputs: { ...defaults(e), constructor: 'x' }
      })
      expect(list.code).toBe(0)
      expect(list.stdout).toContain(
        "::warning::Ignoring inputs this action does not have: 'constructor'. Inputs are kebab-case"
      )
      expect(list.stdout).not.toContain('function Object')
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('shows invisible characters of names in the log and the job summary', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'build-\u202Eexe.46x-niw' })
    e.addArtifact({ name: 'di\u200Bst' })
    e.addArtifact({ name: 'dist' })
    const list = await runAction({ apiUrl: e.apiUrl, inputs: defaults(e) })
    expect(list.code).toBe(0)
    expect(list.summary).toContain('<td>build-&lt;U+202E&gt;exe.46x-niw</td>')
    expect(list.summary).toContain('<td>di&lt;U+200B&gt;st</td>')
    expect(list.summary).toContain('<td>dist</td>')
    expect(list.summary).not.toMatch(/[\u200B\u202E]/)
    // An error that names what exists, as the runner shows it.
    const missing = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), name: 'build-win-x64.exe', 'if-no-artifact-found': 'fail' }
    })
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(/::error::.*'build-<U\+202E>exe\.46x-niw'/)
    expect(missing.stdout).toMatch(/'di<U\+200B>st'/)
    expect(`${missing.stdout}${missing.summary}`).not.toMatch(/[\u200B\u202E]/)
  })

  it('keeps the outputs of a 20,000-artifact listing under the runner limit, the file complete', async () => {
    const e = await startEmulator()
    for (let i = 0; i < 20_000; i++) {
      e.addArtifact({
        name: `artifact-with-a-long-name-${i % 50}`,
        size: 1000 + i,
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000)
      })
    }
    const temp = tempDir()
    try {
      const run = await runAction({
        apiUrl: e.apiUrl,
        inputs: defaults(e),
        env: { RUNNER_TEMP: temp },
        timeoutMs: 110_000
      })
      expect(run.code).toBe(0)
      const shown = JSON.parse(run.outputs['artifacts']) as { id: number; created_at: string }[]
      // GitHub counts a job's outputs as UTF-16: two bytes a code unit, 1 MB in all.
      const outputBytes = Object.values(run.outputs).reduce((sum, v) => sum + v.length * 2, 0)
      expect(outputBytes).toBeLessThan(1_000_000)
      expect(run.outputs['count']).toBe('20000')
      expect(Number(run.outputs['artifacts-truncated'])).toBe(20_000 - shown.length)
      expect(shown.length).toBeGreaterThan(1000)
      // The newest are the ones shown.
      const newest = e
        .liveArtifacts()
        .map(a => a.id)
        .sort((a, b) => b - a)
        .slice(0, shown.length)
      expect(shown.map(a => a.id)).toEqual(newest)
      const file = run.outputs['artifacts-file']
      expect(file.startsWith(temp)).toBe(true)
      const all = JSON.parse(readFileSync(file, 'utf8')) as { id: number }[]
      expect(all).toHaveLength(20_000)
      expect(new Set(all.map(a => a.id)).size).toBe(20_000)
      // The step summary stays far under GitHub's 1 MiB.
      expect(Buffer.byteLength(run.summary)).toBeLessThan(512 * 1024)
      expect(run.summary).toContain('<b>20,000 artifact(s)')
    } finally {
      rmSync(temp, { recursive: true, force: true })
    }
  }, 120_000)

  it('works against an Enterprise Server URL with its /api/v3 prefix', async () => {
    const e = await startEmulator({ mode: 'ghes-older' })
    e.addArtifact({ name: 'a' })
    e.addArtifact({ name: 'b' })
    const run = await runAction({ apiUrl: e.apiUrl, inputs: { ...defaults(e), name: 'b' } })
    expect(run.code).toBe(0)
    expect(run.outputs['count']).toBe('1')
    expect(e.apiUrl).toMatch(/\/api\/v3$/)
  })

  it('fails with exit code 1 and the input named on bad input, before any request', async () => {
    const e = await startEmulator()
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), 'older-than': '3 months' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::Invalid value for 'older-than': '3 months'.")
    expect(e.requests).toHaveLength(0)
  })

  it('follows if-no-artifact-found: fail', async () => {
    const e = await startEmulator()
    e.addArtifact({ name: 'coverage' })
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), name: 'nope', 'if-no-artifact-found': 'fail' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "::error::No artifact matched the selection in octo-org/octo-repo. Names that exist: 'coverage'."
    )
    expect(run.outputs).toMatchObject({ count: '0', artifacts: '[]', 'artifacts-truncated': '0' })
    expect(run.summary).toContain('No artifact matched the selection in octo-org/octo-repo.')
  })

  it('reports a refused token without printing it', async () => {
    const e = await startEmulator()
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), 'github-token': 'not-the-token' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('the token was refused (401 Bad credentials)')
    expect(run.stdout.replace('::add-mask::not-the-token', '')).not.toContain('not-the-token')
  })

  it("goes through the runner's proxy: the API requests and the archive transfer", async () => {
    // A host name only the proxy knows: the action reaches the emulator through it or not at all.
    const e = await startEmulator({ host: 'emulator.proxied.test' })
    const proxy = await startProxy()
    const artifact = e.addArtifact({ name: 'a', content: buildZip([{ name: 'f.txt', data: 'x' }]) })
    const workspace = tempDir()
    try {
      const run = await runAction({
        apiUrl: e.apiUrl,
        cwd: workspace,
        env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '' },
        inputs: { ...defaults(e), operation: 'download', name: 'a', path: 'out' }
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(readFileSync(join(workspace, 'out', 'f.txt'), 'utf8')).toBe('x')
      expect(JSON.parse(run.outputs['artifacts'])[0]).toMatchObject({
        id: artifact.id,
        digest_check: 'match'
      })
      const [api, blob] = [e.apiOrigin, e.blobOrigin].map(o => new URL(o).host)
      expect(new Set(proxy.tunnels)).toEqual(new Set([api, blob]))
      expect(e.apiRequests().length).toBeGreaterThan(0)
      expect(e.blobRequests()).toHaveLength(1)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('downloads the newest artifact of a name across runs, verified, into path', async () => {
    const e = await startEmulator()
    e.addArtifact({
      name: 'coverage',
      createdAt: new Date(Date.now() - 86_400_000),
      content: buildZip([{ name: 'lcov.info', data: 'old' }])
    })
    const newest = e.addArtifact({
      name: 'coverage',
      content: buildZip([
        { name: 'lcov.info', data: 'new' },
        { name: 'html/index.html', data: '<p>' }
      ])
    })
    const workspace = tempDir()
    try {
      const run = await runAction({
        apiUrl: e.apiUrl,
        cwd: workspace,
        inputs: { ...defaults(e), operation: 'download', name: 'coverage', path: 'out' }
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const path = join(workspace, 'out')
      expect(run.outputs['download-path']).toBe(path)
      expect(listFiles(path)).toEqual(['html/index.html', 'lcov.info'])
      expect(readFileSync(join(path, 'lcov.info'), 'utf8')).toBe('new')
      const [artifact] = JSON.parse(run.outputs['artifacts'])
      expect(artifact).toMatchObject({
        id: newest.id,
        path,
        digest_check: 'match',
        sha256: newest.digest?.slice(7)
      })
      expect(run.summary).toContain('artifact-ops: Artifacts downloaded')
      expect(run.summary).toContain('<th>Digest</th>')
      expect(run.summary).toContain('<td>match</td>')
      expect(run.stdout).toContain(`::group::Downloaded 'coverage' (id ${newest.id})`)
      expect(e.blobRequests().every(r => r.headers['authorization'] === undefined)).toBe(true)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('fails the step on a digest mismatch and leaves nothing in path', async () => {
    const e = await startEmulator()
    e.addArtifact({
      name: 'x',
      content: buildZip([{ name: 'f', data: 'f' }]),
      digest: `sha256:${'1'.repeat(64)}`
    })
    const workspace = tempDir()
    try {
      const run = await runAction({
        apiUrl: e.apiUrl,
        cwd: workspace,
        inputs: { ...defaults(e), operation: 'download', name: 'x', path: workspace }
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /::error::1 of 1 artifact\(s\) failed to download: 'x' \(id \d+\): Digest mismatch/
      )
      expect(listFiles(workspace)).toEqual([])
      expect(run.outputs['count']).toBe('1')
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('prunes on a schedule: paced deletions, outputs and a summary', async () => {
    const e = await startEmulator()
    const day = 86_400_000
    e.addArtifact({ id: 1, name: 'logs', size: 1024, createdAt: new Date(Date.now() - 40 * day) })
    e.addArtifact({ id: 2, name: 'logs', size: 2048, createdAt: new Date(Date.now() - 35 * day) })
    e.addArtifact({ id: 3, name: 'logs', size: 4096, createdAt: new Date(Date.now() - 1 * day) })
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: {
        ...defaults(e),
        operation: 'prune',
        pattern: '*',
        'older-than': '30d',
        'rate-limit-reserve': '10%'
      }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      'deleted-count': '2',
      'deleted-bytes': '3072',
      'remaining-count': '0',
      count: '2'
    })
    const sent = e.apiRequests('DELETE')
    expect(sent.map(r => r.path.split('/').pop())).toEqual(['1', '2'])
    // The bundled action paces writes at GitHub's documented second.
    expect(sent[1].at - (sent[0].endedAt ?? 0)).toBeGreaterThanOrEqual(1000)
    expect(run.summary).toContain('artifact-ops: Artifacts pruned')
    expect(run.summary).toContain(
      '<b>Deleted 2 artifact(s), 3.0 KiB freed · 2 selected · 0 remaining</b>'
    )
    expect(run.summary).toContain('<td>deleted</td>')
  })

  it('prunes by min-size sparing tagged commits; refuses run-number alone', async () => {
    const e = await startEmulator()
    e.addArtifact({ id: 1, name: 'dist', size: 2_000_000, headSha: 'a'.repeat(40) })
    e.addArtifact({ id: 2, name: 'dist', size: 3_000_000, headSha: 'b'.repeat(40) })
    e.addArtifact({ id: 3, name: 'dist', size: 500, headSha: 'c'.repeat(40) })
    e.addTag({ name: 'v1.0.0', sha: 'a'.repeat(40), annotated: true })
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), operation: 'prune', 'min-size': '1MB', 'keep-tagged': 'true' }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ 'deleted-count': '1', 'deleted-bytes': '3000000' })
    expect(e.apiRequests('DELETE').map(r => r.path.split('/').pop())).toEqual(['2'])
    expect(run.summary).toContain('1 selected · 1 kept by keep-tagged')
    expect(run.summary).toContain('at least 1,000,000 bytes')

    const before = e.apiRequests().length
    const refused = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), 'run-number': '7' }
    })
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(
      "::error::Input 'run-number' (7) needs 'workflow': run numbers count the runs of one workflow."
    )
    expect(e.apiRequests()).toHaveLength(before)
  })

  it('refuses a prune without a selection before any request', async () => {
    const e = await startEmulator()
    e.addArtifact({})
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), operation: 'prune' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Refusing to prune without a selection')
    expect(run.stdout).toContain("say pattern: '*'")
    // Even a step that fails before its report leaves a short summary saying what failed.
    expect(run.summary).toContain('<h3>artifact-ops: failed</h3>')
    expect(run.summary).toContain('Refusing to prune without a selection')
    expect(e.requests).toHaveLength(0)
  })

  it.each(['America/Los_Angeles', 'Asia/Tokyo'])(
    'reads dates and times without an offset as UTC under TZ=%s',
    async zone => {
      const e = await startEmulator()
      // An empty window is refused with both instants as read, before any request.
      const run = await runAction({
        apiUrl: e.apiUrl,
        env: { TZ: zone },
        inputs: { ...defaults(e), 'older-than': '2026-07-31', 'newer-than': '2026-07-31T12:30' }
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        "::error::Inputs 'newer-than' (2026-07-31T12:30, 2026-07-31T12:30:00.000Z) and 'older-than' (2026-07-31, 2026-07-31T00:00:00.000Z) leave no time between them"
      )
      expect(e.requests).toHaveLength(0)
    }
  )

  it('sends no DELETE on a dry run', async () => {
    const e = await startEmulator()
    for (let i = 0; i < 3; i++) e.addArtifact({ name: 'tmp' })
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), operation: 'prune', name: 'tmp', 'dry-run': 'true' }
    })
    expect(run.code).toBe(0)
    expect(e.apiRequests('DELETE')).toHaveLength(0)
    expect(run.outputs).toMatchObject({ 'deleted-count': '0', count: '3', 'remaining-count': '3' })
    expect(run.summary).toContain('artifact-ops: Artifacts pruned (dry run)')
    expect(run.summary).toContain('<b>Would delete 3 artifact(s)')
    expect(run.summary).toContain('<td>would delete</td>')
  })

  itOn('posix', 'Windows has no SIGTERM: kill() ends the process at once, no handler runs')(
    'stops at a safe point on SIGTERM and still writes outputs and the summary',
    async () => {
      const e = await startEmulator()
      for (let i = 1; i <= 5; i++)
        e.addArtifact({ id: i, name: 'x', createdAt: new Date(Date.now() - (10 - i) * 60_000) })
      const run = await runAction({
        apiUrl: e.apiUrl,
        inputs: { ...defaults(e), operation: 'prune', name: 'x' },
        onSpawn: child => {
          whenTrue(
            () => e.apiRequests('DELETE').some(r => r.status !== undefined),
            () => child.kill('SIGTERM')
          )
        }
      })
      expect(run.code).toBe(1)
      const deleted = e.apiRequests('DELETE').length
      expect(deleted).toBeGreaterThanOrEqual(1)
      expect(deleted).toBeLessThan(5)
      expect(run.outputs['deleted-count']).toBe(String(deleted))
      expect(run.outputs['remaining-count']).toBe(String(5 - deleted))
      expect(run.stdout).toContain('::warning::Received SIGTERM: stopping at the next safe point.')
      expect(run.stdout).toContain(`::error::Cancelled: stopped after deleting ${deleted} of 5.`)
      expect(run.summary).toContain('Cancelled: stopped after deleting')
    }
  )

  itOn('posix', 'Windows has no SIGTERM: kill() ends the process at once, no handler runs')(
    'leaves no staging directory behind when cancelled mid-download',
    async () => {
      const e = await startEmulator()
      e.addArtifact({
        name: 'slow',
        content: buildZip([{ name: 'big.bin', data: Buffer.alloc(200_000, 7) }])
      })
      e.addFault({ target: 'blob', kind: 'stall', fraction: 0.5 })
      const workspace = tempDir()
      try {
        const run = await runAction({
          apiUrl: e.apiUrl,
          cwd: workspace,
          inputs: { ...defaults(e), operation: 'download', name: 'slow', path: workspace },
          onSpawn: child => {
            // Let the first half of the archive reach the staging file first.
            whenTrue(
              () => e.blobRequests().length > 0,
              () => setTimeout(() => child.kill('SIGTERM'), 200)
            )
          }
        })
        expect(run.code).toBe(1)
        expect(run.stdout).toContain('::error::Cancelled: 0 of 1 artifact(s) downloaded')
        expect(readdirSync(workspace)).toEqual([])
      } finally {
        rmSync(workspace, { recursive: true, force: true })
      }
    }
  )

  it('prints names from an archive and a listing so that none starts a workflow command', async () => {
    const e = await startEmulator()
    const payload = '\n::warning::INJECTED\r::add-mask::INJECTED\n::stop-commands::INJECTED\n'
    e.addArtifact({
      name: `art${payload}# Heading @octo-team`,
      content: buildZip([
        { name: 'ok.txt', data: 'fine' },
        { name: `x${payload}/.git/config`, data: '[core]' }
      ])
    })
    const workspace = tempDir()
    try {
      const run = await runAction({
        apiUrl: e.apiUrl,
        cwd: workspace,
        inputs: { ...defaults(e), operation: 'download', pattern: '*', path: workspace }
      })
      expect(run.code).toBe(1)
      // On Windows the artifact's name is refused first: it holds control characters.
      expect(run.stdout).toContain(
        process.platform === 'win32'
          ? "Artifact name 'art%0A::warning::INJECTED%0D::add-mask::INJECTED"
          : "refused entry 'x%0A::warning::INJECTED%0D::add-mask::INJECTED"
      )
      // The same names through a listing's "Names that exist" line, an info line.
      const listed = await runAction({
        apiUrl: e.apiUrl,
        inputs: { ...defaults(e), name: 'nope' }
      })
      expect(listed.stdout).toContain('Names that exist:')
      for (const stdout of [run.stdout, listed.stdout]) {
        // The runner reads a command from any line (split at CR or LF) that starts with `::`.
        const commands = stdout.split(/\r\n|\r|\n/).filter(l => l.trimStart().startsWith('::'))
        expect(commands.length).toBeGreaterThan(0)
        for (const line of commands) {
          expect(line).toMatch(/^::(add-mask|group|endgroup|error|debug)::/)
          expect(line).not.toMatch(/^::[a-z-]+::INJECTED/)
        }
        expect(commands.filter(l => l.startsWith('::add-mask::'))).toEqual([
          `::add-mask::${e.token}`
        ])
      }
      // The summary: the table and the failure note each stay one line of HTML; the name's own
      // lines are not Markdown.
      const tableLines = run.summary.split('\n').filter(l => l.includes('INJECTED'))
      expect(tableLines.length).toBeGreaterThan(0)
      for (const line of tableLines) {
        // (On Windows the step fails on the name itself: the failure summary's one line.)
        expect(line).toMatch(
          /^((<details>.*)?<table>.*<\/table>|<p>Failed: [^<>]*<\/p>|<p><b>[^<>]*<\/b><\/p>)/
        )
      }
      expect(run.summary).not.toContain('@octo-team')
      expect(listFiles(workspace)).toEqual([])
      // On Windows the step ends on the name before it reports any artifact.
      if (process.platform !== 'win32') {
        const [artifact] = JSON.parse(run.outputs['artifacts'])
        expect(artifact.name).toBe(`art${payload}# Heading @octo-team`)
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describe('dist/index.js after a late error: what was done is still said', () => {
  /** A prune that deletes the older of two artifacts (limit: 1), with these runner variables. */
  async function pruneOneOfTwo(env: Record<string, string>) {
    const e = await startEmulator()
    const day = 86_400_000
    e.addArtifact({ id: 1, name: 'logs', size: 1024, createdAt: new Date(Date.now() - 2 * day) })
    e.addArtifact({ id: 2, name: 'logs', size: 2048, createdAt: new Date(Date.now() - day) })
    const run = await runAction({
      apiUrl: e.apiUrl,
      inputs: { ...defaults(e), operation: 'prune', pattern: '*', limit: '1' },
      env
    })
    expect(e.liveArtifacts().map(a => a.id)).toEqual([2])
    return run
  }

  const DONE = '<b>Deleted 1 artifact(s), 1.0 KiB freed · 2 selected · 1 remaining</b>'

  it('sets the other outputs and reports the deletion when RUNNER_TEMP cannot take the file', async () => {
    const dir = tempDir()
    try {
      // A directory under a regular file: no one, root included, can create it.
      writeFileSync(join(dir, 'file'), '')
      const temp = join(dir, 'file', 'temp')
      const run = await pruneOneOfTwo({ RUNNER_TEMP: temp })
      expect(run.code).toBe(1)
      expect(run.outputs).toMatchObject({
        'deleted-count': '1',
        'deleted-bytes': '1024',
        'remaining-count': '1',
        count: '2',
        'artifacts-truncated': '0'
      })
      expect(JSON.parse(run.outputs['artifacts']).map((a: { id: number }) => a.id)).toEqual([1, 2])
      expect(run.outputs['artifacts-file']).toBeUndefined()
      const said = `The artifacts-file output is not set: writing ${temp}/artifact-ops-`
      expect(run.stdout).toContain(`::error::${said}`)
      expect(run.stdout).toMatch(/\.json \(under RUNNER_TEMP\) failed: ENOTDIR/)
      expect(run.summary).toContain(DONE)
      expect(run.summary).toContain(said)
      expect(run.summary).not.toContain('Nothing was deleted')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes the summary and names GITHUB_OUTPUT when it is full (ENOSPC)', async () => {
    const run = await pruneOneOfTwo({ GITHUB_OUTPUT: '/dev/full' })
    expect(run.code).toBe(1)
    const said =
      'The outputs count, total-bytes, deleted-count, deleted-bytes, remaining-count, artifacts, artifacts-truncated, artifacts-file are not set: writing them to GITHUB_OUTPUT (/dev/full) failed: ENOSPC'
    expect(run.stdout).toContain(`::error::${said}`)
    expect(run.summary).toContain(DONE)
    expect(run.summary).toContain(said)
    expect(run.summary).not.toContain('Nothing was deleted')
  })

  it('sets every output and names GITHUB_STEP_SUMMARY when the summary cannot be written', async () => {
    const run = await pruneOneOfTwo({ GITHUB_STEP_SUMMARY: '/dev/full' })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ 'deleted-count': '1', 'remaining-count': '1' })
    expect(run.stdout).toContain(
      '::error::The job summary is not written: writing GITHUB_STEP_SUMMARY (/dev/full) failed: ENOSPC'
    )
  })
})
