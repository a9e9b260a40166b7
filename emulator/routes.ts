// The API origin: authentication, version header, rate limits, faults, and the documented
// endpoints under the mode's path prefix: artifacts, workflow runs, pulls, tags and tag refs of
// each repository, and the repositories of an organisation or of the installation.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ArchiveHost } from './archive-host.ts'
import type { Context } from './context.ts'
import { listAttestations } from './attestations.ts'
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
          ...(ctx.omitHeadRepositoryId ? {} : { head_repository_id: run.headRepositoryId }),
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      : null
    return json
  }

  function runJson(repo: Repository, run: StoredRun): Record<string, unknown> {
    return {
      id: run.id,
      run_number: run.runNumber,
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

  const repoUrl = (repo: Repository): string =>
    `${ctx.origins.api}${traits.prefix}/repos/${repo.fullName}`

  function repositoryJson(repo: Repository): Record<string, unknown> {
    return {
      id: repo.id,
      node_id: Buffer.from(`Repository${repo.id}`).toString('base64'),
      name: repo.name,
      full_name: repo.fullName,
      private: false,
      owner: { login: repo.owner, type: 'Organization' },
      url: `${ctx.origins.api}${traits.prefix}/repos/${repo.fullName}`,
      fork: false,
      archived: repo.archived,
      disabled: repo.disabled
    }
  }

  /**
   * One page of `items` with its Link header: bare, or as `key` of an envelope with
   * `total_count` and `extra`.
   */
  function sendPage(
    res: ServerResponse,
    url: URL,
    items: unknown[],
    headers: Record<string, string>,
    key?: string,
    extra: Record<string, unknown> = {}
  ): void {
    const { perPage, page } = paging(url)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const body = key === undefined ? slice : { total_count: items.length, ...extra, [key]: slice }
    send(res, 200, body, {
      ...headers,
      ...linkHeader(ctx.origins.api, url, page, perPage, items.length)
    })
  }

  /** GET /orgs/{org}/repos: `sort` created (default) or full_name, `direction` as documented. */
  function orgRepos(res: ServerResponse, url: URL, org: string, headers: Record<string, string>) {
    const repos = ctx.repositories.all().filter(r => r.owner.toLowerCase() === org.toLowerCase())
    if (repos.length === 0) return send(res, 404, NOT_FOUND, headers)
    const byName = url.searchParams.get('sort') === 'full_name'
    if (byName) repos.sort((a, b) => a.fullName.localeCompare(b.fullName))
    else repos.sort(newestFirst)
    const direction = url.searchParams.get('direction') ?? (byName ? 'asc' : 'desc')
    if (direction !== (byName ? 'asc' : 'desc')) repos.reverse()
    return sendPage(res, url, repos.map(repositoryJson), headers)
  }

  function handle(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest) {
    const method = record.method
    const path = record.path

    if (ctx.limits.secondary(record, res)) return

    const fault = ctx.faults.take(record, 'api')
    if (fault?.kind === 'hang') return
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

    let m
    if (method === 'GET' && (m = /^\/orgs\/([^/]+)\/repos$/.exec(path))) {
      return orgRepos(res, url, m[1], headers)
    }
    if (method === 'GET' && path === '/installation/repositories') {
      const items = ctx.repositories.all().map(repositoryJson)
      return sendPage(res, url, items, headers, 'repositories', { repository_selection: 'all' })
    }

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path)
    if (!repoMatch) return send(res, 404, NOT_FOUND, headers)
    const repo = ctx.repositories.find(repoMatch[1], repoMatch[2])
    if (!repo) return send(res, 404, NOT_FOUND, headers)
    const rest = repoMatch[3] ?? ''
    if (method === 'GET' && rest === '') return send(res, 200, repositoryJson(repo), headers)
    const name = traits.nameFilter ? url.searchParams.get('name') : null

    if (method === 'GET' && rest === '/actions/artifacts') {
      const items = repo
        .liveArtifacts()
        .filter(a => name === null || a.name === name)
        .sort(newestFirst)
        .map(a => artifactJson(repo, a))
      return sendPage(res, url, items, headers, 'artifacts')
    }
    if (method === 'GET' && (m = /^\/actions\/runs\/(\d+)$/.exec(rest))) {
      const run = repo.runs.get(Number(m[1]))
      if (!run) return send(res, 404, NOT_FOUND, headers)
      return send(res, 200, runJson(repo, run), headers)
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
        headers,
        'artifacts'
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
      // GitHub sets `expired` lazily: an artifact past its expires_at is gone whatever it says.
      const pastExpiry = artifact.expiresAt !== null && Date.parse(artifact.expiresAt) <= Date.now()
      if (artifact.expired || pastExpiry) {
        return send(res, 410, { message: 'Artifact has expired' }, headers)
      }
      res.writeHead(302, {
        location: archive.signedUrl(artifact.id),
        'content-length': '0',
        ...headers
      })
      return res.end()
    }
    // A workflow's runs, or (without a workflow) every run of the repository.
    if (method === 'GET' && (m = /^\/actions\/(?:workflows\/([^/]+)\/)?runs$/.exec(rest))) {
      const key = m[1] === undefined ? undefined : decodeURIComponent(m[1])
      const workflow =
        key === undefined
          ? undefined
          : [...repo.workflows.values()].find(
              w => String(w.id) === key || w.path === `.github/workflows/${key}`
            )
      if (key !== undefined && !workflow) return send(res, 404, NOT_FOUND, headers)
      const q = url.searchParams
      const items = [...repo.runs.values()]
        .filter(
          r =>
            (workflow === undefined || r.workflowId === workflow.id) &&
            (!q.get('branch') || r.headBranch === q.get('branch')) &&
            (!q.get('event') || r.event === q.get('event')) &&
            (!q.get('head_sha') || r.headSha === q.get('head_sha')) &&
            (!q.get('status') || r.conclusion === q.get('status') || r.status === q.get('status'))
        )
        .sort(newestFirst)
        .map(r => runJson(repo, r))
      return sendPage(res, url, items, headers, 'workflow_runs')
    }
    // Tags, newest added first, each with the commit it leads to (an annotated one's too).
    if (method === 'GET' && rest === '/tags') {
      const items = [...repo.tags.values()].reverse().map(tag => ({
        name: tag.name,
        commit: { sha: tag.commit, url: `${repoUrl(repo)}/commits/${tag.commit}` },
        zipball_url: `${repoUrl(repo)}/zipball/refs/tags/${tag.name}`,
        tarball_url: `${repoUrl(repo)}/tarball/refs/tags/${tag.name}`,
        node_id: Buffer.from(`Tag${tag.name}`).toString('base64')
      }))
      return sendPage(res, url, items, headers)
    }
    // One exact ref (the plural /git/refs/ would match prefixes): tags only here.
    if (method === 'GET' && (m = /^\/git\/ref\/tags\/(.+)$/.exec(rest))) {
      const name = decodeURIComponent(m[1])
      const tag = repo.tags.get(name)
      if (!tag) return send(res, 404, NOT_FOUND, headers)
      const object =
        tag.objectSha !== null
          ? { type: 'tag', sha: tag.objectSha }
          : { type: tag.tree ? 'tree' : 'commit', sha: tag.commit }
      return send(
        res,
        200,
        {
          ref: `refs/tags/${name}`,
          node_id: Buffer.from(`Ref${name}`).toString('base64'),
          url: `${repoUrl(repo)}/git/refs/tags/${name}`,
          object: { ...object, url: `${repoUrl(repo)}/git/${object.type}s/${object.sha}` }
        },
        headers
      )
    }
    if (method === 'GET' && (m = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest))) {
      const sha = m[1]
      const tag = [...repo.tags.values()].find(t => t.objectSha === sha)
      if (!tag) return send(res, 404, NOT_FOUND, headers)
      const type = tag.tree ? 'tree' : 'commit'
      return send(
        res,
        200,
        {
          node_id: Buffer.from(`TagObject${tag.name}`).toString('base64'),
          tag: tag.name,
          sha: tag.objectSha,
          url: `${repoUrl(repo)}/git/tags/${tag.objectSha}`,
          message: `Release ${tag.name}`,
          tagger: { name: 'Octo', email: 'octo@example.com', date: '2026-01-01T00:00:00Z' },
          object: { type, sha: tag.commit, url: `${repoUrl(repo)}/git/${type}s/${tag.commit}` },
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
        },
        headers
      )
    }
    if (method === 'GET' && (m = /^\/attestations\/([^/]+)$/.exec(rest))) {
      const digest = decodeURIComponent(m[1])
      return listAttestations(ctx, repo, digest, version as string | undefined, res, headers)
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
            // A deleted fork's pull request keeps its head ref and sha, and loses its repo.
            repo: pull.headRepositoryId === null ? null : { id: pull.headRepositoryId }
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
      if (!path.startsWith(`${traits.prefix}/`)) {
        // Outside /api/v3 an Enterprise Server answers as a web site: an HTML page.
        const page = '<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>'
        res.writeHead(404, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': String(Buffer.byteLength(page))
        })
        return res.end(page)
      }
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
