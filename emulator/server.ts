// A GitHub Actions artifacts API on 127.0.0.1, for tests, `npm run demo` and `npm run bench`.
//
// It speaks the five artifact endpoints as GitHub documents them for github.com, Enterprise Cloud
// and Enterprise Server (shared/api-docs), plus the workflow-runs and pulls endpoints the action
// uses and the organisation and installation repository listings, for one or more repositories.
// Archives are served from a second origin (another port) that, like cloud storage, rejects any
// request carrying an Authorization header and answers byte ranges. Every request is recorded.
//
// The pieces: modes.ts (what each product and version does), store.ts (repositories and what
// they hold), routes.ts (the API origin), archive-host.ts (the second origin), faults.ts (fault
// injection), rate-limits.ts (primary and secondary limits), http.ts (answers and the record),
// context.ts (what routes and archive host share).
import { createServer, type Server } from 'node:http'
import { createArchiveHost } from './archive-host.ts'
import type { Context } from './context.ts'
import { createFaults, type Fault, type KeptFault } from './faults.ts'
import type { RecordedRequest } from './http.ts'
import { type Mode, MODES } from './modes.ts'
import { createRateLimits, type RateState, type SecondaryLimit } from './rate-limits.ts'
import { createApi } from './routes.ts'
import {
  type ArtifactSpec,
  createRepositories,
  type PullSpec,
  type Repository,
  type RepositoryOptions,
  type RunSpec,
  type StoredArtifact,
  type StoredRun,
  type StoredTag,
  type StoredWorkflow,
  type TagSpec,
  type WorkflowSpec
} from './store.ts'

export { MODES, type Mode, type ModeTraits } from './modes.ts'
export { SECONDARY_LIMIT_MESSAGE, type RateState, type SecondaryLimit } from './rate-limits.ts'
export { digestOf } from './store.ts'
export type { ArtifactSpec, PullSpec, RunSpec, StoredArtifact, StoredRun, WorkflowSpec }
export type { Repository, RepositoryOptions }
export type { StoredPull, StoredTag, StoredWorkflow, TagSpec } from './store.ts'
export type { Fault, KeptFault } from './faults.ts'
export type { RecordedRequest, Origin } from './http.ts'

export interface EmulatorOptions {
  /** which product and version to speak as (default dotcom) */
  mode?: Mode
  /** owner of the default repository (default octo-org) */
  owner?: string
  /** name of the default repository (default octo-repo) */
  repo?: string
  /** the one token accepted */
  token?: string
  /** what the token may do (default write) */
  permission?: 'read' | 'write'
  /**
   * the host name in the URLs it gives (API URL, Link headers, archive redirects); it still
   * listens on 127.0.0.1, so another name reaches it only through a proxy that maps it there
   * (default 127.0.0.1)
   */
  host?: string
  /** delay before each API answer */
  latencyMs?: number
  /** delay before each archive answer */
  blobLatencyMs?: number
  /**
   * have the archive host answer a Range request with 200 and the whole archive, as a server
   * without range support does (default false: 206 with the part asked for)
   */
  ignoreRanges?: boolean
  /** requests an hour (default 5000) */
  rateLimit?: number
  /** requests left now (default rateLimit) */
  rateRemaining?: number
  /** seconds until the hour resets (default 3600) */
  rateResetSeconds?: number
  /**
   * leave `head_repository_id` out of each listed artifact's `workflow_run`, as an older server
   * does; a run's own endpoint still names its head repository (default false)
   */
  omitHeadRepositoryId?: boolean
  /**
   * answer writes that arrive sooner than this after the last one ended, or while one is in
   * flight, with a secondary rate limit
   */
  secondaryLimit?: SecondaryLimit | null
}

/**
 * The emulator. It starts with one repository, the default, which `owner`, `repo`,
 * `repository`, `artifacts`, `addArtifact` and the like are about; `addRepository` adds more.
 */
export interface Emulator {
  mode: Mode
  owner: string
  repo: string
  /** `owner/repo` of the default repository */
  repository: string
  repositoryId: number
  token: string
  /** The base URL a client uses, e.g. http://127.0.0.1:PORT or …/api/v3. */
  apiUrl: string
  apiOrigin: string
  blobOrigin: string
  artifacts: Map<number, StoredArtifact>
  runs: Map<number, StoredRun>
  requests: RecordedRequest[]
  rate: RateState
  addArtifact(spec?: ArtifactSpec): StoredArtifact
  addRun(spec?: RunSpec): StoredRun
  addWorkflow(spec: WorkflowSpec): StoredWorkflow
  addPull(spec: PullSpec): void
  addTag(spec: TagSpec): StoredTag
  /** Adds a bundle the attestations endpoint lists for `digest` (`sha256:HEX`). */
  addAttestation(digest: string, bundle: object, options?: { viaUrl?: boolean }): void
  /** Adds a fault; returns the copy the emulator keeps (its `hits` counts injections). */
  addFault(fault: Fault): KeptFault
  clearFaults(): void
  /** API requests recorded, optionally only those of one method. */
  apiRequests(method?: string): RecordedRequest[]
  blobRequests(): RecordedRequest[]
  /** Live (not deleted) artifacts. */
  liveArtifacts(): StoredArtifact[]
  /**
   * Adds an empty repository, served beside the default one, listed by `GET /orgs/{owner}/repos`
   * and `GET /installation/repositories`. Throws when the name is taken.
   */
  addRepository(owner: string, repo: string, options?: RepositoryOptions): Repository
  /** Every repository, the default one first. */
  repositories(): Repository[]
  close(): Promise<void>
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}

/** Starts the emulator on two random ports of 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const mode = options.mode ?? 'dotcom'
  const traits = MODES[mode]
  if (!traits) throw new Error(`unknown emulator mode ${mode}`)
  const owner = options.owner ?? 'octo-org'
  const repoName = options.repo ?? 'octo-repo'
  const repositories = createRepositories()
  const repository = repositories.add(owner, repoName)
  const limit = options.rateLimit ?? 5000
  const ctx: Context = {
    traits,
    token: options.token ?? 'emulator-token',
    permission: options.permission ?? 'write',
    latencyMs: options.latencyMs ?? 0,
    blobLatencyMs: options.blobLatencyMs ?? 0,
    ignoreRanges: options.ignoreRanges ?? false,
    omitHeadRepositoryId: options.omitHeadRepositoryId ?? false,
    repositories,
    faults: createFaults(),
    limits: createRateLimits({
      primary: traits.rateLimitHeaders,
      limit,
      remaining: options.rateRemaining ?? limit,
      resetSeconds: options.rateResetSeconds ?? 3600,
      secondary: options.secondaryLimit ?? null
    }),
    requests: [],
    origins: { api: '', blob: '' }
  }

  const archive = createArchiveHost(ctx)
  const api = createServer(createApi(ctx, archive))
  const blob = createServer(archive.listener)
  const host = options.host ?? '127.0.0.1'
  ctx.origins.api = `http://${host}:${await listen(api)}`
  ctx.origins.blob = `http://${host}:${await listen(blob)}`
  const { requests } = ctx

  return {
    mode,
    owner,
    repo: repoName,
    repository: `${owner}/${repoName}`,
    repositoryId: repository.id,
    token: ctx.token,
    apiUrl: `${ctx.origins.api}${traits.prefix}`,
    apiOrigin: ctx.origins.api,
    blobOrigin: ctx.origins.blob,
    artifacts: repository.artifacts,
    runs: repository.runs,
    requests,
    rate: ctx.limits.state,
    addArtifact: repository.addArtifact,
    addRun: repository.addRun,
    addWorkflow: repository.addWorkflow,
    addPull: repository.addPull,
    addTag: repository.addTag,
    addAttestation: repository.addAttestation,
    addFault: fault => ctx.faults.add(fault),
    clearFaults: () => ctx.faults.clear(),
    apiRequests: method =>
      requests.filter(r => r.origin === 'api' && (!method || r.method === method)),
    blobRequests: () => requests.filter(r => r.origin === 'blob'),
    liveArtifacts: repository.liveArtifacts,
    addRepository: (owner, repo, options) => repositories.add(owner, repo, options),
    repositories: () => repositories.all(),
    async close() {
      for (const server of [api, blob]) {
        server.closeAllConnections()
        await new Promise(resolve => server.close(() => resolve(undefined)))
      }
    }
  }
}
