// One archive transfer (src/operations/download/transfer.ts) from the emulator's archive host:
// what arrives, redirects, which failures are worth another attempt, and what the messages
// leave out (the signed query).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { getDownloadUrl } from '../../../src/github/artifacts.js'
import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import {
  agentFor,
  ARCHIVE_SIZE_MARGIN,
  checkArchiveUrl,
  MIN_RATE,
  parseContentRange,
  redactMessage,
  Received,
  TransferError,
  transferInto,
  type TransferOptions,
  transferToFile
} from '../../../src/operations/download/transfer.js'
import { FileSink } from '../../../src/operations/download/sink.js'
import { printableUrl } from '../../../src/shared/redact.js'
import { RetryableError } from '../../../src/shared/retry.js'
import type { Emulator } from '../../../emulator/server.js'
import { clientFor, FAST, rejection, useEmulator, useTempDirs, withEnv } from '../../helpers.js'
import { useServers } from '../../servers.js'
import type { Socket } from 'node:net'
import type { ServerResponse } from 'node:http'

const CONTENT = Buffer.from('0123456789'.repeat(1000))
const BLOB = /^\/blobs\/\d+\/artifact\.zip$/

/** An artifact's signed URL on the archive host. */
async function signedUrl(emulator: Emulator): Promise<URL> {
  const artifact = emulator.addArtifact({ name: 'a', content: CONTENT })
  const { client } = clientFor(emulator)
  return getDownloadUrl(client, emulator.owner, emulator.repo, artifact)
}

/**
 * A transfer into `dir` that has 10 bytes already and asks `url` for the rest, expected to fail:
 * what it kept, the restarts it reported and its error.
 */
async function resumeAfterTen(url: URL, dir: string) {
  const received = new Received(new FileSink(join(dir, 'a.zip')))
  await received.add(Buffer.from('0123456789'))
  const restarts: string[] = []
  const result = transferInto(url, received, {
    allowHttp: true,
    stallMs: FAST.stallMs,
    onRestart: reason => restarts.push(reason)
  })
  const error = await rejection(result)
  // Left open by the failed attempt (the step closes it): Windows removes no open file.
  await received.sink.close()
  return { received, restarts, error }
}

/** One transfer into `dir`/a.zip over http, with FAST's stall timer unless `options` say otherwise. */
function fetchInto(url: URL, dir: string, options: Partial<TransferOptions> = {}) {
  return transferToFile(url, {
    file: join(dir, 'a.zip'),
    allowHttp: true,
    stallMs: FAST.stallMs,
    ...options
  })
}

describe('agentFor', () => {
  it("gives each scheme its own kind of agent, whichever came first (http-client's cache does not)", async () => {
    // Without a proxy (behind one, each URL gets a tunnel of its own).
    const none = {
      http_proxy: undefined,
      https_proxy: undefined,
      HTTP_PROXY: undefined,
      HTTPS_PROXY: undefined
    }
    await withEnv(none, () => {
      const plain = agentFor(new URL('http://127.0.0.1:1/a'))
      const secure = agentFor(new URL('https://blob.example/a'))
      expect(plain).toBeInstanceOf(HttpAgent)
      expect(plain).not.toBeInstanceOf(HttpsAgent)
      expect(secure).toBeInstanceOf(HttpsAgent)
      expect(agentFor(new URL('https://other.example/b'))).toBe(secure)
    })
  })
})

describe('printableUrl and redactMessage', () => {
  const url = new URL('https://blob.example/a/b.zip?sig=SECRET&exp=1')

  it('keep origin and path and leave out the query', () => {
    expect(printableUrl(url)).toBe('https://blob.example/a/b.zip')
  })

  it('replace the query everywhere it appears in a message', () => {
    expect(redactMessage('GET /a/b.zip?sig=SECRET&exp=1 failed; /x?sig=SECRET&exp=1', url)).toBe(
      'GET /a/b.zip?[redacted] failed; /x?[redacted]'
    )
  })

  it('leave a message alone when the URL has no query', () => {
    expect(redactMessage('a ? b', new URL('https://blob.example/a'))).toBe('a ? b')
  })
})

describe('what a transfer accepts from a storage answer', () => {
  it('reads a Content-Range, with or without the whole size, and nothing else', () => {
    expect(parseContentRange('bytes 10-19/20')).toEqual({ start: 10, end: 19, size: 20 })
    expect(parseContentRange(' bytes 0-0/* ')).toEqual({ start: 0, end: 0, size: undefined })
    for (const header of [
      undefined,
      '',
      'bytes 10-19',
      'xbytes 10-19/20',
      'bytes 10-19/20x',
      'bytes */20',
      'items 1-2/3'
    ]) {
      expect(parseContentRange(header)).toBeUndefined()
    }
  })

  it('follows https always, http only when the API is http, and nothing else', () => {
    expect(() => checkArchiveUrl(new URL('https://blob.example/a.zip'), false)).not.toThrow()
    expect(() => checkArchiveUrl(new URL('http://127.0.0.1:9/a.zip'), true)).not.toThrow()
    expect(() => checkArchiveUrl(new URL('http://blob.example/a.zip?sig=S'), false)).toThrow(
      new TransferError(
        'refusing to fetch the archive from a http: URL on blob.example: only https is followed'
      )
    )
    expect(() => checkArchiveUrl(new URL('file:///etc/passwd'), true)).toThrow(
      new TransferError(
        'refusing to fetch the archive from a file: URL: only https or http is followed'
      )
    )
  })

  it('takes the query out of a message that quotes it decoded', () => {
    const encoded = new URL('https://blob.example/a.zip?sig=a%2Fb%3D')
    expect(redactMessage('GET /a.zip?sig=a/b= failed', encoded)).toBe(
      'GET /a.zip?[redacted] failed'
    )
  })

  it('takes the encoded query out of a message when the query is not valid percent-encoding', () => {
    const odd = new URL('https://blob.example/a.zip?sig=%E0%A4%A')
    expect(redactMessage('GET /a.zip?sig=%E0%A4%A failed', odd)).toBe(
      'GET /a.zip?[redacted] failed'
    )
  })

  it('allows 64 KiB past the listed size, and wants 64 KiB a minute at least', () => {
    expect(ARCHIVE_SIZE_MARGIN).toBe(65_536)
    expect(MIN_RATE).toEqual({ bytes: 65_536, windowMs: 60_000 })
  })
})

describe('transferToFile', () => {
  const start = useEmulator()
  const temp = useTempDirs()

  it('writes the bytes, their sha256 and where they came from without the query', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    const file = join(temp(), 'a.zip')
    const progress: [number, number | undefined][] = []
    const result = await transferToFile(url, {
      file,
      allowHttp: true,
      onProgress: (received, total) => progress.push([received, total])
    })
    expect(result).toEqual({
      bytes: CONTENT.length,
      sha256: createHash('sha256').update(CONTENT).digest('hex'),
      source: `${emulator.blobOrigin}${url.pathname}`
    })
    expect(readFileSync(file)).toEqual(CONTENT)
    expect(progress.at(-1)).toEqual([CONTENT.length, CONTENT.length])
    expect(progress.every(([, total]) => total === CONTENT.length)).toBe(true)
    const [request] = emulator.blobRequests()
    expect(request?.headers['authorization']).toBeUndefined()
    expect(request?.headers['user-agent']).toBe('artifact-ops')
  })

  it('follows redirects across origins, resolving a relative location against the current URL', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ path: '/hop', status: 302, headers: { location: url.toString() } })
    emulator.addFault({
      target: 'blob',
      path: BLOB,
      status: 307,
      headers: { location: `artifact.zip${url.search}` }
    })
    const result = await transferToFile(new URL('/hop', emulator.apiOrigin), {
      file: join(temp(), 'a.zip'),
      allowHttp: true
    })
    expect(result.bytes).toBe(CONTENT.length)
    expect(result.source).toBe(`${emulator.blobOrigin}${url.pathname}`)
    expect(emulator.requests.slice(1).map(r => `${r.origin} ${r.path} ${r.status}`)).toEqual([
      'api /hop 302',
      `blob ${url.pathname} 307`,
      `blob ${url.pathname} 200`
    ])
  })

  it('follows five redirects and refuses a sixth, naming the first URL', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({
      target: 'blob',
      path: BLOB,
      status: 302,
      times: 5,
      headers: { location: url.toString() }
    })
    expect(
      (await transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true })).bytes
    ).toBe(CONTENT.length)
    expect(emulator.blobRequests()).toHaveLength(6)

    emulator.clearFaults()
    emulator.addFault({
      target: 'blob',
      path: BLOB,
      status: 302,
      times: 100,
      headers: { location: url.toString() }
    })
    const error = await rejection(
      transferToFile(url, { file: join(temp(), 'b.zip'), allowHttp: true })
    )
    expect(error).toBeInstanceOf(TransferError)
    expect(error.name).toBe('TransferError')
    expect(error.message).toBe(`too many redirects from ${printableUrl(url)}`)
    expect(emulator.blobRequests()).toHaveLength(6 + 6)
  })

  it.each([403, 408, 429, 500, 503])(
    'calls a %i worth another attempt, naming the URL without its query',
    async status => {
      const emulator = await start()
      const url = await signedUrl(emulator)
      emulator.addFault({ target: 'blob', path: BLOB, status })
      const error = await rejection(
        transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true })
      )
      expect(error).toBeInstanceOf(RetryableError)
      expect(error.message).toBe(`${printableUrl(url)} answered ${status}`)
    }
  )

  it.each([300, 400, 404, 410, 499])(
    'calls a %i final (without a location, a 3xx is an answer too)',
    async status => {
      const emulator = await start()
      const url = await signedUrl(emulator)
      emulator.addFault({ target: 'blob', path: BLOB, status })
      const error = await rejection(
        transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true })
      )
      expect(error).toBeInstanceOf(TransferError)
      expect(error).not.toBeInstanceOf(RetryableError)
      expect(error.message).toBe(`${printableUrl(url)} answered ${status}`)
    }
  )

  it('calls a 206 to a request for the whole archive final: only a whole archive is taken', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ target: 'blob', path: BLOB, status: 206 })
    const error = await rejection(
      transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true })
    )
    expect(error).toBeInstanceOf(TransferError)
    expect(error).not.toBeInstanceOf(RetryableError)
    expect(error.message).toBe(`${printableUrl(url)} answered 206`)
  })

  it('calls a reset connection worth another attempt, without the signed query', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ target: 'blob', path: BLOB, kind: 'reset' })
    const error = await rejection(
      transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true })
    )
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message.startsWith(`no answer from ${printableUrl(url)}: `)).toBe(true)
    expect(error.message).not.toContain('sig=')
  })

  it('gives up on an archive host that sends no headers within stallMs', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ target: 'blob', path: BLOB, kind: 'hang' })
    const error = await rejection(
      transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true, stallMs: 300 })
    )
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toBe(`no answer from ${printableUrl(url)} within 0.3 s`)
  })

  it('gives up on a body that stops arriving for stallMs, saying how much came', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ target: 'blob', path: BLOB, kind: 'stall', fraction: 0.5 })
    const error = await rejection(
      transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true, stallMs: 300 })
    )
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toBe(
      `transfer from ${printableUrl(url)} broke after ${CONTENT.length / 2} bytes: no data for 0.3 s`
    )
  })

  it('never reports a body cut short as success', async () => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ target: 'blob', path: BLOB, kind: 'truncate', fraction: 0.25 })
    const error = await rejection(
      transferToFile(url, { file: join(temp(), 'a.zip'), allowHttp: true })
    )
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toMatch(
      new RegExp(
        `^transfer from ${printableUrl(url).replace(/[.?]/g, '\\$&')} (broke|ended) after 2500 `
      )
    )
  })

  it.each([
    ['the transfer', { kind: 'hang' as const }, 100],
    ['the body', { kind: 'stall' as const, fraction: 0.5 }, 200]
  ])('rethrows the abort itself when the signal ends %s', async (_what, fault, abortAfterMs) => {
    const emulator = await start()
    const url = await signedUrl(emulator)
    emulator.addFault({ target: 'blob', path: BLOB, ...fault })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), abortAfterMs)
    const error = await rejection(
      transferToFile(url, {
        file: join(temp(), 'a.zip'),
        allowHttp: true,
        signal: controller.signal
      })
    )
    expect(error).not.toBeInstanceOf(RetryableError)
    expect(error.name).toBe('AbortError')
  })
})

describe('a refused archive answer closes its connection, unread', () => {
  const serve = useServers()
  const files = useTempDirs()

  /** Resolves once `socket` has closed (one left open fails the test at jest's timeout). */
  async function closed(socket: Socket): Promise<true> {
    if (!socket.destroyed) await new Promise(resolve => socket.once('close', resolve))
    return true
  }

  /** A storage host whose first answer is `first`, left open; later ones a small archive. */
  async function storage(first: (res: ServerResponse) => void) {
    const sockets: Socket[] = []
    const server = await serve((req, res) => {
      sockets.push(req.socket)
      if (sockets.length === 1) first(res)
      else res.end(CONTENT)
    })
    return { sockets, url: new URL(`${server.origin}/blob?sig=x`) }
  }

  it('closes an error answer whose body never ends', async () => {
    const { sockets, url } = await storage(res => {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.write('not here, and more to come')
    })
    expect(await rejection(fetchInto(url, files()))).toBeInstanceOf(TransferError)
    expect(await closed(sockets[0] as Socket)).toBe(true)
  })

  it('closes an answer that announces more than the artifact may have', async () => {
    const { sockets, url } = await storage(res => {
      res.writeHead(200, { 'content-length': '5000000' })
      res.write(Buffer.alloc(1000))
    })
    expect((await rejection(fetchInto(url, files(), { maxBytes: 1_000_000 }))).message).toContain(
      'announces 5000000 bytes'
    )
    expect(await closed(sockets[0] as Socket)).toBe(true)
  })

  it("closes a redirect's connection and follows it on another", async () => {
    const { sockets, url } = await storage(res => {
      res.writeHead(302, { location: '/blob?sig=y' })
      res.write('<a href="/blob?sig=y">moved</a>')
    })
    expect((await fetchInto(url, files())).bytes).toBe(CONTENT.length)
    expect(await closed(sockets[0] as Socket)).toBe(true)
  })

  it.each([
    [
      'a 416 to the rest of the archive, and starts over on the next attempt',
      416,
      'bytes */10',
      'answered 416 to a request for the bytes from 10 on; starting over from the first byte'
    ],
    [
      'a 206 for another part than the one asked for',
      206,
      'bytes 0-9/100',
      'answered a request for the bytes from 10 on with bytes 0-9; starting over'
    ]
  ])('closes %s', async (_what, status, contentRange, says) => {
    const { sockets, url } = await storage(res => {
      res.writeHead(status, { 'content-range': contentRange })
      res.write('0123')
    })
    const { error } = await resumeAfterTen(url, files())
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toBe(`${printableUrl(url)} ${says}`)
    expect(await closed(sockets[0] as Socket)).toBe(true)
  })

  it('closes a body cut for running past the artifact size', async () => {
    const { sockets, url } = await storage(res => {
      res.writeHead(200, { 'content-type': 'application/zip' })
      res.write(Buffer.alloc(64 * 1024))
      res.write(Buffer.alloc(64 * 1024))
    })
    expect((await rejection(fetchInto(url, files(), { maxBytes: 1000 }))).message).toContain(
      'sent more than the 1000 bytes'
    )
    expect(await closed(sockets[0] as Socket)).toBe(true)
  })
})

describe("a transfer's bounds, at their edges", () => {
  const serve = useServers()
  const files = useTempDirs()

  it.each([
    ['announced', true],
    ['sent chunked', false]
  ])('takes an archive of exactly the most bytes it may have, %s', async (_how, announced) => {
    const server = await serve((_req, res) => {
      res.writeHead(200, announced ? { 'content-length': String(CONTENT.length) } : {})
      res.end(CONTENT)
    })
    const url = new URL(`${server.origin}/blob?sig=x`)
    expect((await fetchInto(url, files(), { maxBytes: CONTENT.length })).bytes).toBe(CONTENT.length)
    const error = await rejection(fetchInto(url, files(), { maxBytes: CONTENT.length - 1 }))
    expect(error).toBeInstanceOf(TransferError)
    expect(error.message).toContain(
      announced
        ? `announces ${CONTENT.length} bytes, more than the ${CONTENT.length - 1}`
        : `sent more than the ${CONTENT.length - 1} bytes`
    )
  })

  it('reports no total for a body sent without a Content-Length', async () => {
    const server = await serve((_req, res) => {
      res.write(CONTENT)
      res.end()
    })
    const totals = new Set<number | undefined>()
    const result = await fetchInto(new URL(`${server.origin}/blob?sig=x`), files(), {
      onProgress: (_received, total) => totals.add(total)
    })
    expect(result.bytes).toBe(CONTENT.length)
    expect([...totals]).toEqual([undefined])
  })

  /**
   * Runs `body` and returns the timers (setTimeout, setInterval) it started that are still
   * running: neither fired (a timeout) nor cleared. Only the code's own timers count, not the
   * sockets' (which come and go with the load of the machine).
   */
  async function timersLeftBy(body: () => Promise<unknown>): Promise<number> {
    const running = new Set<unknown>()
    const real = { setTimeout, setInterval, clearTimeout, clearInterval }
    const g = globalThis as Record<string, unknown>
    g['setTimeout'] = (callback: () => void, ms?: number) => {
      const timer: unknown = real.setTimeout(() => {
        running.delete(timer)
        callback()
      }, ms)
      running.add(timer)
      return timer
    }
    g['setInterval'] = (callback: () => void, ms?: number) => {
      const timer = real.setInterval(callback, ms)
      running.add(timer)
      return timer
    }
    g['clearTimeout'] = g['clearInterval'] = (timer: NodeJS.Timeout | undefined) => {
      running.delete(timer)
      real.clearTimeout(timer)
    }
    try {
      await body()
    } finally {
      Object.assign(globalThis, real)
    }
    return running.size
  }

  it.each([
    ['a whole archive', 200],
    ['a refused answer', 404]
  ])('leaves no timer running after %s', async (_what, status) => {
    const server = await serve((_req, res) => res.writeHead(status).end(CONTENT))
    const url = new URL(`${server.origin}/blob?sig=x`)
    expect(await timersLeftBy(() => fetchInto(url, files()).catch(() => undefined))).toBe(0)
  })

  it.each([300, 301, 303, 308])('follows a %i that names a location', async status => {
    const server = await serve((req, res) => {
      if (req.url === '/blob?sig=x') res.writeHead(status, { location: '/moved?sig=y' }).end()
      else res.end(CONTENT)
    })
    const result = await fetchInto(new URL(`${server.origin}/blob?sig=x`), files())
    expect(result).toMatchObject({ bytes: CONTENT.length, source: `${server.origin}/moved` })
    expect(server.seen.map(r => r.url)).toEqual(['/blob?sig=x', '/moved?sig=y'])
  })

  it('takes a 200 that also names a location as the archive', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { location: '/elsewhere' }).end(CONTENT)
    })
    expect((await fetchInto(new URL(`${server.origin}/blob?sig=x`), files())).bytes).toBe(
      CONTENT.length
    )
    expect(server.seen).toHaveLength(1)
  })

  it('calls a 503 to a resumed request worth another attempt, keeping what arrived', async () => {
    const server = await serve((_req, res) => res.writeHead(503).end('busy'))
    const url = new URL(`${server.origin}/blob?sig=x`)
    const { received, restarts, error } = await resumeAfterTen(url, files())
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toBe(`${printableUrl(url)} answered 503`)
    expect([received.bytes, restarts]).toEqual([10, []])
  })

  it('starts over when a 206 to a resumed request has no Content-Range', async () => {
    const server = await serve((_req, res) => res.writeHead(206).end('0123'))
    const url = new URL(`${server.origin}/blob?sig=x`)
    const { received, restarts, error } = await resumeAfterTen(url, files())
    const reason = `${printableUrl(url)} answered a request for the bytes from 10 on with no readable Content-Range; starting over`
    expect(error.message).toBe(reason)
    expect([received.bytes, restarts]).toEqual([0, [reason]])
  })

  it('counts the bytes of this attempt when a resumed body breaks', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(206, { 'content-range': 'bytes 10-99/100', 'content-length': '90' })
      res.write('abcde', () => setTimeout(() => res.socket?.destroy(), 50))
    })
    const { received, error } = await resumeAfterTen(
      new URL(`${server.origin}/blob?sig=x`),
      files()
    )
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toMatch(/ broke after 5 bytes: /)
    expect(received.bytes).toBe(15)
  })

  it('measures the minimum rate window by window: a fast start does not carry a slow end', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200)
      res.write(Buffer.alloc(1000))
      const timer = setInterval(() => res.write('x'), 20)
      res.on('close', () => clearInterval(timer))
      setTimeout(() => res.end(), 600)
    })
    const error = await rejection(
      fetchInto(new URL(`${server.origin}/blob`), files(), {
        minRate: { bytes: 500, windowMs: 150 }
      })
    )
    const arrived = /slower than 500 bytes in 0.15 s \((\d+) bytes arrived\); given up$/.exec(
      error.message
    )
    expect(Number(arrived?.[1])).toBeLessThan(500)
  })

  it('lets a transfer that keeps the minimum rate run for many windows', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200)
      const timer = setInterval(() => res.write(Buffer.alloc(100)), 10)
      res.on('close', () => clearInterval(timer))
      setTimeout(() => res.end(), 1000)
    })
    // Windows long beside the timers, so that a busy machine's pauses do not empty one.
    const result = await fetchInto(new URL(`${server.origin}/blob`), files(), {
      minRate: { bytes: 100, windowMs: 250 }
    })
    expect(result.bytes).toBeGreaterThan(1000)
  })

  it.each([
    ['announced', { 'content-length': '10000' }],
    ['sent chunked', {}]
  ])('never takes a body %s that closes early for a whole one', async (_how, headers) => {
    const server = await serve((_req, res) => {
      res.writeHead(200, headers)
      res.write(CONTENT.subarray(0, 4000), () => setTimeout(() => res.socket?.destroy(), 50))
    })
    const error = await rejection(fetchInto(new URL(`${server.origin}/blob?sig=x`), files()))
    expect(error).toBeInstanceOf(RetryableError)
    expect(error.message).toMatch(/ broke after 4000 bytes: /)
  })

  it('calls a 400 with a location an answer, not a redirect', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(400, { location: '/moved?sig=y' }).end('bad request')
    })
    const url = new URL(`${server.origin}/blob?sig=x`)
    const error = await rejection(fetchInto(url, files()))
    expect(error).toBeInstanceOf(TransferError)
    expect(error.message).toBe(`${printableUrl(url)} answered 400`)
    expect(server.seen).toHaveLength(1)
  })
})
