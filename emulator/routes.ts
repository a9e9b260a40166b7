// The API origin: authentication, version header, rate limits, faults, and the documented
// endpoints (artifacts, workflow runs, pulls) under the mode's path prefix.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ArchiveHost } from './archive-host.ts'
import type { Context } from './context.ts'
import { answerFault } from './faults.ts'
import { type RecordedRequest, recordRequest, send, sleep } from './http.ts'
import type { Repository, StoredArtifact, StoredRun } from './store.ts'

const NOT_FOUND = { message: 'Not Found' }

const newestFirst = (a: { id: number }, b: { id: number }): number => b.id - a.id

/** `per_page` (1 to 100, default 30) and `page` (from 1) of a listing. */
export function paging(url: URL): { perPage: number; page: number } {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30))
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  return { perPage, page }
}

/** The Link header of one page of a listing, its URLs on `origin`. */
export function linkHeader(
  origin: string,
  url: URL,
  page: number,
  perPage: number,
  total: number
): Record<string, string> {
  const last = Math.max(1, Math.ceil(total / perPage))
  const link = (p: number, rel: string): string => {
    const next = new URL(url.toString())
    next.searchParams.set('page', String(p))
    next.searchParams.set('per_page', String(perPage))
    return `<${origin}${next.pathname}${next.search}>; rel="${rel}"`
  }
  const parts = []
  if (page > 1) parts.push(link(page - 1, 'prev'))
  if (page < last) parts.push(link(page + 1, 'next'))
  if (page < last) parts.push(link(last, 'last'))
  if (page > 1) parts.push(link(1, 'first'))
  return parts.length ? { link: parts.join(', ') } : {}
}

/** The request listener of the API origin. */
export function createApi(
  ctx: Context,
  archive: ArchiveHost
): (req: IncomingMessage, res: ServerResponse) => void {
  const { traits } = ctx

  function artifactJson(repo: Repository, a: StoredArtifact): Record<string, unknown> {
    const base = `${ctx.origins.api}${traits.prefix}/repos/${repo.owner}/${repo.name}/actions/artifacts/${a.id}`
    const run = a.runId !== null ? repo.runs.get(a.runId) : undefined
    const json: Record<string, unknown> = {
      id: a.id,
      node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size,
      url: base,
      archive_download_url: `${base}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      expires_at: a.expiresAt,
      updated_at: a.createdAt
    }
    if (traits.digest === 'value') json['digest'] = a.digest
    if (traits.digest === 'null') json['digest'] = null
    json['workflow_run'] = run
      ? {
          id: run.id,
          repository_id: repo.id,
          head_repository_id: run.headRepositoryId,
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      : null
    return json
  }

  function runJson(repo: Repository, run: StoredRun): Record<string, unknown> {
    return {
      id: run.id,
      name: repo.workflows.get(run.workflowId)?.name ?? 'CI',
      workflow_id: run.workflowId,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      created_at: run.createdAt,
      repository: { id: repo.id, full_name: `${repo.owner}/${repo.name}` },
      head_repository: { id: run.headRepositoryId }
    }
  }

  function sendPage(
    res: ServerResponse,
    url: URL,
    items: unknown[],
    key: string,
    headers: Record<string, string>
  ): void {
    const { perPage, page } = paging(url)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    send(
      res,
      200,
      { total_count: items.length, [key]: slice },
      { ...headers, ...linkHeader(ctx.origins.api, url, page, perPage, items.length) }
    )
  }

  function handle(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest) {
    const method = record.method
    const path = record.path

    if (ctx.limits.secondary(record, res)) return

    const fault = ctx.faults.take(record, 'api')
    if (fault) return answerFault(res, fault)

    const auth = req.headers['authorization'] ?? ''
    const match = /^(?:token|bearer)\s+(.+)$/i.exec(String(auth))
    if (!match || match[1] !== ctx.token) {
      return send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest'
      })
    }

    const version = req.headers['x-github-api-version']
    if (traits.versions && version !== undefined && !traits.versions.includes(String(version))) {
      return send(res, 400, {
        message: `Unsupported 'X-GitHub-Api-Version' header: '${version}'. Supported versions: ${traits.versions.join(', ')}.`
      })
    }

    if (ctx.limits.primary(res)) return
    const headers = ctx.limits.headers()

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path)
    if (!repoMatch) return send(res, 404, NOT_FOUND, headers)
    const repo = ctx.repository
    if (
      repoMatch[1].toLowerCase() !== repo.owner.toLowerCase() ||
      repoMatch[2].toLowerCase() !== repo.name.toLowerCase()
    ) {
      return send(res, 404, NOT_FOUND, headers)
    }
    const rest = repoMatch[3]
    const name = traits.nameFilter ? url.searchParams.get('name') : null

    let m
    if (method === 'GET' && rest === '/actions/artifacts') {
      const items = repo
        .liveArtifacts()
        .filter(a => name === null || a.name === name)
        .sort(newestFirst)
        .map(a => artifactJson(repo, a))
      return sendPage(res, url, items, 'artifacts', headers)
    }
    if (method === 'GET' && (m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest))) {
      const runId = Number(m[1])
      if (!repo.runs.has(runId)) return send(res, 404, NOT_FOUND, headers)
      const items = repo
        .liveArtifacts()
        .filter(a => a.runId === runId && (name === null || a.name === name))
        .sort(newestFirst)
      if (traits.direction && url.searchParams.get('direction') === 'asc') items.reverse()
      return sendPage(
        res,
        url,
        items.map(a => artifactJson(repo, a)),
        'artifacts',
        headers
      )
    }
    if ((m = /^\/actions\/artifacts\/(\d+)$/.exec(rest))) {
      const artifact = repo.artifacts.get(Number(m[1]))
      if (!artifact || artifact.deleted) return send(res, 404, NOT_FOUND, headers)
      if (method === 'GET') return send(res, 200, artifactJson(repo, artifact), headers)
      if (method === 'DELETE') {
        if (ctx.permission === 'read') {
          return send(
            res,
            403,
            {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/actions/artifacts#delete-an-artifact'
            },
            headers
          )
        }
        artifact.deleted = true
        return send(res, 204, undefined, headers)
      }
    }
    if (method === 'GET' && (m = /^\/actions\/artifacts\/(\d+)\/([^/]+)$/.exec(rest))) {
      const artifact = repo.artifacts.get(Number(m[1]))
      if (!artifact || artifact.deleted || m[2] !== 'zip') {
        return send(res, 404, NOT_FOUND, headers)
      }
      if (artifact.expired) return send(res, 410, { message: 'Artifact has expired' }, headers)
      res.writeHead(302, {
        location: archive.signedUrl(artifact.id),
        'content-length': '0',
        ...headers
      })
      return res.end()
    }
    if (method === 'GET' && (m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
      const key = decodeURIComponent(m[1])
      const workflow = [...repo.workflows.values()].find(
        w => String(w.id) === key || w.path === `.github/workflows/${key}`
      )
      if (!workflow) return send(res, 404, NOT_FOUND, headers)
      const q = url.searchParams
      const items = [...repo.runs.values()]
        .filter(
          r =>
            r.workflowId === workflow.id &&
            (!q.get('branch') || r.headBranch === q.get('branch')) &&
            (!q.get('event') || r.event === q.get('event')) &&
            (!q.get('head_sha') || r.headSha === q.get('head_sha')) &&
            (!q.get('status') || r.conclusion === q.get('status') || r.status === q.get('status'))
        )
        .sort(newestFirst)
        .map(r => runJson(repo, r))
      return sendPage(res, url, items, 'workflow_runs', headers)
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = repo.pulls.get(Number(m[1]))
      if (!pull) return send(res, 404, NOT_FOUND, headers)
      return send(
        res,
        200,
        {
          number: pull.number,
          state: 'open',
          head: {
            ref: pull.headRef,
            sha: pull.headSha,
            repo: { id: pull.headRepositoryId }
          },
          base: { ref: 'main', repo: { id: repo.id } }
        },
        headers
      )
    }
    return send(res, 404, NOT_FOUND, headers)
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator')
    let path = url.pathname
    if (traits.prefix) {
      if (!path.startsWith(`${traits.prefix}/`)) return send(res, 404, NOT_FOUND)
      path = path.slice(traits.prefix.length)
    }
    if (path.startsWith('/_blob/')) {
      return archive.serve(req, res, url, path.slice('/_blob'.length), 'api')
    }
    const record = recordRequest(ctx.requests, 'api', req, res, url, path)
    ctx.limits.arrive(record, res)
    req.resume()
    req.on('end', () => {
      void (async () => {
        if (ctx.latencyMs) await sleep(ctx.latencyMs)
        handle(req, res, url, record)
      })()
    })
  }
}
