import { HttpClient } from '@actions/http-client'
import { createHash } from 'node:crypto'
import { on } from 'node:events'
import type { Agent, IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { release } from '../../shared/bytes.js'
import { exchange } from '../../shared/exchange.js'
import { printableUrl, redactUrls } from '../../shared/redact.js'
import { RetryableError } from '../../shared/retry.js'
import { type ByteSink, FileSink } from './sink.js'

/** How one archive is fetched from one signed URL. */
export interface TransferOptions {
  /**
   * Give up on an attempt after this long without an answer's headers, or without a byte of
   * its body (default 30 s). One timer for both, restarted by every chunk.
   */
  stallMs?: number
  /**
   * Bytes the archive may have at most: a Content-Length above it is refused before the body is
   * read, and a body that runs past it is cut and fails (no retry: it would be as long again).
   */
  maxBytes?: number
  /**
   * The slowest transfer accepted, besides the stall timer: fewer than `bytes` arriving in any
   * `windowMs` fails the attempt. A server trickling a byte every 20 s never trips a 30 s stall
   * timer; this ends it within one window. Default: 64 KiB in 60 s (about 1 KiB/s).
   */
  minRate?: { bytes: number; windowMs: number }
  /**
   * Also accept `http:` archive URLs (only when the API itself is reached over http, as in
   * tests); otherwise the signed URL and every redirect must be `https:`.
   */
  allowHttp?: boolean
  /** Ends the transfer when aborted. */
  signal?: AbortSignal
  /** Called as bytes arrive. */
  onProgress?: (received: number, total: number | undefined) => void
  /** Called when a server answers a range request with the whole archive, or the wrong part. */
  onRestart?: (reason: string) => void
}

/** What arrived. */
export interface TransferResult {
  /** Bytes received, over every attempt, that make up the archive. */
  bytes: number
  /** sha256 of those bytes, hex. */
  sha256: string
  /** Where the archive was served from: origin and path, never the signed query. */
  source: string
}

/** A transfer that cannot succeed by trying again. */
export class TransferError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransferError'
  }
}

/**
 * What a transfer keeps between attempts: how many bytes of the archive arrived, their sha256
 * so far, and the sink they went to (which may be half-way through unpacking them). The next
 * attempt asks for the bytes from there on (`Range: bytes=N-`) and goes on feeding the same hash
 * and sink; `restart` forgets all of it when a server sends the archive from its first byte.
 */
export class Received<Sink extends ByteSink = ByteSink> {
  bytes = 0
  private hash = createHash('sha256')

  constructor(readonly sink: Sink) {}

  async add(chunk: Buffer): Promise<void> {
    this.hash.update(chunk)
    await this.sink.write(chunk)
    this.bytes += chunk.length
  }

  async restart(): Promise<void> {
    this.hash = createHash('sha256')
    this.bytes = 0
    await this.sink.reset()
  }

  /** The sha256 of every byte so far, hex. */
  sha256(): string {
    return this.hash.copy().digest('hex')
  }
}

/**
 * Drops an answer's body unread, and its connection with it: draining a body (resume) would go
 * on reading whatever a hostile host sends for as long as it sends it.
 */
function discard(body: Readable): void {
  body.on('error', () => undefined).destroy()
}

/** Redirects followed from the signed URL (storage may hand on once or twice). */
const MAX_REDIRECTS = 5

/** The default minimum rate: under 64 KiB a minute (about 1 KiB/s) is not a working transfer. */
export const MIN_RATE = { bytes: 64 * 1024, windowMs: 60_000 }

/**
 * Bytes an archive may run past its `size_in_bytes` before the transfer is cut: a little slack
 * for a server whose listing rounds or lags its storage, never enough to fill a disk. An archive
 * whose size differs at all still fails unless its digest matches (see the download step).
 */
export const ARCHIVE_SIZE_MARGIN = 64 * 1024

/**
 * Refuses an archive URL whose scheme is not https (or http, when allowed): a Location such as
 * `file:///etc/passwd` or `ftp://…` from a storage answer is not followed.
 */
export function checkArchiveUrl(url: URL, allowHttp: boolean): void {
  if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) return
  throw new TransferError(
    `refusing to fetch the archive from a ${url.protocol} URL${url.host ? ` on ${url.host}` : ''}: only https${allowHttp ? ' or http' : ''} is followed`
  )
}

/** The URL without its query: signed URLs carry their credentials there. */
export function redactUrl(url: URL): string {
  return printableUrl(url)
}

/**
 * An error message with the URL's query taken out wherever it appears: some errors quote the
 * request path (with the query, percent-encoded or not), and a signed URL's query is its
 * credential.
 */
export function redactMessage(message: string, url: URL): string {
  let decoded = url.search
  try {
    decoded = decodeURIComponent(url.search)
  } catch {
    // A malformed escape: the encoded form is all a message can quote.
  }
  const queries = [url.search, decoded].filter(q => q.length > 1)
  let redacted = message
  for (const query of queries) redacted = redacted.split(query).join('?[redacted]')
  return redactUrls(redacted)
}

/** What the stall timer aborts an attempt with. */
class Stalled extends Error {}

/** `Content-Range: bytes START-END/SIZE` (SIZE may be `*`). */
export function parseContentRange(
  header: string | string[] | undefined
): { start: number; end: number; size: number | undefined } | undefined {
  const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(header ?? '').trim())
  if (!m) return undefined
  return { start: Number(m[1]), end: Number(m[2]), size: m[3] === '*' ? undefined : Number(m[3]) }
}

/**
 * The agent for a URL, as @actions/http-client makes it from the runner's proxy settings: a
 * tunnel through the proxy, or a plain agent. One client per scheme, since a client keeps the
 * first plain agent it made whatever the scheme of later URLs (http archive URLs are for tests).
 */
const agents = { 'http:': new HttpClient('artifact-ops'), 'https:': new HttpClient('artifact-ops') }
export const agentFor = (url: URL): Agent =>
  agents[url.protocol as keyof typeof agents].getAgent(url.href)

/**
 * Streams one signed URL into `received`'s sink while hashing it, from the byte it stopped at:
 * a later attempt asks for the rest with `Range: bytes=N-`. A server that answers such a request
 * with 200 sends the whole archive, which starts over (hash, sink and count forgotten); a 206
 * for another part than the one asked for is refused and starts over on the next attempt. No
 * Authorization header is ever sent: the token never reaches the storage host (which would
 * refuse it anyway). The runner's proxy settings are honoured through http-client's agent.
 * Failures worth a fresh URL throw RetryableError; a short read is never reported as success.
 */
export async function transferInto(
  start: URL,
  received: Received,
  options: TransferOptions
): Promise<TransferResult> {
  const stallMs = options.stallMs ?? 30_000
  const minRate = options.minRate ?? MIN_RATE
  const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER
  const from = received.bytes
  let url = start
  for (let hop = 0; ; hop++) {
    checkArchiveUrl(url, options.allowHttp ?? false)
    // One timer for the whole attempt: until the headers, then restarted by each chunk.
    const attempt = new AbortController()
    const stall = setTimeout(() => attempt.abort(new Stalled()), stallMs)
    const signal = options.signal
      ? AbortSignal.any([options.signal, attempt.signal])
      : attempt.signal
    try {
      let response: IncomingMessage
      try {
        response = await exchange(
          url,
          {
            method: 'GET',
            headers: {
              'user-agent': 'artifact-ops',
              ...(from > 0 ? { range: `bytes=${from}-` } : {})
            },
            agent: agentFor(url)
          },
          signal
        )
      } catch (error) {
        if (options.signal?.aborted) throw error
        throw new RetryableError(
          attempt.signal.aborted
            ? `no answer from ${redactUrl(url)} within ${stallMs / 1000} s`
            : `no answer from ${redactUrl(url)}: ${redactMessage((error as Error).message, url)}`
        )
      }
      stall.refresh()
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers['location'] !== undefined) {
        discard(response)
        if (hop >= MAX_REDIRECTS)
          throw new TransferError(`too many redirects from ${redactUrl(start)}`)
        url = new URL(String(response.headers['location']), url)
        continue
      }
      const lengthHeader = response.headers['content-length']
      const length = lengthHeader !== undefined ? Number(lengthHeader) : undefined
      let offset = 0
      if (from > 0 && status === 206) {
        const range = parseContentRange(response.headers['content-range'])
        if (range?.start !== from) {
          discard(response)
          await received.restart()
          const reason = `${redactUrl(url)} answered a request for the bytes from ${from} on with ${range ? `bytes ${range.start}-${range.end}` : 'no readable Content-Range'}; starting over`
          options.onRestart?.(reason)
          throw new RetryableError(reason)
        }
        offset = from
      } else if (from > 0 && (status === 200 || status === 416)) {
        // 200: the whole archive, the range ignored. 416: nothing past what arrived (the listing's
        // size was wrong, or the archive changed); only the whole archive is worth reading again.
        await received.restart()
        const reason = `${redactUrl(url)} answered ${status} to a request for the bytes from ${from} on; starting over from the first byte`
        options.onRestart?.(reason)
        if (status === 416) {
          discard(response)
          throw new RetryableError(reason)
        }
      } else if (status !== 200) {
        discard(response)
        const reason = `${redactUrl(url)} answered ${status}`
        // 403 is what storage says of an expired signature: a fresh URL may work.
        if (status >= 500 || status === 403 || status === 408 || status === 429) {
          throw new RetryableError(reason)
        }
        throw new TransferError(reason)
      }
      const total = length !== undefined ? offset + length : undefined
      if (total !== undefined && total > maxBytes) {
        // Closed unread: a body announced this large is not worth reading to keep the connection.
        discard(response)
        throw new TransferError(
          `${redactUrl(url)} announces ${total} bytes, more than the ${maxBytes} the artifact may have; refused`
        )
      }
      await readBody(
        response,
        received,
        { attempt, signal, stall },
        {
          ...options,
          url,
          total,
          maxBytes,
          minRate,
          stallMs
        }
      )
      // readBody returns only for a body the parser saw end: every byte a Content-Length named.
      return { bytes: received.bytes, sha256: received.sha256(), source: redactUrl(url) }
    } finally {
      clearTimeout(stall)
    }
  }
}

/** One attempt's clock: aborted by a stall, by the minimum rate, or by the caller's signal. */
interface Attempt {
  /** Aborted (with a Stalled, or the RetryableError of a slow transfer) by the attempt itself. */
  attempt: AbortController
  /** The attempt's and the caller's signal together. */
  signal: AbortSignal
  /** The stall timer, restarted by every chunk. */
  stall: NodeJS.Timeout
}

/**
 * Reads one answer's body into `received`, one chunk at a time: each chunk is hashed and handed
 * to the sink (which writes it, or unpacks it) before the next is read, so nothing accumulates
 * in memory; Node stops reading the socket meanwhile. A sink's refusal is final; a broken
 * connection, a stall or a transfer slower than the minimum rate is worth another attempt. Only
 * a body the HTTP parser saw end is whole: one that closed early, or before it was read at all
 * (while a restart cleared the sink), fails the attempt, with or without a Content-Length.
 */
async function readBody(
  body: IncomingMessage,
  received: Received,
  { attempt, signal, stall }: Attempt,
  options: TransferOptions & {
    url: URL
    total: number | undefined
    maxBytes: number
    minRate: { bytes: number; windowMs: number }
    stallMs: number
  }
): Promise<void> {
  const { url, total, maxBytes, minRate } = options
  const first = received.bytes
  const broken = (why: string): RetryableError =>
    new RetryableError(
      `transfer from ${redactUrl(url)} broke after ${received.bytes - first} bytes: ${why}`
    )
  // Closed already ('close' gone by: nothing would end the loop below).
  if (body.destroyed) throw broken('the connection closed before the body was read')
  let windowStart = first
  const rateCheck = setInterval(() => {
    if (received.bytes - windowStart < minRate.bytes) {
      attempt.abort(
        new RetryableError(
          `transfer from ${redactUrl(url)} slower than ${minRate.bytes} bytes in ${minRate.windowMs / 1000} s (${received.bytes - windowStart} bytes arrived); given up`
        )
      )
    }
    windowStart = received.bytes
  }, minRate.windowMs)
  // Node's HTTP parser copies each body chunk out of the socket's read: that read is spent once
  // the parser has run (the listener here comes after the parser's), and is released with it.
  // Off at the body's end, before the agent can hand the socket to a queued request, whose
  // parser would come after this listener.
  const socket = body.socket
  const releaseRead = (read: Buffer): void => release(read)
  const keepReads = (): void => void socket.off('data', releaseRead)
  socket.on('data', releaseRead)
  body.once('end', keepReads)
  let final: Error | undefined
  try {
    // Each chunk as the parser pushed it ('data' events; the stream pauses past 4 waiting):
    // reading the stream instead would join waiting chunks into new buffers, the originals left
    // to the collector, and only a chunk used whole can be released once it is on disk. The
    // signal ends the loop even where the body can no longer emit anything.
    const chunks = on(body, 'data', { close: ['end', 'close'], highWaterMark: 4, signal })
    for await (const [chunk] of chunks as AsyncIterable<[Buffer]>) {
      if (received.bytes + chunk.length > maxBytes) {
        final = new TransferError(
          `${redactUrl(url)} sent more than the ${maxBytes} bytes the artifact may have; cut`
        )
        throw final
      }
      try {
        await received.add(chunk)
      } catch (error) {
        final = error as Error
        throw error
      }
      release(chunk)
      stall.refresh()
      options.onProgress?.(received.bytes, total)
    }
  } catch (error) {
    if (final !== undefined) throw final
    if (options.signal?.aborted) throw error
    const reason: unknown = attempt.signal.reason
    if (reason instanceof RetryableError) throw reason
    throw broken(
      reason instanceof Stalled
        ? `no data for ${options.stallMs / 1000} s`
        : redactMessage((error as Error).message, url)
    )
  } finally {
    clearInterval(rateCheck)
    keepReads()
    // Left early (a refusal, a stall): the connection is not worth keeping.
    if (!body.readableEnded) discard(body)
  }
  if (!body.complete) throw broken('the connection closed before the end of the body')
}

/** Streams one signed URL to a file while hashing it (one attempt, no resume). */
export async function transferToFile(
  start: URL,
  options: TransferOptions & { file: string }
): Promise<TransferResult> {
  const sink = new FileSink(options.file)
  try {
    return await transferInto(start, new Received(sink), options)
  } finally {
    await sink.close()
  }
}
