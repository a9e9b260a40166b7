import { HttpClient } from '@actions/http-client'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { errors as undiciErrors, request } from 'undici'
import { printableUrl, redactUrls } from '../../shared/redact.js'
import { RetryableError } from '../../shared/retry.js'

/** How one archive is fetched from one signed URL. */
export interface TransferOptions {
  /** Where the bytes go; overwritten. */
  file: string
  /**
   * Give up on an attempt after this long without an answer's headers, or without a byte of
   * its body (default 30 s). undici's own timers: one mechanism for both.
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
}

/** What arrived. */
export interface TransferResult {
  /** Bytes written. */
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

function describeFailure(error: unknown, stallMs: number): string {
  if (error instanceof undiciErrors.BodyTimeoutError) return `no data for ${stallMs / 1000} s`
  return (error as Error).message
}

/**
 * Streams one signed URL to a file while hashing it. No Authorization header is ever sent: the
 * token never reaches the storage host (which would refuse it anyway). The runner's proxy
 * settings are honoured through http-client's dispatcher. Failures worth a fresh URL throw
 * RetryableError; a short read is never reported as success.
 */
export async function transferToFile(
  start: URL,
  options: TransferOptions
): Promise<TransferResult> {
  const stallMs = options.stallMs ?? 30_000
  const minRate = options.minRate ?? MIN_RATE
  const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER
  let url = start
  for (let hop = 0; ; hop++) {
    checkArchiveUrl(url, options.allowHttp ?? false)
    let response
    try {
      response = await request(url, {
        method: 'GET',
        headers: { 'user-agent': 'artifact-ops' },
        dispatcher: new HttpClient('artifact-ops').getAgentDispatcher(url.toString()),
        signal: options.signal,
        headersTimeout: stallMs,
        bodyTimeout: stallMs
      })
    } catch (error) {
      if (options.signal?.aborted) throw error
      throw new RetryableError(
        error instanceof undiciErrors.HeadersTimeoutError
          ? `no answer from ${redactUrl(url)} within ${stallMs / 1000} s`
          : `no answer from ${redactUrl(url)}: ${redactMessage((error as Error).message, url)}`
      )
    }
    const status = response.statusCode
    if (status >= 300 && status < 400 && response.headers['location'] !== undefined) {
      response.body.resume()
      if (hop >= MAX_REDIRECTS)
        throw new TransferError(`too many redirects from ${redactUrl(start)}`)
      url = new URL(String(response.headers['location']), url)
      continue
    }
    if (status !== 200) {
      response.body.resume()
      const reason = `${redactUrl(url)} answered ${status}`
      // 403 is what storage says of an expired signature: a fresh URL may work.
      if (status >= 500 || status === 403 || status === 408 || status === 429) {
        throw new RetryableError(reason)
      }
      throw new TransferError(reason)
    }
    const lengthHeader = response.headers['content-length']
    const total = lengthHeader !== undefined ? Number(lengthHeader) : undefined
    if (total !== undefined && total > maxBytes) {
      // Closed unread: a body announced this large is not worth reading to keep the connection.
      response.body.on('error', () => undefined).destroy()
      throw new TransferError(
        `${redactUrl(url)} announces ${total} bytes, more than the ${maxBytes} the artifact may have; refused`
      )
    }
    const hash = createHash('sha256')
    let bytes = 0
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (bytes + chunk.length > maxBytes) {
          callback(
            new TransferError(
              `${redactUrl(url)} sent more than the ${maxBytes} bytes the artifact may have; cut`
            )
          )
          return
        }
        hash.update(chunk)
        bytes += chunk.length
        options.onProgress?.(bytes, total)
        callback(null, chunk)
      }
    })
    const slow = new AbortController()
    let windowStart = 0
    const rateCheck = setInterval(() => {
      if (bytes - windowStart < minRate.bytes) {
        slow.abort(
          new RetryableError(
            `transfer from ${redactUrl(url)} slower than ${minRate.bytes} bytes in ${minRate.windowMs / 1000} s (${bytes - windowStart} bytes arrived); given up`
          )
        )
      }
      windowStart = bytes
    }, minRate.windowMs)
    try {
      await pipeline(response.body, meter, createWriteStream(options.file), {
        signal:
          options.signal === undefined
            ? slow.signal
            : AbortSignal.any([options.signal, slow.signal])
      })
    } catch (error) {
      if (options.signal?.aborted) throw error
      if (error instanceof TransferError) throw error
      if (slow.signal.aborted) throw slow.signal.reason as RetryableError
      throw new RetryableError(
        `transfer from ${redactUrl(url)} broke after ${bytes} bytes: ${redactMessage(describeFailure(error, stallMs), url)}`
      )
    } finally {
      clearInterval(rateCheck)
    }
    // A connection that closes early can end the stream without an error: count the bytes.
    if (total !== undefined && bytes !== total) {
      throw new RetryableError(
        `transfer from ${redactUrl(url)} ended after ${bytes} of ${total} bytes`
      )
    }
    return { bytes, sha256: hash.digest('hex'), source: redactUrl(url) }
  }
}
