// A few-line HTTP server on 127.0.0.1 per test, for answers the emulator does not give (a storage
// host that lies, a listing that loops, an answer that stalls half-way).
import { afterEach } from '@jest/globals'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import {
  connect,
  createServer as createNetServer,
  type Server as NetServer,
  type Socket
} from 'node:net'

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** Every request as it arrived: method, path with query, and headers. */
  seen: { method: string; url: string; authorization?: string }[]
}

/** Starts servers for the tests of one file and closes each after its test. */
export function useServers(): (
  handler: (req: IncomingMessage, res: ServerResponse, server: TestServer) => void
) => Promise<TestServer> {
  const open: ReturnType<typeof createServer>[] = []
  afterEach(async () => {
    for (const server of open.splice(0)) {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })
  return handler =>
    new Promise(resolve => {
      const state: TestServer = { origin: '', seen: [] }
      const server = createServer((req, res) => {
        state.seen.push({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          authorization: req.headers.authorization
        })
        handler(req, res, state)
      })
      open.push(server)
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        state.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
        resolve(state)
      })
    })
}

/** A JSON answer. */
export function json(res: ServerResponse, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

export interface TestProxy {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY and HTTP_PROXY */
  url: string
  /** The `host:port` of every tunnel asked for (CONNECT), in order. */
  tunnels: string[]
  /** The user and password of each CONNECT's Basic `Proxy-Authorization`, decoded; '' if none. */
  credentials: string[]
}

/**
 * A forward proxy on 127.0.0.1 that tunnels (CONNECT) to any `host:port` by connecting to
 * 127.0.0.1 at that port: a server that gives URLs with another host name (the emulator's `host`
 * option) is then reached only through it. With `credentials` (`user:password`), a CONNECT
 * without them is answered 407. Closed after each test.
 */
export function useProxy(): (options?: { credentials?: string }) => Promise<TestProxy> {
  const open: ReturnType<typeof createServer>[] = []
  afterEach(async () => {
    for (const server of open.splice(0)) {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })
  return ({ credentials } = {}) =>
    new Promise(resolve => {
      const state: TestProxy = { url: '', tunnels: [], credentials: [] }
      const server = createServer((_req, res) => {
        res.writeHead(405)
        res.end('this proxy only tunnels')
      })
      server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
        state.tunnels.push(req.url ?? '')
        const basic = /^Basic (.*)$/.exec(req.headers['proxy-authorization'] ?? '')
        const given = basic ? Buffer.from(basic[1], 'base64').toString('utf8') : ''
        state.credentials.push(given)
        if (credentials !== undefined && given !== credentials) {
          client.end(
            'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'
          )
          return
        }
        const port = Number((req.url ?? '').split(':').pop())
        const upstream = connect(port, '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
          upstream.write(head)
          upstream.pipe(client)
          client.pipe(upstream)
        })
        const end = (): void => {
          upstream.destroy()
          client.destroy()
        }
        upstream.on('error', end)
        client.on('error', end)
        client.on('close', end)
      })
      open.push(server)
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
        resolve(state)
      })
    })
}

export interface SilentServer {
  /** The port on 127.0.0.1. */
  port: number
  /** Every connection accepted, in order. */
  sockets: Socket[]
  /** Whether connection `index` was closed by the client within `ms` (it is read, so an end is seen). */
  closedWithin(index: number, ms: number): Promise<boolean>
}

/**
 * A TCP server on 127.0.0.1 that accepts connections and never answers: an API, a storage host
 * or a proxy (CONNECT) that hangs. Its connections are destroyed and it is closed after each test.
 */
export function useSilentServer(): () => Promise<SilentServer> {
  const open: { server: NetServer; sockets: Socket[] }[] = []
  afterEach(async () => {
    for (const { server, sockets } of open.splice(0)) {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(resolve))
    }
  })
  return () =>
    new Promise(resolve => {
      const sockets: Socket[] = []
      const closed: Promise<void>[] = []
      const server = createNetServer(socket => {
        sockets.push(socket)
        closed.push(new Promise(done => socket.once('close', () => done())))
        socket.on('error', () => undefined).resume()
      })
      open.push({ server, sockets })
      server.listen(0, '127.0.0.1', () => {
        const closedWithin = async (index: number, ms: number): Promise<boolean> => {
          let timer: NodeJS.Timeout | undefined
          const late = new Promise<false>(done => (timer = setTimeout(() => done(false), ms)))
          const result = await Promise.race([closed[index].then(() => true as const), late])
          clearTimeout(timer)
          return result
        }
        resolve({ port: (server.address() as { port: number }).port, sockets, closedWithin })
      })
    })
}
