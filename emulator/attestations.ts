// Artifact attestations: `GET /repos/{owner}/{repo}/attestations/{subject_digest}` on the API
// origin, and the bundles its `bundle_url`s point to on the second origin, snappy-compressed as
// GitHub stores them. Like the archive host, the second origin refuses an Authorization header.
import type { IncomingMessage, ServerResponse } from 'node:http'
import snappy from 'snappyjs'
import type { Context } from './context.ts'
import { answerFault } from './faults.ts'
import { recordRequest, send } from './http.ts'
import type { Repository } from './store.ts'

/**
 * Answers the list of one digest: 404 when there is none, as GitHub does. With API version
 * 2026-03-10 every entry has a `bundle_url` instead of its bundle; before it, the bundle is
 * inline unless the attestation was added `viaUrl`.
 */
export function listAttestations(
  ctx: Context,
  repo: Repository,
  digest: string,
  version: string | undefined,
  res: ServerResponse,
  headers: Record<string, string>
): void {
  const stored = repo.attestations.get(digest.toLowerCase()) ?? []
  if (stored.length === 0) return send(res, 404, { message: 'Not Found' }, headers)
  const urlOnly = version === '2026-03-10'
  const attestations = stored.map((a, index) => {
    const bundle_url = `${ctx.origins.blob}/attestations/${repo.id}/${encodeURIComponent(digest)}/${index}`
    return a.viaUrl || urlOnly
      ? { bundle: null, repository_id: repo.id, bundle_url }
      : { bundle: a.bundle, repository_id: repo.id, bundle_url }
  })
  return send(res, 200, { attestations }, headers)
}

/** Serves `/attestations/{repository id}/{digest}/{index}` on the second origin; false for other paths. */
export function serveBundle(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL
): boolean {
  const m = /^\/attestations\/(\d+)\/([^/]+)\/(\d+)$/.exec(url.pathname)
  if (!m) return false
  const record = recordRequest(ctx.requests, 'blob', req, res, url, url.pathname)
  const fault = ctx.faults.take(record, 'blob')
  if (fault?.kind === 'hang') return true
  if (fault) {
    answerFault(res, fault)
    return true
  }
  if (req.headers['authorization'] !== undefined) {
    send(res, 400, {
      code: 'InvalidAuthenticationInfo',
      message: 'Authentication information is not given in the correct format.'
    })
    return true
  }
  const repo = ctx.repositories.all().find(r => r.id === Number(m[1]))
  const stored = repo?.attestations.get(decodeURIComponent(m[2]))?.[Number(m[3])]
  if (!stored) {
    send(res, 404, { code: 'BlobNotFound', message: 'The specified blob does not exist.' })
    return true
  }
  const body = Buffer.from(snappy.compress(Buffer.from(JSON.stringify(stored.bundle))))
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(body.length)
  })
  res.end(body)
  return true
}
