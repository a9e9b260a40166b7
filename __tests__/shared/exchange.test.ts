// src/shared/exchange.ts: one request over Node's HTTP client, for the API and for archives. What
// an abort reaches (a CONNECT the proxy never answers), what is never sent, what is not kept.
import { describe, expect, it } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { Agent } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { exchange } from '../../src/shared/exchange.js'
import { rejection, withEnv } from '../helpers.js'
import { useServers, useSilentServer } from '../servers.js'

const serve = useServers()
const silentServer = useSilentServer()
const GET = { method: 'GET', headers: {} }

describe('exchange', () => {
  it('sends nothing when the signal is already aborted', async () => {
    const server = await serve((_req, res) => res.end('late'))
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    const error = await rejection(
      exchange(new URL(`${server.origin}/a`), { ...GET, agent: new Agent() }, controller.signal)
    )
    expect(error.message).toBe('cancelled')
    // A request sent anyway would have arrived by the time a second one has.
    await exchange(
      new URL(`${server.origin}/b`),
      { ...GET, agent: new Agent() },
      AbortSignal.timeout(5000)
    )
    expect(server.seen.map(r => r.url)).toEqual(['/b'])
  })

  it('leaves no listener on a long-lived signal once the answer is read', async () => {
    const server = await serve((_req, res) => res.end('body'))
    const controller = new AbortController()
    for (let i = 0; i < 3; i++) {
      const message = await exchange(
        new URL(`${server.origin}/${i}`),
        { ...GET, agent: new Agent() },
        controller.signal
      )
      message.resume()
      await new Promise(resolve => message.once('close', resolve))
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('leaves no listener on a long-lived signal after a request that failed', async () => {
    const server = await serve((req, _res) => req.socket.destroy())
    const controller = new AbortController()
    const error = await rejection(
      exchange(new URL(`${server.origin}/a`), { ...GET, agent: new Agent() }, controller.signal)
    )
    expect(error.message).toBe('socket hang up')
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('leaves an agent without a tunnel as it found it', async () => {
    const server = await serve((_req, res) => res.end('body'))
    const agent = new Agent()
    const message = await exchange(
      new URL(`${server.origin}/a`),
      { ...GET, agent },
      AbortSignal.timeout(5000)
    )
    message.resume()
    expect(Object.hasOwn(agent, 'request')).toBe(false)
  })

  it('destroys the CONNECT of a proxy that never answers, with the request it was for', async () => {
    const proxy = await silentServer()
    await withEnv({ https_proxy: `http://127.0.0.1:${proxy.port}` }, async () => {
      // As the API client and the archive transfer get theirs: a tunnel through the proxy.
      const agent = new HttpClient('test').getAgent('https://blob.example/a')
      const error = await rejection(
        exchange(new URL('https://blob.example/a'), { ...GET, agent }, AbortSignal.timeout(200))
      )
      expect(error.name).toBe('TimeoutError')
      expect(proxy.sockets).toHaveLength(1)
      // Closed by the client, not by this test: left open, it would keep the action running.
      expect(await proxy.closedWithin(0, 2000)).toBe(true)
    })
  })

  it('closes the connection of a request whose server never answers, when the signal aborts', async () => {
    const server = await silentServer()
    const error = await rejection(
      exchange(
        new URL(`http://127.0.0.1:${server.port}/a`),
        { ...GET, agent: new Agent() },
        AbortSignal.timeout(200)
      )
    )
    expect(error.name).toBe('TimeoutError')
    expect(await server.closedWithin(0, 2000)).toBe(true)
  })

  it("gives the tunnel agent back its own CONNECT: a second request's is destroyed with it", async () => {
    const proxy = await silentServer()
    await withEnv({ https_proxy: `http://127.0.0.1:${proxy.port}` }, async () => {
      const agent = new HttpClient('test').getAgent('https://blob.example/a')
      const original = (agent as { request?: unknown }).request
      for (let i = 0; i < 2; i++) {
        await rejection(
          exchange(new URL('https://blob.example/a'), { ...GET, agent }, AbortSignal.timeout(200))
        )
      }
      expect(proxy.sockets).toHaveLength(2)
      // Its own function back after each request, not a chain of wrappers.
      expect((agent as { request?: unknown }).request).toBe(original)
      expect(await proxy.closedWithin(1, 2000)).toBe(true)
    })
  })
})
