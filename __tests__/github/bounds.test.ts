import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { ServerResponse } from 'node:http'
import { buildZip } from '../../emulator/zip.js'
import type { Emulator } from '../../emulator/server.js'
import { listArtifacts } from '../../src/github/artifacts.js'
import { createClient } from '../../src/github/client.js'
import { runList } from '../../src/operations/list/index.js'
import { runPrune } from '../../src/operations/prune/index.js'
import { ARCHIVE_SIZE_MARGIN } from '../../src/operations/download/transfer.js'
import {
  clientFor,
  FAST_CLIENT,
  listFiles,
  settingsFrom,
  useEmulator,
  useTempDirs
} from '../helpers.js'
import { downloadFrom } from '../downloads.js'
import { type TestServer, useServers } from '../servers.js'

const start = useEmulator()
const serve = useServers()
const dest = useTempDirs()

const ZIP = buildZip([{ name: 'a.txt', data: 'A'.repeat(200) }])
const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** An artifact whose archive the API sends to `storage` instead of the emulator's own host. */
async function withStorage(
  e: Emulator,
  storage: (res: ServerResponse) => void,
  spec: Parameters<Emulator['addArtifact']>[0] = {}
): Promise<TestServer> {
  const server = await serve((_req, res) => storage(res))
  const artifact = e.addArtifact({ name: 'a', content: ZIP, ...spec })
  e.addFault({
    path: `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`,
    status: 302,
    headers: { location: `${server.origin}/blob?sig=x` },
    times: 10
  })
  return server
}

async function download(e: Emulator, inputs: Record<string, string> = {}) {
  const path = dest()
  const { value: report } = await downloadFrom(e, { name: 'a', path, ...inputs })
  return { report, error: report.artifacts[0]?.error, files: listFiles(path) }
}

describe('an archive transfer is bounded by size_in_bytes', () => {
  it('refuses a Content-Length above it at once, without retrying', async () => {
    const e = await start()
    const storage = await withStorage(e, res => {
      res.writeHead(200, { 'content-length': String(10 * 1024 ** 3) })
      res.write(Buffer.alloc(1024))
    })
    const { error, files } = await download(e)
    expect(error).toBe(
      `${storage.origin}/blob announces 10737418240 bytes, more than the ${ZIP.length + ARCHIVE_SIZE_MARGIN} the artifact may have; refused`
    )
    expect(storage.seen).toHaveLength(1)
    expect(files).toEqual([])
  })

  it('cuts a chunked body that runs past it, and fails the artifact', async () => {
    const e = await start()
    let sent = 0
    const storage = await withStorage(e, res => {
      res.writeHead(200, { 'content-type': 'application/zip' })
      const chunk = Buffer.alloc(256 * 1024)
      const pump = (): void => {
        while (sent < 512 * 1024 ** 2 && !res.destroyed) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      pump()
    })
    const { error, files } = await download(e)
    expect(error).toBe(
      `${storage.origin}/blob sent more than the ${ZIP.length + ARCHIVE_SIZE_MARGIN} bytes the artifact may have; cut`
    )
    expect(sent).toBeLessThan(64 * 1024 ** 2)
    expect(storage.seen).toHaveLength(1)
    expect(files).toEqual([])
  })

  it('never saves a proxy error page served with 200 when there is no digest', async () => {
    const e = await start()
    await withStorage(
      e,
      res => {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html><body>Proxy error</body></html>')
      },
      { digest: null }
    )
    const { error, files } = await download(e)
    expect(error).toBe(
      `received 37 bytes where the listing says ${ZIP.length} (size_in_bytes), and there is no digest to vouch for them; not saved`
    )
    expect(files).toEqual([])
  })

  it('takes an archive of another size than the listing says when its digest matches', async () => {
    const e = await start()
    const other = buildZip([{ name: 'real.txt', data: 'the archive storage really has' }])
    await withStorage(e, res => res.end(other), { digest: `sha256:${sha256Of(other)}` })
    const { error, files } = await download(e)
    expect(other.length).not.toBe(ZIP.length)
    expect(error).toBeUndefined()
    expect(files).toEqual(['real.txt'])
  })

  it('never saves a JSON error page even when digest-mismatch lets a mismatch through', async () => {
    const e = await start()
    await withStorage(e, res => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"message":"blocked"}')
    })
    const { error, files } = await download(e, { 'digest-mismatch': 'ignore' })
    expect(error).toBe(
      `received 21 bytes where the listing says ${ZIP.length} (size_in_bytes), and the digest does not match to vouch for them; not saved`
    )
    expect(files).toEqual([])
  })
})

describe('a listing answer that is not the documented one fails, naming the endpoint', () => {
  const ENDPOINT = 'GET /repos/octo-org/octo-repo/actions/artifacts (page 1)'
  const item = { id: 1, name: 'a', size_in_bytes: 1, expired: false }
  const cases: [string, unknown, string][] = [
    ['an array for a body', [item], 'the body is not a JSON object'],
    ['a number for a body', 5, 'the body is not a JSON object'],
    ['no total_count', { artifacts: [] }, `'total_count' is missing, not a count`],
    [
      'total_count a string',
      { total_count: '1', artifacts: [] },
      `'total_count' is "1", not a count`
    ],
    [
      'total_count negative',
      { total_count: -1, artifacts: [] },
      `'total_count' is -1, not a count`
    ],
    [
      'total_count a fraction',
      { total_count: 1.5, artifacts: [] },
      `'total_count' is 1.5, not a count`
    ],
    [
      'an item null',
      { total_count: 1, artifacts: [null] },
      `item 0 of 'artifacts' is not an object`
    ],
    [
      'an item an array',
      { total_count: 1, artifacts: [[item]] },
      `item 0 of 'artifacts' is not an object`
    ],
    [
      'an id that is not a whole number',
      { total_count: 2, artifacts: [item, { ...item, id: 2.5 }] },
      `item 1 of 'artifacts' is without a numeric 'id'`
    ],
    ...[-1, 1.5, '1'].map((size): [string, unknown, string] => [
      `size_in_bytes ${JSON.stringify(size)}`,
      { total_count: 1, artifacts: [{ ...item, size_in_bytes: size }] },
      `item 0 of 'artifacts' is without a whole 'size_in_bytes'`
    ]),
    [
      'expired not a boolean',
      { total_count: 1, artifacts: [{ ...item, expired: 'false' }] },
      `item 0 of 'artifacts' is without a true or false 'expired'`
    ],
    [
      'artifacts missing',
      { total_count: 1 },
      `'artifacts' is missing (the keys are "total_count")`
    ],
    ['artifacts null', { total_count: 1, artifacts: null }, `'artifacts' is null, not an array`],
    [
      'an unexpected array key',
      { total_count: 1, items: [{ id: 1 }] },
      `'artifacts' is missing (the keys are "total_count", "items")`
    ],
    [
      'an item without a name',
      { total_count: 1, artifacts: [{ id: 1, size_in_bytes: 1, expired: false }] },
      `item 0 of 'artifacts' is without a 'name'`
    ],
    ...(
      [
        ['created_at', 1767225600, 'an ISO 8601 date-time or null'],
        ['created_at', 'yesterday', 'an ISO 8601 date-time or null'],
        ['expires_at', true, 'an ISO 8601 date-time or null'],
        ['digest', 5, 'a string or null'],
        ['workflow_run', 'main', 'an object or null']
      ] as const
    ).map(([field, value, expected]): [string, unknown, string] => [
      `${field} ${JSON.stringify(value)}`,
      { total_count: 1, artifacts: [{ ...item, [field]: value }] },
      `item 0 of 'artifacts' is not as documented: '${field}' is ${JSON.stringify(value)}, not ${expected}`
    ]),
    ...(
      [
        ['id', '9', 'a positive whole number or null'],
        ['repository_id', 1.5, 'a positive whole number or null'],
        ['head_repository_id', -1, 'a positive whole number or null'],
        ['head_branch', 7, 'a string or null'],
        ['head_sha', 123, 'a string or null']
      ] as const
    ).map(([field, value, expected]): [string, unknown, string] => [
      `workflow_run.${field} ${JSON.stringify(value)}`,
      { total_count: 1, artifacts: [{ ...item, workflow_run: { id: 9, [field]: value } }] },
      `item 0 of 'artifacts' is not as documented: 'workflow_run.${field}' is ${JSON.stringify(value)}, not ${expected}`
    ])
  ]
  for (const [what, body, why] of cases) {
    it(`fails on ${what}`, async () => {
      const e = await start()
      e.addArtifact({ name: 'a' })
      e.addFault({ path: '/repos/octo-org/octo-repo/actions/artifacts', status: 200, body })
      const { context } = clientFor(e)
      await expect(runList(context, settingsFrom({ pattern: '*' }))).rejects.toThrow(
        `Unable to list artifacts in octo-org/octo-repo: ${ENDPOINT}: the answer is not the documented listing: ${why}`
      )
    })
  }

  it('fails on a field of the wrong type on a later page before any DELETE', async () => {
    const e = await start()
    for (let i = 1; i <= 150; i++) e.addArtifact({ id: i, name: 'old' })
    const page = await fetch(
      `${e.apiUrl}/repos/${e.repository}/actions/artifacts?per_page=100&page=2`,
      { headers: { authorization: `token ${e.token}` } }
    ).then(r => r.json() as Promise<{ artifacts: Record<string, unknown>[] }>)
    page.artifacts[3] = { ...page.artifacts[3], created_at: 1767225600 }
    e.addFault({
      path: '/repos/octo-org/octo-repo/actions/artifacts',
      skip: 1,
      status: 200,
      body: page
    })
    const { context } = clientFor(e)
    await expect(
      runPrune(context, settingsFrom({ operation: 'prune', pattern: '*' }))
    ).rejects.toThrow(
      "Unable to list artifacts in octo-org/octo-repo: GET /repos/octo-org/octo-repo/actions/artifacts (page 2): the answer is not the documented listing: item 3 of 'artifacts' is not as documented: 'created_at' is 1767225600, not an ISO 8601 date-time or null"
    )
    expect(e.apiRequests('DELETE')).toEqual([])
    expect(e.liveArtifacts()).toHaveLength(150)
  })

  it('fails on a pull request whose head is not as documented, naming the field', async () => {
    const e = await start()
    e.addArtifact({ name: 'a' })
    e.addFault({
      path: '/repos/octo-org/octo-repo/pulls/7',
      status: 200,
      body: { number: 7, head: { ref: 42, sha: 'f'.repeat(40), repo: null } }
    })
    const { context } = clientFor(e)
    await expect(runPrune(context, settingsFrom({ operation: 'prune', pr: '7' }))).rejects.toThrow(
      "GET /repos/octo-org/octo-repo/pulls/7: the answer is not the documented pull request: 'head.ref' is 42, not a string"
    )
    expect(e.apiRequests('DELETE')).toEqual([])
  })

  it('fails on an HTML page and on truncated JSON', async () => {
    const answers = ['<html>Sign in to the proxy</html>', '{"total_count": 1, "artifacts": [{"id"']
    const server = await serve((_req, res) => {
      const body = answers[server.seen.length - 1]
      res.writeHead(200, {
        'content-type': body.startsWith('<') ? 'text/html; charset=utf-8' : 'application/json'
      })
      res.end(body)
    })
    const client = createClient({ token: 't', apiUrl: server.origin, retries: 0 })
    const listing = { owner: 'octo-org', repo: 'octo-repo' }
    await expect(listArtifacts(client, listing)).rejects.toThrow(
      `${ENDPOINT}: the answer is not the documented listing: the body is text/html, not JSON`
    )
    await expect(listArtifacts(client, listing)).rejects.toThrow(
      `${ENDPOINT}: the answer is not the documented listing: the body is not valid JSON (truncated?)`
    )
  })

  it('refuses a gzip bomb before it inflates past 16 MiB, without retrying', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 ** 2, 0x20))
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(bomb)
    })
    const client = createClient({ token: 't', apiUrl: server.origin, ...FAST_CLIENT })
    await expect(listArtifacts(client, { owner: 'octo-org', repo: 'octo-repo' })).rejects.toThrow(
      `the answer from ${new URL(server.origin).host} is larger than 16777216 bytes (counted after decompression); refused`
    )
    expect(server.seen).toHaveLength(1)
  })
})

describe('a download endpoint that does not redirect to the archive fails the artifact', () => {
  it.each([
    ['200 with a body', { status: 200, body: { ok: true } }, 200],
    ['302 without a Location', { status: 302, body: {} }, 302]
  ])('%s', async (_what, fault, status) => {
    const e = await start()
    e.addArtifact({ name: 'a', content: ZIP })
    e.addFault({ path: /\/artifacts\/\d+\/zip$/, times: 99, ...fault })
    const { error, files } = await download(e)
    expect(error).toContain(
      `the download endpoint answered ${status} without a redirect to the archive`
    )
    expect(files).toEqual([])
  })
})
