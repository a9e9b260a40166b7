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

/** Options of one transfer. */
export interface TransferOptions {
  /** Longest wait for the headers or a chunk. */
  stallMs?: number
  /** No retry past it: it would be as long again. */
  maxBytes?: number
  /** Slower fails the attempt: a trickle never trips the stall timer. */
  minRate?: { bytes: number; windowMs: number }
  /** For tests, whose API is on http. */
  allowHttp?: boolean
  /** Ends the transfer when aborted. */
  signal?: AbortSignal
  /** Called as bytes arrive. */
  onProgress?: (received: number, total: number | undefined) => void
  /** A range request got the whole archive, or the wrong part. */
  onRestart?: (reason: string) => void
}

/** What arrived. */
export interface TransferResult {
  /** Over every attempt. */
  bytes: number
  /** Hex. */
  sha256: string
  /** No query: it is a credential. */
  source: string
}

/** Not worth another attempt. */
export class TransferError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransferError'
  }
}

/** Kept across attempts: the next asks only for the rest. */
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

  /** Hex. */
  sha256(): string {
    return this.hash.copy().digest('hex')
  }
}

/** Not drained: a hostile host could send for ever. */
function discard(body: Readable): void {
  body.on('error', () => undefined).destroy()
}

/** Storage redirects once or twice. */
const MAX_REDIRECTS = 5

export const MIN_RATE = { bytes: 64 * 1024, windowMs: 60_000 }

/** For a listing that rounds or lags; never enough to fill a disk. */
export const ARCHIVE_SIZE_MARGIN = 64 * 1024

/** Never a storage answer's `file:` Location. */
export function checkArchiveUrl(url: URL, allowHttp: boolean): void {
  if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) return
  throw new TransferError(
    `refusing to fetch the archive from a ${url.protocol} URL${url.host ? ` on ${url.host}` : ''}: only https${allowHttp ? ' or http' : ''} is followed`
  )
}

/** Errors may quote the query, encoded or not. */
export function redactMessage(message: string, url: URL): string {
  let decoded = url.search
  try {
    decoded = decodeURIComponent(url.search)
  } catch {
    // Malformed: only the encoded form.
  }
  const queries = [url.search, decoded].filter(q => q.length > 1)
  let redacted = message
  for (const query of queries) redacted = redacted.split(query).join('?[redacted]')
  return redactUrls(redacted)
}

class Stalled extends Error {}

/** `bytes START-END/SIZE`, SIZE maybe `*`. */
export function parseContentRange(
  header: string | string[] | undefined
): { start: number; end: number; size: number | undefined } | undefined {
  const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(header ?? '').trim())
  if (!m) return undefined
  return { start: Number(m[1]), end: Number(m[2]), size: m[3] === '*' ? undefined : Number(m[3]) }
}

/** Per scheme: a client keeps its first plain agent for every later URL. */
const agents = { 'http:': new HttpClient('artifact-ops'), 'https:': new HttpClient('artifact-ops') }
export const agentFor = (url: URL): Agent =>
  agents[url.protocol as keyof typeof agents].getAgent(url.href)

/**
 * Hand-made: neither fetch nor http-client resumes with Range, caps a body or ends a trickle.
 * The token is never sent to the storage host.
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
            ? `no answer from ${printableUrl(url)} within ${stallMs / 1000} s`
            : `no answer from ${printableUrl(url)}: ${redactMessage((error as Error).message, url)}`
        )
      }
      stall.refresh()
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers['location'] !== undefined) {
        discard(response)
        if (hop >= MAX_REDIRECTS)
          throw new TransferError(`too many redirects from ${printableUrl(start)}`)
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
          const reason = `${printableUrl(url)} answered a request for the bytes from ${from} on with ${range ? `bytes ${range.start}-${range.end}` : 'no readable Content-Range'}; starting over`
          options.onRestart?.(reason)
          throw new RetryableError(reason)
        }
        offset = from
      } else if (from > 0 && (status === 200 || status === 416)) {
        // 416: the archive changed.
        await received.restart()
        const reason = `${printableUrl(url)} answered ${status} to a request for the bytes from ${from} on; starting over from the first byte`
        options.onRestart?.(reason)
        if (status === 416) {
          discard(response)
          throw new RetryableError(reason)
        }
      } else if (status !== 200) {
        discard(response)
        const reason = `${printableUrl(url)} answered ${status}`
        // 403: expired signature; a fresh URL cures it.
        if (status >= 500 || status === 403 || status === 408 || status === 429) {
          throw new RetryableError(reason)
        }
        throw new TransferError(reason)
      }
      const total = length !== undefined ? offset + length : undefined
      if (total !== undefined && total > maxBytes) {
        discard(response)
        throw new TransferError(
          `${printableUrl(url)} announces ${total} bytes, more than the ${maxBytes} the artifact may have; refused`
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
      return { bytes: received.bytes, sha256: received.sha256(), source: printableUrl(url) }
    } finally {
      clearTimeout(stall)
    }
  }
}

interface Attempt {
  /** By a stall or the minimum rate. */
  attempt: AbortController
  /** With the caller's. */
  signal: AbortSignal
  /** Restarted by every chunk. */
  stall: NodeJS.Timeout
}

/** Sinks each chunk before reading the next; whole only if the parser saw the end. */
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
      `transfer from ${printableUrl(url)} broke after ${received.bytes - first} bytes: ${why}`
    )
  // Closed already: nothing would end the loop.
  if (body.destroyed) throw broken('the connection closed before the body was read')
  let windowStart = first
  const rateCheck = setInterval(() => {
    if (received.bytes - windowStart < minRate.bytes) {
      attempt.abort(
        new RetryableError(
          `transfer from ${printableUrl(url)} slower than ${minRate.bytes} bytes in ${minRate.windowMs / 1000} s (${received.bytes - windowStart} bytes arrived); given up`
        )
      )
    }
    windowStart = received.bytes
  }, minRate.windowMs)
  // Freed once the parser copied it out; off before a queued request's parser.
  const socket = body.socket
  const releaseRead = (read: Buffer): void => release(read)
  const keepReads = (): void => void socket.off('data', releaseRead)
  socket.on('data', releaseRead)
  body.once('end', keepReads)
  let final: Error | undefined
  try {
    // 'data' events, each a chunk that can be released; the signal ends what the body cannot.
    const chunks = on(body, 'data', { close: ['end', 'close'], highWaterMark: 4, signal })
    for await (const [chunk] of chunks as AsyncIterable<[Buffer]>) {
      if (received.bytes + chunk.length > maxBytes) {
        final = new TransferError(
          `${printableUrl(url)} sent more than the ${maxBytes} bytes the artifact may have; cut`
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
    if (!body.readableEnded) discard(body)
  }
  if (!body.complete) throw broken('the connection closed before the end of the body')
}

/** To a file, in one attempt. */
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
