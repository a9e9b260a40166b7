// The second origin, which serves archives at short-lived signed URLs. Like cloud storage it
// refuses any request that carries an Authorization header beside the signature, and answers a
// single byte range (`Range: bytes=N-`, `N-M` or `-N`) with 206 unless told to ignore ranges.
// In the modes whose archives come from the API's own host, the same handler answers under
// `/_blob/`.
import { createHmac, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { serveBundle } from './attestations.ts'
import { answerFault } from './faults.ts'
import type { Context } from './context.ts'
import { type Origin, recordRequest, send, sleep } from './http.ts'

/** How long a download URL lives. */
const URL_TTL_MS = 60_000

export interface ArchiveHost {
  /** A download URL for an artifact, valid for a minute as documented. */
  signedUrl(artifactId: number): string
  /** Answers an archive request that arrived on `origin` (path without prefix). */
  serve(req: IncomingMessage, res: ServerResponse, url: URL, path: string, origin: Origin): void
  /** The request listener of the second origin. */
  listener(req: IncomingMessage, res: ServerResponse): void
}

/** First and last byte (inclusive) of a part of an archive. */
export interface ByteRange {
  start: number
  end: number
}

/**
 * The part of `size` bytes a Range header asks for: a range, 'unsatisfiable' (answered 416), or
 * null for the whole archive (no header, or one this host ignores as HTTP allows: malformed,
 * several ranges, or a unit other than bytes).
 */
export function parseRange(
  header: string | undefined,
  size: number
): ByteRange | 'unsatisfiable' | null {
  if (header === undefined) return null
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return null
  if (m[1] === '') {
    const suffix = Number(m[2])
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(m[1])
  if (m[2] !== '' && Number(m[2]) < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end: m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1) }
}

async function readSlice(file: string, start: number, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  if (bytes <= 0) return Buffer.alloc(0)
  for await (const chunk of createReadStream(file, { start, end: start + bytes - 1 })) {
    chunks.push(chunk as Buffer)
    total += (chunk as Buffer).length
  }
  return Buffer.concat(chunks, total)
}

export function createArchiveHost(ctx: Context): ArchiveHost {
  const secret = randomBytes(16)
  const sign = (id: string, exp: string): string =>
    createHmac('sha256', secret).update(`${id}:${exp}`).digest('hex')

  function signedUrl(artifactId: number): string {
    const exp = String(Date.now() + URL_TTL_MS)
    const path = `/blobs/${artifactId}/artifact.zip?exp=${exp}&sig=${sign(String(artifactId), exp)}`
    return ctx.traits.sameHostBlobs
      ? `${ctx.traits.prefix}/_blob${path}`
      : `${ctx.origins.blob}${path}`
  }

  function serve(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    path: string,
    origin: Origin
  ): void {
    const record = recordRequest(ctx.requests, 'blob', req, res, url, path)
    void (async () => {
      if (ctx.blobLatencyMs) await sleep(ctx.blobLatencyMs)
      const m = /^\/blobs\/(\d+)\/artifact\.zip$/.exec(path)
      const artifact = m ? ctx.repositories.findArtifact(Number(m[1])) : undefined
      // Cloud storage refuses a second form of authentication beside the signature. The
      // same-host archive route of Enterprise Server needs none either.
      if (req.headers['authorization'] !== undefined && origin === 'blob') {
        return send(res, 400, {
          code: 'InvalidAuthenticationInfo',
          message: 'Authentication information is not given in the correct format.'
        })
      }
      const exp = url.searchParams.get('exp') ?? ''
      const sig = url.searchParams.get('sig') ?? ''
      const expected = m ? sign(m[1], exp) : ''
      if (!artifact || artifact.deleted || sig !== expected) {
        return send(res, 403, { code: 'AuthenticationFailed', message: 'Signature did not match.' })
      }
      if (Date.now() > Number(exp)) {
        return send(res, 403, {
          code: 'AuthenticationFailed',
          message: 'Signed expiry time has passed.'
        })
      }
      const fault = ctx.faults.take(record, 'blob')
      if (fault && (fault.kind === undefined || fault.kind === 'reset')) {
        return answerFault(res, fault)
      }
      if (fault?.kind === 'hang') return
      const size = artifact.size
      const range = ctx.ignoreRanges ? null : parseRange(req.headers.range, size)
      if (range === 'unsatisfiable') {
        return send(
          res,
          416,
          {
            code: 'InvalidRange',
            message: 'The range specified is invalid for the current size of the resource.'
          },
          { 'content-range': `bytes */${size}` }
        )
      }
      const start = range?.start ?? 0
      const length = range ? range.end - range.start + 1 : size
      res.writeHead(range ? 206 : 200, {
        'content-type': 'application/zip',
        'content-length': String(length),
        ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${size}` } : {}),
        ...(ctx.ignoreRanges ? {} : { 'accept-ranges': 'bytes' })
      })
      if (fault && (fault.kind === 'truncate' || fault.kind === 'stall')) {
        const cut = Math.floor(length * (fault.fraction ?? 0.5))
        const source = artifact.content
          ? artifact.content.subarray(start, start + cut)
          : await readSlice(artifact.file ?? '', start, cut)
        record.bodyBytes = source.length
        // Cut once the part is on its way, so the client receives exactly `fraction` of it.
        res.write(source, () => {
          if (fault.kind === 'truncate') setTimeout(() => res.socket?.destroy(), 20)
        })
        // stall: leave the response open until the client gives up.
        return
      }
      if (artifact.content) {
        record.bodyBytes = length
        return res.end(range ? artifact.content.subarray(start, start + length) : artifact.content)
      }
      if (artifact.file && length > 0) {
        const stream = createReadStream(artifact.file, { start, end: start + length - 1 })
        record.bodyBytes = 0
        stream.on('data', chunk => (record.bodyBytes = (record.bodyBytes ?? 0) + chunk.length))
        stream.pipe(res)
        res.on('close', () => stream.destroy())
        return
      }
      res.end()
    })()
  }

  return {
    signedUrl,
    serve,
    listener(req, res) {
      const url = new URL(req.url ?? '/', 'http://emulator')
      if (serveBundle(ctx, req, res, url)) return
      serve(req, res, url, url.pathname, 'blob')
    }
  }
}
