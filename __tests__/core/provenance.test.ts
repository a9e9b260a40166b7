import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/server.js'
import { buildZip } from '../../emulator/zip.js'
import { daysAgo, listFiles, useEmulator, useTempDirs } from '../helpers.js'
import { downloadFrom } from '../downloads.js'

const start = useEmulator()
const dest = useTempDirs()

const zipOf = (tag: string): Buffer => buildZip([{ name: 'tag.txt', data: tag }])

/**
 * Serves the emulator's own listing (the repository's, or another such as a run's) with each
 * artifact's workflow_run changed by `strip`.
 */
async function stripListing(
  e: Emulator,
  strip: (run: Record<string, unknown>) => Record<string, unknown> | null,
  listing = '/actions/artifacts'
): Promise<void> {
  const page = (await fetch(`${e.apiUrl}/repos/${e.repository}${listing}?per_page=100`, {
    headers: { authorization: `token ${e.token}` }
  }).then(r => r.json())) as { artifacts: { workflow_run: Record<string, unknown> }[] }
  e.requests.length = 0
  e.addFault({
    path: `/repos/octo-org/octo-repo${listing}`,
    status: 200,
    body: {
      ...page,
      artifacts: page.artifacts.map(a => ({ ...a, workflow_run: strip(a.workflow_run) }))
    },
    times: 10
  })
}

async function download(e: Emulator, inputs: Record<string, string> = {}) {
  const path = dest()
  const { value: report, logs } = await downloadFrom(e, {
    name: 'out',
    path,
    'if-no-artifact-found': 'warn',
    ...inputs
  })
  return { report, logs, path }
}

const withoutHead = (run: Record<string, unknown>) => ({ ...run, head_repository_id: undefined })

describe('allow-forks: false fails closed on an unknown head repository', () => {
  it('asks each run once when the listing leaves the head repository out, and trusts what it says', async () => {
    const e = await start()
    e.addRun({ id: 7 })
    e.addRun({ id: 8, fork: true })
    e.addArtifact({ name: 'out', runId: 7, createdAt: daysAgo(3), content: zipOf('own-old') })
    e.addArtifact({ name: 'out', runId: 7, createdAt: daysAgo(2), content: zipOf('own') })
    e.addArtifact({ name: 'out', runId: 8, createdAt: daysAgo(1), content: zipOf('fork') })
    await stripListing(e, withoutHead)
    const { report, path, logs } = await download(e)
    expect(report.failure).toBeUndefined()
    expect(readFileSync(join(path, 'tag.txt'), 'utf8')).toBe('own')
    expect(
      e
        .apiRequests()
        .map(r => r.path)
        .filter(p => /\/runs\/\d+$/.test(p))
    ).toEqual([
      '/repos/octo-org/octo-repo/actions/runs/8',
      '/repos/octo-org/octo-repo/actions/runs/7'
    ])
    expect(logs.warn.join('\n')).toMatch(/Skipped 1 artifact\(s\) made by runs from forks/)
  })

  it('skips an artifact whose run is unknown to the server, saying why and what takes it', async () => {
    const e = await start()
    const a = e.addArtifact({ name: 'out', content: zipOf('gone-run') })
    await stripListing(e, run => ({ ...withoutHead(run), id: 999 }))
    const { report, logs, path } = await download(e)
    expect(report.artifacts).toEqual([])
    expect(listFiles(path)).toEqual([])
    expect(logs.warn).toContain(
      `Skipped 'out' (id ${a.id}): neither the listing nor its workflow run says which repository the run came from, so it may be a fork's; it is treated like one. Set 'allow-forks: true' to take it.`
    )
    const taken = await download(e, { 'allow-forks': 'true' })
    expect(readFileSync(join(taken.path, 'tag.txt'), 'utf8')).toBe('gone-run')
  })

  it('skips an artifact without any workflow_run, asking nothing', async () => {
    const e = await start()
    const a = e.addArtifact({ name: 'out', content: zipOf('no-run') })
    await stripListing(e, () => null)
    const { report, logs } = await download(e)
    expect(report.artifacts).toEqual([])
    expect(logs.warn.join('\n')).toContain(`Skipped 'out' (id ${a.id}): neither the listing`)
    expect(e.apiRequests().map(r => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/artifacts'
    ])
  })

  it("takes the run of a run's listing for its artifacts that name none, and asks that run", async () => {
    const e = await start()
    e.addRun({ id: 7 })
    e.addArtifact({ name: 'out', runId: 7, content: zipOf('own') })
    await stripListing(e, () => null, '/actions/runs/7/artifacts')
    const { report, path, logs } = await download(e, { 'run-id': '7' })
    expect(report.failure).toBeUndefined()
    expect(readFileSync(join(path, 'tag.txt'), 'utf8')).toBe('own')
    expect(logs.warn).toEqual([])
    expect(
      e
        .apiRequests()
        .map(r => r.path)
        .filter(p => /\/runs\/\d+$/.test(p))
    ).toEqual(['/repos/octo-org/octo-repo/actions/runs/7'])
  })

  it('keeps the run an artifact names over the run whose listing it came in', async () => {
    const e = await start()
    e.addRun({ id: 7 })
    e.addRun({ id: 8 })
    e.addArtifact({ name: 'out', runId: 7, content: zipOf('own') })
    // A run's listing that holds an artifact of another run: the run-id filter leaves it out.
    await stripListing(e, run => ({ ...withoutHead(run), id: 8 }), '/actions/runs/7/artifacts')
    const { report, path } = await download(e, { 'run-id': '7' })
    expect(report.artifacts).toEqual([])
    expect(listFiles(path)).toEqual([])
  })

  it('completes the origins of every name it takes, and skips none it completed', async () => {
    const e = await start()
    e.addRun({ id: 7 })
    e.addRun({ id: 8 })
    e.addArtifact({ name: 'a', runId: 7, content: zipOf('a') })
    e.addArtifact({ name: 'b', runId: 8, content: zipOf('b') })
    await stripListing(e, withoutHead)
    const { value: report, logs } = await downloadFrom(e, { path: dest() })
    expect(report.artifacts.map(a => a.name).sort()).toEqual(['a', 'b'])
    expect(logs.warn).toEqual([])
  })
})
