// A GitHub Actions artifacts API on 127.0.0.1, for tests, `npm run demo` and `npm run bench`.
//
// It speaks the five artifact endpoints as GitHub documents them for github.com, Enterprise Cloud
// and Enterprise Server (shared/api-docs), plus the workflow-runs and pulls endpoints the action
// uses. Archives are served from a second origin (another port) that, like cloud storage, rejects
// any request carrying an Authorization header. Every request is recorded.
import { createHash, createHmac, randomBytes } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'

/**
 * @typedef {'dotcom' | 'ghec' | 'ghes-3.21' | 'ghes-eol' | 'ghes-older'} Mode
 *
 * @typedef {object} ModeTraits
 * @property {string} prefix       path prefix of the API
 * @property {boolean} nameFilter  whether `?name=` is honoured
 * @property {boolean} direction   whether the run listing honours `?direction=`
 * @property {'value' | 'null' | 'absent'} digest  how `digest` appears
 * @property {string[] | null} versions  accepted X-GitHub-Api-Version values (null: header ignored)
 * @property {boolean} rateLimitHeaders  whether rate-limit headers are sent by default
 * @property {boolean} sameHostBlobs     whether archives are served from the API's own host
 */

/** @type {ModeTraits} github.com and Enterprise Cloud document the same endpoint behaviour. */
const CLOUD = {
  prefix: '',
  nameFilter: true,
  direction: true,
  digest: 'value',
  versions: ['2022-11-28', '2026-03-10'],
  rateLimitHeaders: true,
  sameHostBlobs: false
}

/** @type {Record<Mode, ModeTraits>} */
export const MODES = {
  dotcom: CLOUD,
  ghec: CLOUD,
  'ghes-3.21': {
    prefix: '/api/v3',
    nameFilter: true,
    direction: true,
    digest: 'null',
    versions: ['2022-11-28', '2026-03-10'],
    rateLimitHeaders: false,
    sameHostBlobs: true
  },
  'ghes-eol': {
    prefix: '/api/v3',
    nameFilter: true,
    direction: false,
    digest: 'absent',
    versions: ['2022-11-28'],
    rateLimitHeaders: false,
    sameHostBlobs: true
  },
  'ghes-older': {
    prefix: '/api/v3',
    nameFilter: false,
    direction: false,
    digest: 'absent',
    versions: null,
    rateLimitHeaders: false,
    sameHostBlobs: false
  }
}

export const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

/**
 * @typedef {object} EmulatorOptions
 * @property {Mode} [mode]            which product and version to speak as (default dotcom)
 * @property {string} [owner]
 * @property {string} [repo]
 * @property {string} [token]         the one token accepted
 * @property {'read' | 'write'} [permission]  what the token may do (default write)
 * @property {number} [latencyMs]     delay before each API answer
 * @property {number} [blobLatencyMs] delay before each archive answer
 * @property {boolean} [rateLimitHeaders]  override the mode's default
 * @property {number} [rateLimit]     requests an hour (default 5000)
 * @property {number} [rateRemaining] requests left now (default rateLimit)
 * @property {number} [rateResetSeconds]  seconds until the hour resets (default 3600)
 * @property {{ minWriteIntervalMs: number, retryAfterSeconds: number } | null} [secondaryLimit]
 *   answer writes that arrive sooner than this after the last one ended, or while one is in
 *   flight, with a secondary rate limit
 * @property {boolean} [sameHostBlobs]  override the mode's default
 * @property {number} [urlTtlMs]      how long a download URL lives (default 60 s)
 */

/**
 * @typedef {object} StoredArtifact
 * @property {number} id
 * @property {string} name
 * @property {number} size
 * @property {string} createdAt
 * @property {string | null} expiresAt
 * @property {boolean} expired
 * @property {string | null} digest
 * @property {Buffer | null} content
 * @property {string | null} file
 * @property {number | null} runId
 * @property {boolean} deleted
 * @property {boolean} noRun   the artifact lists `workflow_run: null`
 */

/**
 * @typedef {object} StoredRun
 * @property {number} id
 * @property {number} workflowId
 * @property {string} headBranch
 * @property {string} headSha
 * @property {string} event
 * @property {string} status
 * @property {string | null} conclusion
 * @property {number} headRepositoryId
 * @property {string} createdAt
 */

/**
 * @typedef {object} Fault
 * @property {'api' | 'blob'} [target]   which origin (default api)
 * @property {string} [method]
 * @property {RegExp | string} [path]    matched against the path without prefix and query
 * @property {number} [skip]             let this many matching requests through first
 * @property {number} [times]            inject this many times (default 1)
 * @property {number} [status]           answer with this status
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body]            JSON body of the answer
 * @property {'status' | 'reset' | 'truncate' | 'stall' | 'hang'} [kind]
 *   reset: close the socket at once; truncate: send part of the archive then close;
 *   stall: send part of the archive then nothing; hang: answer nothing at all
 * @property {number} [fraction]         truncate and stall: share of the body sent first
 * @property {number} [hits]             how many times it was injected (kept by the emulator)
 */

/**
 * @typedef {object} RecordedRequest
 * @property {'api' | 'blob'} origin
 * @property {string} method
 * @property {string} path   without prefix and query
 * @property {URLSearchParams} query
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {number} at     Date.now() on arrival
 * @property {number} [endedAt]
 * @property {number} [status]
 * @property {number} [concurrentWrites]  writes already in flight when this write arrived
 */

const sleep = (/** @type {number} */ ms) => new Promise(resolve => setTimeout(resolve, ms))

/** The sha256 digest of a buffer, as the API spells it. */
export function digestOf(/** @type {Buffer} */ buffer) {
  return `sha256:${createHash('sha256').update(buffer).digest('hex')}`
}

/**
 * Starts the emulator on two random ports of 127.0.0.1.
 * @param {EmulatorOptions} [options]
 */
export async function startEmulator(options = {}) {
  const mode = options.mode ?? 'dotcom'
  const traits = MODES[mode]
  if (!traits) throw new Error(`unknown emulator mode ${mode}`)
  const owner = options.owner ?? 'octo-org'
  const repoName = options.repo ?? 'octo-repo'
  const token = options.token ?? 'emulator-token'
  const repositoryId = 1296269
  const secret = randomBytes(16)
  const sameHostBlobs = options.sameHostBlobs ?? traits.sameHostBlobs
  const sendRateHeaders = options.rateLimitHeaders ?? traits.rateLimitHeaders

  /** @type {Map<number, StoredArtifact>} */
  const artifacts = new Map()
  /** @type {Map<number, StoredRun>} */
  const runs = new Map()
  /** @type {Map<number, { id: number, path: string, name: string }>} */
  const workflows = new Map()
  /** @type {Map<number, { number: number, headRef: string, headSha: string, headRepositoryId: number }>} */
  const pulls = new Map()
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Fault[]} */
  const faults = []
  let nextArtifactId = 1000
  let nextRunId = 5000

  const rate = {
    limit: options.rateLimit ?? 5000,
    remaining: options.rateRemaining ?? options.rateLimit ?? 5000,
    resetAt: Math.floor(Date.now() / 1000) + (options.rateResetSeconds ?? 3600),
    secondaryAnswers: 0,
    primaryAnswers: 0
  }
  const writes = { inFlight: 0, lastEnd: 0 }

  let apiOrigin = ''
  let blobOrigin = ''

  // ---- data ---------------------------------------------------------------------------------

  /**
   * Adds a workflow run.
   * @param {Partial<{ id: number, workflowId: number, headBranch: string, headSha: string,
   *   event: string, conclusion: string | null, status: string, fork: boolean, createdAt: string }>} [spec]
   */
  function addRun(spec = {}) {
    const id = spec.id ?? nextRunId++
    nextRunId = Math.max(nextRunId, id + 1)
    /** @type {StoredRun} */
    const run = {
      id,
      workflowId: spec.workflowId ?? 1,
      headBranch: spec.headBranch ?? 'main',
      headSha: spec.headSha ?? createHash('sha1').update(`run-${id}`).digest('hex'),
      event: spec.event ?? 'push',
      status: spec.status ?? 'completed',
      conclusion: spec.conclusion === undefined ? 'success' : spec.conclusion,
      headRepositoryId: spec.fork ? repositoryId + 1 : repositoryId,
      createdAt: spec.createdAt ?? new Date().toISOString()
    }
    runs.set(id, run)
    return run
  }

  /**
   * Adds a workflow (runs refer to it by workflowId).
   * @param {{ id: number, file: string, name?: string }} spec
   */
  function addWorkflow(spec) {
    const workflow = {
      id: spec.id,
      path: `.github/workflows/${spec.file}`,
      name: spec.name ?? spec.file
    }
    workflows.set(spec.id, workflow)
    return workflow
  }

  /**
   * Adds a pull request.
   * @param {{ number: number, headRef: string, headSha: string, fork?: boolean }} spec
   */
  function addPull(spec) {
    pulls.set(spec.number, {
      number: spec.number,
      headRef: spec.headRef,
      headSha: spec.headSha,
      headRepositoryId: spec.fork ? repositoryId + 1 : repositoryId
    })
  }

  /**
   * Adds an artifact. Its run is created when `runId` names none yet.
   * @param {Partial<{ id: number, name: string, content: Buffer, file: string, size: number,
   *   createdAt: string | Date, expired: boolean, expiresAt: string | null, digest: string | null,
   *   runId: number, headBranch: string, headSha: string, workflowId: number, event: string,
   *   conclusion: string | null, fork: boolean, noRun: boolean }>} [spec]
   */
  function addArtifact(spec = {}) {
    const id = spec.id ?? nextArtifactId++
    nextArtifactId = Math.max(nextArtifactId, id + 1)
    const createdAt =
      spec.createdAt instanceof Date
        ? spec.createdAt.toISOString()
        : (spec.createdAt ?? new Date().toISOString())
    let runId = spec.runId ?? null
    if (!spec.noRun && (runId === null || !runs.has(runId))) {
      runId = addRun({
        ...(runId !== null ? { id: runId } : {}),
        headBranch: spec.headBranch,
        headSha: spec.headSha,
        workflowId: spec.workflowId,
        event: spec.event,
        conclusion: spec.conclusion,
        fork: spec.fork,
        createdAt
      }).id
    }
    const content = spec.content ?? null
    const file = spec.file ?? null
    const size = spec.size ?? (content ? content.length : file ? statSync(file).size : 0)
    /** @type {StoredArtifact} */
    const artifact = {
      id,
      name: spec.name ?? `artifact-${id}`,
      size,
      createdAt,
      expiresAt:
        spec.expiresAt !== undefined
          ? spec.expiresAt
          : new Date(Date.parse(createdAt) + 90 * 86_400_000).toISOString(),
      expired: spec.expired ?? false,
      digest: spec.digest !== undefined ? spec.digest : content ? digestOf(content) : null,
      content,
      file,
      runId: spec.noRun ? null : runId,
      deleted: false,
      noRun: spec.noRun ?? false
    }
    artifacts.set(id, artifact)
    return artifact
  }

  /** @param {StoredArtifact} a */
  function artifactJson(a) {
    const base = `${apiOrigin}${traits.prefix}/repos/${owner}/${repoName}/actions/artifacts/${a.id}`
    const run = a.runId !== null ? runs.get(a.runId) : undefined
    /** @type {Record<string, unknown>} */
    const json = {
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
          repository_id: repositoryId,
          head_repository_id: run.headRepositoryId,
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      : null
    return json
  }

  /** @param {StoredRun} run */
  function runJson(run) {
    return {
      id: run.id,
      name: workflows.get(run.workflowId)?.name ?? 'CI',
      workflow_id: run.workflowId,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      created_at: run.createdAt,
      repository: { id: repositoryId, full_name: `${owner}/${repoName}` },
      head_repository: { id: run.headRepositoryId }
    }
  }

  const newestFirst = (/** @type {{ id: number }} */ a, /** @type {{ id: number }} */ b) =>
    b.id - a.id

  // ---- http plumbing ------------------------------------------------------------------------

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} [body]
   * @param {Record<string, string>} [headers]
   */
  function send(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'content-length': String(Buffer.byteLength(text)),
      ...headers
    })
    res.end(text)
  }

  /**
   * @param {RecordedRequest} record
   * @param {'api' | 'blob'} target
   */
  function takeFault(record, target) {
    for (const fault of faults) {
      if ((fault.target ?? 'api') !== target) continue
      if (fault.method && fault.method !== record.method) continue
      if (fault.path) {
        const ok =
          typeof fault.path === 'string' ? fault.path === record.path : fault.path.test(record.path)
        if (!ok) continue
      }
      if ((fault.skip ?? 0) > 0) {
        fault.skip = (fault.skip ?? 0) - 1
        continue
      }
      if ((fault.hits ?? 0) >= (fault.times ?? 1)) continue
      fault.hits = (fault.hits ?? 0) + 1
      return fault
    }
    return undefined
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {Fault} fault
   */
  function answerFault(res, fault) {
    if (fault.kind === 'reset') {
      res.socket?.destroy()
      return
    }
    send(res, fault.status ?? 500, fault.body ?? { message: 'Server Error' }, fault.headers ?? {})
  }

  /** @returns {Record<string, string>} */
  function rateHeaders() {
    if (!sendRateHeaders) return {}
    return {
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(Math.max(0, rate.remaining)),
      'x-ratelimit-reset': String(rate.resetAt),
      'x-ratelimit-used': String(rate.limit - Math.max(0, rate.remaining)),
      'x-ratelimit-resource': 'core'
    }
  }

  /**
   * @param {URL} url
   * @param {number} page
   * @param {number} perPage
   * @param {number} total
   * @returns {Record<string, string>}
   */
  function linkHeader(url, page, perPage, total) {
    const last = Math.max(1, Math.ceil(total / perPage))
    /** @param {number} p @param {string} rel */
    const link = (p, rel) => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(p))
      next.searchParams.set('per_page', String(perPage))
      return `<${apiOrigin}${next.pathname}${next.search}>; rel="${rel}"`
    }
    const parts = []
    if (page > 1) parts.push(link(page - 1, 'prev'))
    if (page < last) parts.push(link(page + 1, 'next'))
    if (page < last) parts.push(link(last, 'last'))
    if (page > 1) parts.push(link(1, 'first'))
    return parts.length ? { link: parts.join(', ') } : {}
  }

  /** @param {URL} url */
  function paging(url) {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30))
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
    return { perPage, page }
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {unknown[]} items
   * @param {string} key
   * @param {Record<string, string>} headers
   */
  function sendPage(res, url, items, key, headers) {
    const { perPage, page } = paging(url)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    send(
      res,
      200,
      { total_count: items.length, [key]: slice },
      { ...headers, ...linkHeader(url, page, perPage, items.length) }
    )
  }

  /** @param {number} id */
  function signedBlobUrl(id) {
    const exp = String(Date.now() + (options.urlTtlMs ?? 60_000))
    const sig = createHmac('sha256', secret).update(`${id}:${exp}`).digest('hex')
    const path = `/blobs/${id}/artifact.zip?exp=${exp}&sig=${sig}`
    return sameHostBlobs ? `${traits.prefix}/_blob${path}` : `${blobOrigin}${path}`
  }

  /**
   * Logs a request on arrival; its status and end time are filled in when the answer is done.
   * @param {'api' | 'blob'} origin
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {string} path
   * @returns {RecordedRequest}
   */
  function recordRequest(origin, req, res, url, path) {
    /** @type {RecordedRequest} */
    const record = {
      origin,
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      at: Date.now()
    }
    requests.push(record)
    res.on('finish', () => {
      record.endedAt = Date.now()
      record.status = res.statusCode
    })
    res.on('close', () => {
      record.endedAt ??= Date.now()
    })
    return record
  }

  // ---- the API ------------------------------------------------------------------------------

  const api = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator')
    let path = url.pathname
    if (traits.prefix) {
      if (!path.startsWith(`${traits.prefix}/`)) {
        return send(res, 404, { message: 'Not Found' })
      }
      path = path.slice(traits.prefix.length)
    }
    if (path.startsWith('/_blob/')) {
      return serveBlob(req, res, url, path.slice('/_blob'.length), 'api')
    }
    const record = recordRequest('api', req, res, url, path)
    if (record.method !== 'GET' && record.method !== 'HEAD') {
      record.concurrentWrites = writes.inFlight
      writes.inFlight++
      res.on('close', () => writes.inFlight--)
    }
    req.resume()
    req.on('end', () => {
      void (async () => {
        if (options.latencyMs) await sleep(options.latencyMs)
        handleApi(req, res, url, record)
      })()
    })
  })

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {RecordedRequest} record
   */
  function handleApi(req, res, url, record) {
    const method = record.method
    const path = record.path
    const isWrite = method !== 'GET' && method !== 'HEAD'

    // Secondary limit: writes one at a time, each arriving a while after the previous one ended.
    if (isWrite && options.secondaryLimit) {
      const tooSoon = record.at - writes.lastEnd < options.secondaryLimit.minWriteIntervalMs
      if ((record.concurrentWrites ?? 0) > 0 || (writes.lastEnd > 0 && tooSoon)) {
        rate.secondaryAnswers++
        writes.lastEnd = Date.now()
        return send(
          res,
          403,
          {
            message: SECONDARY_LIMIT_MESSAGE,
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          },
          { 'retry-after': String(options.secondaryLimit.retryAfterSeconds) }
        )
      }
      res.on('close', () => {
        writes.lastEnd = Date.now()
      })
    }

    const fault = takeFault(record, 'api')
    if (fault) return answerFault(res, fault)

    const auth = req.headers['authorization'] ?? ''
    const match = /^(?:token|bearer)\s+(.+)$/i.exec(String(auth))
    if (!match || match[1] !== token) {
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

    // Primary limit.
    if (sendRateHeaders) {
      const now = Math.floor(Date.now() / 1000)
      if (now >= rate.resetAt) {
        rate.remaining = rate.limit
        rate.resetAt = now + 3600
      }
      if (rate.remaining <= 0) {
        rate.primaryAnswers++
        return send(
          res,
          403,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
          },
          rateHeaders()
        )
      }
      rate.remaining--
    }
    const headers = rateHeaders()

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path)
    if (!repoMatch) return send(res, 404, { message: 'Not Found' }, headers)
    if (
      repoMatch[1].toLowerCase() !== owner.toLowerCase() ||
      repoMatch[2].toLowerCase() !== repoName.toLowerCase()
    ) {
      return send(res, 404, { message: 'Not Found' }, headers)
    }
    const rest = repoMatch[3]
    const name = traits.nameFilter ? url.searchParams.get('name') : null
    const live = () => [...artifacts.values()].filter(a => !a.deleted)

    let m
    if (method === 'GET' && rest === '/actions/artifacts') {
      const items = live()
        .filter(a => name === null || a.name === name)
        .sort(newestFirst)
        .map(artifactJson)
      return sendPage(res, url, items, 'artifacts', headers)
    }
    if (method === 'GET' && (m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest))) {
      const runId = Number(m[1])
      if (!runs.has(runId)) return send(res, 404, { message: 'Not Found' }, headers)
      const items = live()
        .filter(a => a.runId === runId && (name === null || a.name === name))
        .sort(newestFirst)
      if (traits.direction && url.searchParams.get('direction') === 'asc') items.reverse()
      return sendPage(res, url, items.map(artifactJson), 'artifacts', headers)
    }
    if ((m = /^\/actions\/artifacts\/(\d+)$/.exec(rest))) {
      const artifact = artifacts.get(Number(m[1]))
      if (!artifact || artifact.deleted) return send(res, 404, { message: 'Not Found' }, headers)
      if (method === 'GET') return send(res, 200, artifactJson(artifact), headers)
      if (method === 'DELETE') {
        if (options.permission === 'read') {
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
      const artifact = artifacts.get(Number(m[1]))
      if (!artifact || artifact.deleted || m[2] !== 'zip') {
        return send(res, 404, { message: 'Not Found' }, headers)
      }
      if (artifact.expired) return send(res, 410, { message: 'Artifact has expired' }, headers)
      res.writeHead(302, {
        location: signedBlobUrl(artifact.id),
        'content-length': '0',
        ...headers
      })
      return res.end()
    }
    if (method === 'GET' && (m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
      const key = decodeURIComponent(m[1])
      const workflow = [...workflows.values()].find(
        w => String(w.id) === key || w.path === `.github/workflows/${key}`
      )
      if (!workflow) return send(res, 404, { message: 'Not Found' }, headers)
      const q = url.searchParams
      const items = [...runs.values()]
        .filter(
          r =>
            r.workflowId === workflow.id &&
            (!q.get('branch') || r.headBranch === q.get('branch')) &&
            (!q.get('event') || r.event === q.get('event')) &&
            (!q.get('head_sha') || r.headSha === q.get('head_sha')) &&
            (!q.get('status') || r.conclusion === q.get('status') || r.status === q.get('status'))
        )
        .sort(newestFirst)
        .map(runJson)
      return sendPage(res, url, items, 'workflow_runs', headers)
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = pulls.get(Number(m[1]))
      if (!pull) return send(res, 404, { message: 'Not Found' }, headers)
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
          base: { ref: 'main', repo: { id: repositoryId } }
        },
        headers
      )
    }
    return send(res, 404, { message: 'Not Found' }, headers)
  }

  // ---- the archive origin -------------------------------------------------------------------

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {string} path
   * @param {'api' | 'blob'} origin
   */
  function serveBlob(req, res, url, path, origin) {
    const record = recordRequest('blob', req, res, url, path)
    void (async () => {
      if (options.blobLatencyMs) await sleep(options.blobLatencyMs)
      const m = /^\/blobs\/(\d+)\/artifact\.zip$/.exec(path)
      const artifact = m ? artifacts.get(Number(m[1])) : undefined
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
      const expected = m ? createHmac('sha256', secret).update(`${m[1]}:${exp}`).digest('hex') : ''
      if (!artifact || artifact.deleted || sig !== expected) {
        return send(res, 403, { code: 'AuthenticationFailed', message: 'Signature did not match.' })
      }
      if (Date.now() > Number(exp)) {
        return send(res, 403, {
          code: 'AuthenticationFailed',
          message: 'Signed expiry time has passed.'
        })
      }
      const fault = takeFault(record, 'blob')
      if (fault && (fault.kind ?? 'status') === 'status') return answerFault(res, fault)
      if (fault?.kind === 'reset') return answerFault(res, fault)
      if (fault?.kind === 'hang') return
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.size)
      })
      if (fault && (fault.kind === 'truncate' || fault.kind === 'stall')) {
        const cut = Math.floor(artifact.size * (fault.fraction ?? 0.5))
        const source = artifact.content
          ? artifact.content.subarray(0, cut)
          : await readPrefix(/** @type {string} */ (artifact.file), cut)
        res.write(source)
        if (fault.kind === 'truncate') {
          setTimeout(() => res.socket?.destroy(), 20)
        }
        // stall: leave the response open until the client gives up.
        return
      }
      if (artifact.content) return res.end(artifact.content)
      if (artifact.file) {
        const stream = createReadStream(artifact.file)
        stream.pipe(res)
        res.on('close', () => stream.destroy())
        return
      }
      res.end()
    })()
  }

  /** @param {string} file @param {number} bytes */
  async function readPrefix(file, bytes) {
    const chunks = []
    let total = 0
    for await (const chunk of createReadStream(file, { end: Math.max(0, bytes - 1) })) {
      chunks.push(chunk)
      total += chunk.length
    }
    return Buffer.concat(chunks, total)
  }

  const blob = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator')
    serveBlob(req, res, url, url.pathname, 'blob')
  })

  /** @param {import('node:http').Server} server */
  const listen = server =>
    new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        resolve(typeof address === 'object' && address ? address.port : 0)
      })
    })
  const apiPort = await listen(api)
  const blobPort = await listen(blob)
  apiOrigin = `http://127.0.0.1:${apiPort}`
  blobOrigin = `http://127.0.0.1:${blobPort}`

  return {
    mode,
    owner,
    repo: repoName,
    repository: `${owner}/${repoName}`,
    repositoryId,
    token,
    /** The base URL a client uses, e.g. http://127.0.0.1:PORT or …/api/v3. */
    apiUrl: `${apiOrigin}${traits.prefix}`,
    apiOrigin,
    blobOrigin,
    artifacts,
    runs,
    requests,
    rate,
    addArtifact,
    addRun,
    addWorkflow,
    addPull,
    /** @param {Fault} fault */
    addFault(fault) {
      faults.push({ ...fault, hits: 0 })
      return faults[faults.length - 1]
    },
    clearFaults() {
      faults.length = 0
    },
    /**
     * API requests recorded, optionally only those of one method.
     * @param {string} [method]
     */
    apiRequests(method) {
      return requests.filter(r => r.origin === 'api' && (!method || r.method === method))
    },
    blobRequests() {
      return requests.filter(r => r.origin === 'blob')
    },
    /** Live (not deleted) artifacts. */
    liveArtifacts() {
      return [...artifacts.values()].filter(a => !a.deleted)
    },
    async close() {
      for (const server of [api, blob]) {
        server.closeAllConnections()
        await new Promise(resolve => server.close(() => resolve(undefined)))
      }
    }
  }
}

/** @typedef {Awaited<ReturnType<typeof startEmulator>>} Emulator */
