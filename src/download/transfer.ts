import { HttpClient } from '@actions/http-client'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ChunkCollector } from './memory.js'

/** How one archive is fetched. */
export interface TransferOptions {
  /**
   * Asks the API for a fresh short-lived URL. Called once per attempt: the URLs expire after a
   * minute, so a retry never reuses one. Its errors (404, 410, 403) end the transfer at once.
   */
  getUrl: () => Promise<URL>
  /** Where the bytes go; overwritten on each attempt. */
  file: string
  /** Attempts in all (default 4). */
  attempts?: number
  /** Give up on an attempt after this long without a byte (default 30 s). */
  stallMs?: number
  /** Backoff before the second attempt, doubled for each later one (default 1 s). */
  backoffMs?: number
  /** Called as bytes arrive. */
  onProgress?: (received: number, total: number | undefined) => void
  /** Called before a retry, with what went wrong. */
  onRetry?: (attempt: number, reason: string) => void
}

/** What arrived. */
export interface TransferResult {
  /** Bytes written. */
  bytes: number
  /** sha256 of those bytes, hex. */
  sha256: string
  /** Attempts it took. */
  attempts: number
  /** Where the archive was served from: origin and path, never the signed query. */
  source: string
}

/** A transfer that failed for good. */
export class TransferError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransferError'
  }
}

/** A failure worth another attempt with a fresh URL. */
class RetryableError extends Error {}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** The URL without its query: signed URLs carry their credentials there. */
export function redactUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/**
 * An error message with the URL's query taken out wherever it appears: some errors quote the
 * request path (http-client's timeout does), and a signed URL's query is its credential.
 */
export function redactMessage(message: string, url: URL): string {
  return url.search === '' ? message : message.split(url.search).join('?[redacted]')
}

async function attemptTransfer(
  url: URL,
  options: TransferOptions,
  stallMs: number
): Promise<{ bytes: number; sha256: string }> {
  // No handlers, so no Authorization header: the token never reaches the storage host (which
  // would refuse it anyway), and http-client honours the runner's proxy settings.
  const http = new HttpClient('artifact-ops', undefined, {
    allowRetries: false,
    allowRedirects: true,
    maxRedirects: 5,
    keepAlive: false,
    socketTimeout: stallMs
  })
  let response
  try {
    response = await http.get(url.toString())
  } catch (error) {
    throw new RetryableError(
      `no answer from ${redactUrl(url)}: ${redactMessage((error as Error).message, url)}`
    )
  }
  const message = response.message
  const status = message.statusCode ?? 0
  if (status !== 200) {
    message.resume()
    const reason = `${redactUrl(url)} answered ${status}`
    // 403 is what storage says of an expired signature: a fresh URL may work.
    if (status >= 500 || status === 403 || status === 408 || status === 429) {
      throw new RetryableError(reason)
    }
    throw new TransferError(reason)
  }
  const lengthHeader = message.headers['content-length']
  const total = lengthHeader !== undefined ? Number(lengthHeader) : undefined
  const hash = createHash('sha256')
  const chunks = new ChunkCollector()
  let bytes = 0
  let stall: NodeJS.Timeout | undefined
  const armStall = (): void => {
    clearTimeout(stall)
    stall = setTimeout(
      () => message.destroy(new Error(`no data for ${Math.round(stallMs / 1000)} s`)),
      stallMs
    )
  }
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      bytes += chunk.length
      chunks.add(chunk.length)
      armStall()
      options.onProgress?.(bytes, total)
      callback(null, chunk)
    }
  })
  armStall()
  try {
    await pipeline(message, meter, createWriteStream(options.file))
  } catch (error) {
    throw new RetryableError(
      `transfer from ${redactUrl(url)} broke after ${bytes} bytes: ${redactMessage((error as Error).message, url)}`
    )
  } finally {
    clearTimeout(stall)
  }
  // A connection that closes early can end the stream without an error: count the bytes.
  if (total !== undefined && bytes !== total) {
    throw new RetryableError(
      `transfer from ${redactUrl(url)} ended after ${bytes} of ${total} bytes`
    )
  }
  return { bytes, sha256: hash.digest('hex') }
}

/**
 * Streams an archive to a file while hashing it, with a fresh URL and backoff for each retry.
 * Memory stays flat whatever the size; a short read is never reported as success.
 */
export async function transferToFile(options: TransferOptions): Promise<TransferResult> {
  const attempts = Math.max(1, options.attempts ?? 4)
  const stallMs = options.stallMs ?? 30_000
  const backoffMs = options.backoffMs ?? 1000
  let lastReason = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      options.onRetry?.(attempt, lastReason)
      await sleep(backoffMs * 2 ** (attempt - 2))
    }
    const url = await options.getUrl()
    try {
      const result = await attemptTransfer(url, options, stallMs)
      return { ...result, attempts: attempt, source: redactUrl(url) }
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error
      lastReason = error.message
    }
  }
  throw new TransferError(`gave up after ${attempts} attempts; the last: ${lastReason}`)
}
