import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { listArtifacts } from '../../src/github/artifacts.js'
import { createClient } from '../../src/github/client.js'
import { runList } from '../../src/operations/list/index.js'
import { runPrune } from '../../src/operations/prune/index.js'
import { FileSink } from '../../src/operations/download/sink.js'
import { Received, transferInto, transferToFile } from '../../src/operations/download/transfer.js'
import { RetryableError } from '../../src/shared/retry.js'
import { SECONDARY_LIMIT_MESSAGE } from '../../emulator/server.js'
import {
  clientFor,
  collectingLogger,
  rejection,
  settingsFrom,
  useEmulator,
  useTempDirs,
  withEnv
} from '../helpers.js'
import { json, useServers, useSilentServer } from '../servers.js'

const start = useEmulator()
const serve = useServers()
const dest = useTempDirs()
const silentServer = useSilentServer()

// The messages asserted name the 0.3 s deadline, the 3 attempts and the waits between them.
const QUICK = { answerLimits: { headersMs: 300, bodyMs: 300 }, retries: 2, retryBaseMs: 20 }
const LISTING = { owner: 'octo-org', repo: 'octo-repo' }

const clientOf = (apiUrl: string) => clientFor({ token: 't', apiUrl }, QUICK)

describe('every API answer has a deadline per attempt', () => {
  it('gives up on a server that never answers, logging each retry', async () => {
    const e = await start()
    e.addFault({ path: '/repos/octo-org/octo-repo/actions/artifacts', kind: 'hang', times: 5 })
    const { client, logs } = clientFor(e, QUICK)
    const started = Date.now()
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `Unable to list artifacts in octo-org/octo-repo: the API could not be reached (no answer from ${new URL(e.apiOrigin).host} in 0.3 s).`
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(e.apiRequests()).toHaveLength(3)
    expect(logs.warn).toEqual([
      `Retrying in 0 s (attempt 2 of 3): GET /repos/octo-org/octo-repo/actions/artifacts: no answer from ${new URL(e.apiOrigin).host} in 0.3 s`,
      `Retrying in 0.1 s (attempt 3 of 3): GET /repos/octo-org/octo-repo/actions/artifacts: no answer from ${new URL(e.apiOrigin).host} in 0.3 s`
    ])
  })

  it('gives up on an answer whose body stops half-way', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"total_count": 1, "artifacts": [')
    })
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `(the answer from ${new URL(server.origin).host} did not arrive whole in 0.3 s)`
    )
    expect(server.seen).toHaveLength(3)
  })

  it('gives up on a compressed answer whose body stops half-way', async () => {
    const whole = gzipSync(JSON.stringify({ total_count: 1, artifacts: [] }))
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.write(whole.subarray(0, 12))
    })
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `(the answer from ${new URL(server.origin).host} did not arrive whole in 0.3 s)`
    )
    expect(server.seen).toHaveLength(3)
  })

  it('gives up on a proxy that never answers CONNECT, at the headers deadline', async () => {
    const proxy = await silentServer()
    const url = `http://127.0.0.1:${proxy.port}`
    await withEnv({ http_proxy: url, https_proxy: url }, async () => {
      const { client } = clientOf('http://api.proxied.test')
      await expect(listArtifacts(client, LISTING)).rejects.toThrow(
        '(no answer from api.proxied.test in 0.3 s)'
      )
      expect(proxy.sockets.length).toBe(3)
    })
  })

  it('reads an answer without a body that names an encoding (204, gzip)', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204, { 'content-encoding': 'gzip' })
      res.end()
    })
    const { client, logs } = clientOf(server.origin)
    const answer = await client.octokit.request(
      'DELETE /repos/{owner}/{repo}/actions/artifacts/{id}',
      {
        ...LISTING,
        id: 1
      }
    )
    expect(answer.status).toBe(204)
    expect(server.seen).toHaveLength(1)
    expect(logs.warn).toEqual([])
  })

  it('gives Octokit a binary answer as its bytes', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      res.end(Buffer.from([0, 1, 2, 255]))
    })
    const { client } = clientOf(server.origin)
    const answer = await client.octokit.request('GET /repos/{owner}/{repo}/blob', LISTING)
    expect([...new Uint8Array(answer.data as ArrayBuffer)]).toEqual([0, 1, 2, 255])
  })

  it('does not retry what cannot heal: an answer refused for its size', async () => {
    const server = await serve((_req, res) => json(res, { total_count: 1, artifacts: [] }))
    const { log, logs } = collectingLogger()
    const client = createClient({
      token: 't',
      apiUrl: server.origin,
      log,
      ...QUICK,
      answerLimits: { ...QUICK.answerLimits, maxBytes: 10 }
    })
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      `the answer from ${new URL(server.origin).host} is larger than 10 bytes`
    )
    expect(server.seen).toHaveLength(1)
    expect(logs.warn).toEqual([])
  })

  it('retries a connection the server cuts before answering', async () => {
    let calls = 0
    const server = await serve((req, res) => {
      if (++calls === 1) req.socket.destroy()
      else json(res, { total_count: 0, artifacts: [] })
    })
    const { client, logs } = clientOf(server.origin)
    expect((await listArtifacts(client, LISTING)).artifacts).toEqual([])
    expect(server.seen).toHaveLength(2)
    expect(logs.warn).toHaveLength(1)
  })
})

describe('pagination ends', () => {
  const page = (ids: number[], total: number) => ({
    total_count: total,
    artifacts: ids.map(id => ({ id, name: `a${id}`, size_in_bytes: 1, expired: false }))
  })

  it('stops when a next URL repeats', async () => {
    const server = await serve((req, res, s) =>
      json(res, page([req.url?.includes('page=2') ? 2 : 1], 500), {
        link: `<${s.origin}/repos/octo-org/octo-repo/actions/artifacts?page=2>; rel="next"`
      })
    )
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      "GET /repos/octo-org/octo-repo/actions/artifacts (page 2): the next page's URL repeats one already read; stopping"
    )
    expect(server.seen).toHaveLength(2)
  })

  it('stops when a page with a next link brings no new id', async () => {
    const server = await serve((req, res, s) => {
      const n = Number(new URL(req.url ?? '/', s.origin).searchParams.get('page') ?? 1)
      json(res, page([1, 2], 500), {
        link: `<${s.origin}/repos/octo-org/octo-repo/actions/artifacts?page=${n + 1}>; rel="next"`
      })
    })
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      '(page 2): a page with a next link brought no new id; stopping'
    )
    expect(server.seen).toHaveLength(2)
  })

  it('stops past ceil(total_count / 100) plus the margin', async () => {
    const server = await serve((req, res, s) => {
      const n = Number(new URL(req.url ?? '/', s.origin).searchParams.get('page') ?? 1)
      json(res, page([n], 150), {
        link: `<${s.origin}/repos/octo-org/octo-repo/actions/artifacts?page=${n + 1}>; rel="next"`
      })
    })
    const { client } = clientOf(server.origin)
    await expect(listArtifacts(client, LISTING)).rejects.toThrow(
      '(page 5): more than 5 pages for a total_count of 150 (100 a page); stopping'
    )
    expect(server.seen).toHaveLength(5)
  })
})

describe('rate-limit waits end at max-wait', () => {
  it('list fails at once on a primary limit that resets later than max-wait, saying when', async () => {
    const e = await start({ rateRemaining: 0, rateResetSeconds: 3600 })
    e.addArtifact({ name: 'a' })
    const { context, logs } = clientFor(e, { maxRateLimitWaitSeconds: 300 })
    const reset = new Date(e.rate.resetAt * 1000).toISOString()
    await expect(runList(context, settingsFrom({ name: 'a' }))).rejects.toThrow(
      `Unable to list artifacts in octo-org/octo-repo: rate limit exceeded (403 API rate limit exceeded for installation ID 1.); it resets at ${reset}.`
    )
    expect(logs.warn.join('\n')).toMatch(/longer than max-wait \(300s\)/)
    expect(e.apiRequests()).toHaveLength(1)
  })

  it('prune stops as on its budget when a secondary limit asks for more than max-wait', async () => {
    const e = await start()
    for (let i = 0; i < 3; i++) e.addArtifact({ name: 'old' })
    e.addFault({
      method: 'DELETE',
      skip: 1,
      status: 403,
      body: { message: SECONDARY_LIMIT_MESSAGE },
      headers: { 'retry-after': '900' }
    })
    const { context } = clientFor(e, { maxRateLimitWaitSeconds: 300 })
    const report = await runPrune(context, settingsFrom({ operation: 'prune', name: 'old' }))
    expect(report.failure).toBeUndefined()
    expect(report.prune).toMatchObject({ deletedCount: 1, remainingCount: 2 })
    expect(report.summary).toEqual(expect.anything())
    expect(e.apiRequests('DELETE')).toHaveLength(2)
    expect(e.liveArtifacts()).toHaveLength(2)
  })
})

describe('a transfer has a minimum rate besides the stall timer', () => {
  it('fails a server that trickles a byte at a time, well within the stall timer', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' })
      const timer = setInterval(() => res.write('x'), 50)
      res.on('close', () => clearInterval(timer))
    })
    const started = Date.now()
    const error = await transferToFile(new URL(`${server.origin}/blob`), {
      file: `${dest()}/archive`,
      allowHttp: true,
      stallMs: 5000,
      minRate: { bytes: 100, windowMs: 500 }
    }).catch((e: Error) => e)
    expect(error).toMatchObject({
      name: 'RetryableError',
      message: expect.stringMatching(
        new RegExp(
          `^transfer from ${server.origin}/blob slower than 100 bytes in 0.5 s \\(\\d+ bytes arrived\\); given up$`
        )
      )
    })
    expect(Date.now() - started).toBeLessThan(3000)
  })
})

describe('the stall timer of a transfer', () => {
  it('restarts with every chunk: a body longer than stallMs in all, never silent that long, arrives', async () => {
    const chunk = Buffer.alloc(1000, 7)
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(chunk.length * 12) })
      let sent = 0
      const timer = setInterval(() => {
        res.write(chunk)
        if (++sent === 12) {
          clearInterval(timer)
          res.end()
        }
      }, 60)
      res.on('close', () => clearInterval(timer))
    })
    const file = `${dest()}/archive`
    const result = await transferToFile(new URL(`${server.origin}/blob`), {
      file,
      allowHttp: true,
      stallMs: 300
    })
    expect(result.bytes).toBe(12_000)
    expect(readFileSync(file)).toEqual(Buffer.alloc(12_000, 7))
  })

  it('restarts when the headers arrive: a slow answer, then a slow first byte, each under stallMs', async () => {
    const server = await serve((_req, res) => {
      const later = setTimeout(() => {
        res.writeHead(200, { 'content-length': '3' })
        res.flushHeaders()
        const body = setTimeout(() => res.end('abc'), 700)
        res.on('close', () => clearTimeout(body))
      }, 700)
      res.on('close', () => clearTimeout(later))
    })
    const file = `${dest()}/archive`
    const result = await transferToFile(new URL(`${server.origin}/blob`), {
      file,
      allowHttp: true,
      stallMs: 1000
    })
    expect(result.bytes).toBe(3)
    expect(readFileSync(file, 'utf8')).toBe('abc')
  })
})

describe('a transfer whose connection closes while the sink starts over', () => {
  it('fails the attempt instead of waiting for a body that is gone', async () => {
    // The rest of the archive asked for, the whole answered: the sink starts over (closing and
    // removing its file) while the server closes the connection after 6 bytes.
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100000' })
      res.write('abcdef', () => res.socket?.destroy())
    })
    const file = `${dest()}/archive`
    const received = new Received(new FileSink(file))
    await received.add(Buffer.from('xyz'))
    try {
      const error = await rejection(
        transferInto(new URL(`${server.origin}/blob`), received, {
          allowHttp: true,
          stallMs: 500,
          minRate: { bytes: 1, windowMs: 1000 }
        })
      )
      expect(error).toBeInstanceOf(RetryableError)
      expect(error.message).toMatch(
        new RegExp(`^transfer from ${server.origin}/blob broke after \\d bytes: `)
      )
      expect(server.seen[0]).toMatchObject({ url: '/blob' })
    } finally {
      await received.sink.close()
    }
  }, 10_000)
})
