import { HttpClient } from '@actions/http-client'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { errors as undiciErrors, request } from 'undici'
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

/** The URL without its query: signed URLs carry their credentials there. */
export function redactUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/**
 * An error message with the URL's query taken out wherever it appears: some errors quote the
 * request path, and a signed URL's query is its credential.
 */
export function redactMessage(message: string, url: URL): string {
  return url.search === '' ? message : message.split(url.search).join('?[redacted]')
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
  let url = start
  for (let hop = 0; ; hop++) {
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
    const hash = createHash('sha256')
    let bytes = 0
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk)
        bytes += chunk.length
        options.onProgress?.(bytes, total)
        callback(null, chunk)
      }
    })
    try {
      await pipeline(response.body, meter, createWriteStream(options.file), {
        signal: options.signal
      })
    } catch (error) {
      if (options.signal?.aborted) throw error
      throw new RetryableError(
        `transfer from ${redactUrl(url)} broke after ${bytes} bytes: ${redactMessage(describeFailure(error, stallMs), url)}`
      )
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
