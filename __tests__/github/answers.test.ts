// The fetch Octokit is given (src/github/answers.ts), driven directly against a server on
// 127.0.0.1: decoding, bodiless answers, the size cap, request bodies, redirects, connections
// kept or closed, timers left behind; and which errors another attempt cannot heal.
import { describe, expect, it, jest } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { ANSWER_LIMITS, AnswerError, boundedFetch, isUnhealable } from '../../src/github/answers.js'
import { FAST_ANSWERS, rejection } from '../helpers.js'
import { useServers } from '../servers.js'

const serve = useServers()

const QUICK = { ...ANSWER_LIMITS, ...FAST_ANSWERS }

/** The body of a request, as text. */
async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString()
}

/** Resolves once `socket` has closed (a socket left open fails the test at jest's timeout). */
async function closed(socket: Socket): Promise<true> {
  // Not events.once: a reset connection emits 'error' before 'close', which it would reject on.
  if (!socket.destroyed) await new Promise(resolve => socket.once('close', resolve))
  return true
}

const BODY = JSON.stringify({ total_count: 0, artifacts: [] })

describe('boundedFetch: what it reads', () => {
  it('decodes an encoding named in capitals, as fetch does', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'GZIP' })
      res.end(gzipSync(BODY))
    })
    const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/x`)
    expect(await answer.text()).toBe(BODY)
  })

  it.each(['constructor', 'toString', '__proto__'])(
    'passes a body whose encoding is named %s through as it is',
    async encoding => {
      const server = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding })
        res.end(BODY)
      })
      const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/x`)
      expect(await answer.text()).toBe(BODY)
    }
  )

  it('gives the status text and the headers, repeated ones joined', async () => {
    const server = await serve((_req, res) => {
      res.statusMessage = 'Fine Thanks'
      res.setHeader('set-cookie', ['a=1', 'b=2'])
      res.setHeader('X-Thing', 'yes')
      res.end(BODY)
    })
    const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/x`)
    expect(answer.status).toBe(200)
    expect(answer.statusText).toBe('Fine Thanks')
    expect(answer.url).toBe(`${server.origin}/x`)
    expect(answer.headers.get('X-THING')).toBe('yes')
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2')
    expect(answer.headers.get('absent')).toBeNull()
  })

  it('does not decode the empty body of a HEAD answer that names an encoding and a length', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': '20' })
      res.end()
    })
    const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/x`, {
      method: 'HEAD'
    })
    expect(answer.status).toBe(200)
    expect(await answer.text()).toBe('')
  })

  it('does not decode a body of Content-Length 0 that names an encoding', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'br', 'content-length': '0' })
      res.end()
    })
    const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/x`)
    expect(await answer.text()).toBe('')
  })

  it('takes an answer of exactly maxBytes, and keeps its connection for the next request', async () => {
    const sockets: Socket[] = []
    const server = await serve((req, res) => {
      sockets.push(req.socket)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(BODY)
    })
    const fetch = boundedFetch(server.origin, { ...QUICK, maxBytes: BODY.length })
    expect(await (await fetch(`${server.origin}/1`)).text()).toBe(BODY)
    expect(await (await fetch(`${server.origin}/2`)).text()).toBe(BODY)
    expect(sockets).toHaveLength(2)
    expect(sockets[1]).toBe(sockets[0])
  })

  it.each([
    ['plain', (body: string) => Buffer.from(body), {}],
    ['gzip', (body: string) => gzipSync(body), { 'content-encoding': 'gzip' }]
  ])(
    'closes the connection of a %s answer refused for its size, without waiting for the rest',
    async (_name, encode, headers) => {
      let socket: Socket | undefined
      const server = await serve((req, res) => {
        socket = req.socket
        res.writeHead(200, { 'content-type': 'application/json', ...headers })
        // The first part is over the cap; the rest never comes.
        res.write(encode('x'.repeat(64 * 1024)))
      })
      const error = await rejection(
        boundedFetch(server.origin, { ...QUICK, maxBytes: 1000 })(`${server.origin}/x`)
      )
      expect(error).toBeInstanceOf(AnswerError)
      expect(error.message).toBe(
        `the answer from ${new URL(server.origin).host} is larger than 1000 bytes (counted after decompression); refused`
      )
      expect(socket).toBeDefined()
      expect(await closed(socket as Socket)).toBe(true)
    }
  )

  it('leaves no timer armed once an answer is read', async () => {
    const server = await serve((_req, res) => res.end(BODY))
    const armed = jest.spyOn(globalThis, 'setTimeout')
    const cleared = jest.spyOn(globalThis, 'clearTimeout')
    try {
      await boundedFetch(server.origin, { ...QUICK, bodyMs: 60_000 })(`${server.origin}/x`)
      const timers = armed.mock.results.map(result => result.value)
      // One for the headers, one for the body: each cleared.
      expect(timers).toHaveLength(2)
      for (const timer of timers) {
        expect(cleared.mock.calls.some(([handle]) => handle === timer)).toBe(true)
      }
    } finally {
      armed.mockRestore()
      cleared.mockRestore()
    }
  })
})

describe('boundedFetch: what it sends', () => {
  it.each(['POST', 'DELETE'])('sends a text body with its length (%s)', async method => {
    const seen: { body: string; length?: string; chunked?: string }[] = []
    const server = await serve(async (req, res) => {
      seen.push({
        body: await bodyOf(req),
        length: req.headers['content-length'],
        chunked: req.headers['transfer-encoding']
      })
      res.end('{}')
    })
    await boundedFetch(server.origin, QUICK)(`${server.origin}/x`, { method, body: '{"é":1}' })
    expect(seen).toEqual([{ body: '{"é":1}', length: '8', chunked: undefined }])
  })

  it('refuses a body that is not text, sending nothing', async () => {
    const server = await serve((_req, res) => res.end('{}'))
    const error = await rejection(
      boundedFetch(server.origin, QUICK)(`${server.origin}/x`, {
        method: 'POST',
        body: new Uint8Array([1, 2])
      })
    )
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe('artifact-ops sends API request bodies as JSON text only')
    expect(server.seen).toEqual([])
  })
})

describe('boundedFetch: redirects within the API origin', () => {
  it('follows five redirects and refuses the sixth', async () => {
    const server = await serve((req, res) => {
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0)
      res.writeHead(302, { location: `/loop?n=${n + 1}` })
      res.end()
    })
    const error = await rejection(boundedFetch(server.origin, QUICK)(`${server.origin}/loop`))
    expect(error.message).toBe(`more than 5 redirects from ${new URL(server.origin).host}`)
    expect(isUnhealable(error)).toBe(true)
    expect(server.seen.map(r => r.url)).toEqual([
      '/loop',
      '/loop?n=1',
      '/loop?n=2',
      '/loop?n=3',
      '/loop?n=4',
      '/loop?n=5'
    ])
  })

  it('ends on the fifth redirect when it leads to an answer', async () => {
    const server = await serve((req, res) => {
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0)
      if (n === 5) {
        res.end(BODY)
      } else {
        res.writeHead(301, { location: `/loop?n=${n + 1}` })
        res.end()
      }
    })
    const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/loop`)
    expect(answer.url).toBe(`${server.origin}/loop?n=5`)
    expect(await answer.text()).toBe(BODY)
  })

  it.each([
    [301, 'GET', ''],
    [302, 'GET', ''],
    [303, 'GET', ''],
    [307, 'POST', 'data'],
    [308, 'POST', 'data']
  ])('after a %i, a POST is sent on as %s', async (status, method, body) => {
    const arrived: { method?: string; body: string; length?: string }[] = []
    const server = await serve(async (req, res) => {
      if (req.url === '/from') {
        await bodyOf(req)
        res.writeHead(status, { location: '/to' })
        res.end()
      } else {
        arrived.push({
          method: req.method,
          body: await bodyOf(req),
          length: req.headers['content-length']
        })
        res.end('{}')
      }
    })
    await boundedFetch(server.origin, QUICK)(`${server.origin}/from`, {
      method: 'POST',
      body: 'data'
    })
    expect(arrived).toEqual([
      { method, body, length: body === '' ? undefined : String(body.length) }
    ])
  })

  it('closes the connection of a redirect instead of reading its body', async () => {
    const sockets: Socket[] = []
    const server = await serve((req, res) => {
      sockets.push(req.socket)
      if (req.url === '/from') {
        res.writeHead(302, { location: '/to', 'content-type': 'text/html' })
        // A body, and the answer left open: only closing the connection ends it.
        res.write('<a href="/to">moved</a>')
        return
      }
      res.end(BODY)
    })
    const answer = await boundedFetch(server.origin, QUICK)(`${server.origin}/from`)
    expect(await answer.text()).toBe(BODY)
    expect(await closed(sockets[0] as Socket)).toBe(true)
  })
})

describe('isUnhealable: what another attempt cannot mend', () => {
  const coded = (code: unknown, cause?: unknown): Error =>
    Object.assign(new Error(`failed: ${String(code)}`, { cause }), { code })

  it('names its errors', () => {
    expect(String(new AnswerError('too big', false))).toBe('AnswerError: too big')
  })

  it('reads the healable flag of an AnswerError', () => {
    expect(isUnhealable(new AnswerError('slow', true))).toBe(false)
    expect(isUnhealable(new AnswerError('too big', false))).toBe(true)
  })

  it('knows a certificate or URL error by its code, at any of the first five levels of causes', () => {
    expect(isUnhealable(coded('CERT_HAS_EXPIRED'))).toBe(true)
    expect(
      isUnhealable(new Error('a', { cause: new Error('b', { cause: coded('ERR_INVALID_URL') }) }))
    ).toBe(true)
    let deep: Error = coded('SELF_SIGNED_CERT_IN_CHAIN')
    for (let i = 0; i < 4; i++) deep = new Error(`level ${i}`, { cause: deep })
    expect(isUnhealable(deep)).toBe(true)
    expect(isUnhealable(new Error('level 5', { cause: deep }))).toBe(false)
  })

  it('takes anything else as healable: other codes, codes that are not text, no error at all', () => {
    expect(isUnhealable(coded('ECONNRESET'))).toBe(false)
    expect(isUnhealable(coded(42))).toBe(false)
    expect(isUnhealable(new Error('plain'))).toBe(false)
    expect(isUnhealable('CERT_HAS_EXPIRED')).toBe(false)
    expect(isUnhealable(undefined)).toBe(false)
  })

  it('ends on a chain of causes that loops', () => {
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    a.cause = b
    expect(isUnhealable(a)).toBe(false)
  })
})
