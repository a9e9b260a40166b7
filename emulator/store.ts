// What the emulator holds: repositories, each with its artifacts, workflow runs, workflows and
// pull requests.
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'

export interface StoredArtifact {
  id: number
  name: string
  size: number
  createdAt: string
  expiresAt: string | null
  expired: boolean
  digest: string | null
  content: Buffer | null
  file: string | null
  runId: number | null
  deleted: boolean
  /** the artifact lists `workflow_run: null` */
  noRun: boolean
}

export interface StoredRun {
  id: number
  /** counts the runs of its workflow from 1 */
  runNumber: number
  workflowId: number
  headBranch: string
  headSha: string
  event: string
  status: string
  conclusion: string | null
  headRepositoryId: number
  createdAt: string
}

export interface StoredWorkflow {
  id: number
  path: string
  name: string
}

export interface StoredPull {
  number: number
  headRef: string
  headSha: string
  /** null once the head repository (a fork) is deleted */
  headRepositoryId: number | null
}

export type RunSpec = Partial<{
  id: number
  /** by default one more than the workflow's highest so far */
  runNumber: number
  workflowId: number
  headBranch: string
  headSha: string
  event: string
  conclusion: string | null
  status: string
  fork: boolean
  /** the head repository's id, for a fork other than the one `fork` means (id + 1) */
  headRepositoryId: number
  createdAt: string
}>

export type ArtifactSpec = Partial<{
  id: number
  name: string
  content: Buffer
  file: string
  size: number
  createdAt: string | Date
  expired: boolean
  expiresAt: string | null
  digest: string | null
  runId: number
  headBranch: string
  headSha: string
  workflowId: number
  event: string
  conclusion: string | null
  fork: boolean
  /** the head repository's id, for a fork other than the one `fork` means (id + 1) */
  headRepositoryId: number
  noRun: boolean
}>

export interface StoredTag {
  name: string
  /** the commit the tag leads to (or the tree, with `tree`) */
  commit: string
  /** an annotated tag's object sha; null for a lightweight tag */
  objectSha: string | null
  /** the tag points to a tree, not a commit (git allows it) */
  tree: boolean
}

export interface TagSpec {
  name: string
  sha: string
  annotated?: boolean
  tree?: boolean
}

/** A Sigstore bundle the attestations endpoint lists for a digest. */
export interface StoredAttestation {
  /** the bundle, as JSON */
  bundle: object
  /** list it with `bundle: null` and a `bundle_url` on the second origin only */
  viaUrl: boolean
}

export interface WorkflowSpec {
  id: number
  file: string
  name?: string
}

export interface PullSpec {
  number: number
  headRef: string
  headSha: string
  fork?: boolean
  /** the fork was deleted: the pull request answers `head.repo: null` */
  forkDeleted?: boolean
}

/** What the repositories of one emulator share: ids are unique across GitHub. */
interface Shared {
  /** the next artifact id to hand out */
  artifact: number
  /** the next run id to hand out */
  run: number
  /** the full name of the repository that holds each artifact id */
  artifactHomes: Map<number, string>
}

export interface RepositoryOptions {
  archived?: boolean
  disabled?: boolean
}

export interface Repository {
  id: number
  owner: string
  name: string
  /** `owner/name` */
  fullName: string
  archived: boolean
  disabled: boolean
  artifacts: Map<number, StoredArtifact>
  runs: Map<number, StoredRun>
  workflows: Map<number, StoredWorkflow>
  pulls: Map<number, StoredPull>
  /** Tags by name, in the order added. */
  tags: Map<string, StoredTag>
  /** Adds a tag: lightweight, or annotated (a tag object between the ref and the commit). */
  addTag(spec: TagSpec): StoredTag
  /** Adds a workflow run. */
  addRun(spec?: RunSpec): StoredRun
  /** Adds a workflow (runs refer to it by workflowId). */
  addWorkflow(spec: WorkflowSpec): StoredWorkflow
  /** Adds a pull request. */
  addPull(spec: PullSpec): void
  /** Adds an artifact. Its run is created when `runId` names none yet. */
  addArtifact(spec?: ArtifactSpec): StoredArtifact
  /** Live (not deleted) artifacts. */
  liveArtifacts(): StoredArtifact[]
  /** Bundles by subject digest (`sha256:HEX`), in the order added. */
  attestations: Map<string, StoredAttestation[]>
  /** Adds a bundle the attestations endpoint lists for `digest` (`sha256:HEX`). */
  addAttestation(digest: string, bundle: object, options?: { viaUrl?: boolean }): void
}

const RETENTION_MS = 90 * 86_400_000

/**
 * 90 days after creation, GitHub's default retention. An artifact not said to be expired is
 * also kept past the real clock, however long ago it is dated: tests date artifacts from a fixed
 * day, and the action takes a past `expires_at` as expired whatever the flag says.
 */
function defaultExpiry(createdAt: string, spec: ArtifactSpec): string {
  const byRetention = Date.parse(createdAt) + RETENTION_MS
  return new Date(
    spec.expired ? byRetention : Math.max(byRetention, Date.now() + RETENTION_MS)
  ).toISOString()
}

/** The sha256 digest of a buffer, as the API spells it. */
export function digestOf(buffer: Buffer): string {
  return `sha256:${createHash('sha256').update(buffer).digest('hex')}`
}

/** A repository with nothing in it. Forks of it have the id `id + 1`. */
function createRepository(
  owner: string,
  name: string,
  id: number,
  options: RepositoryOptions,
  ids: Shared
): Repository {
  const fullName = `${owner}/${name}`
  const artifacts = new Map<number, StoredArtifact>()
  const runs = new Map<number, StoredRun>()
  const workflows = new Map<number, StoredWorkflow>()
  const pulls = new Map<number, StoredPull>()
  const tags = new Map<string, StoredTag>()
  const attestations = new Map<string, StoredAttestation[]>()
  const headRepositoryId = (fork: boolean | undefined): number => (fork ? id + 1 : id)

  function addRun(spec: RunSpec = {}): StoredRun {
    const runId = spec.id ?? ids.run++
    ids.run = Math.max(ids.run, runId + 1)
    const workflowId = spec.workflowId ?? 1
    const numbers = [...runs.values()].filter(r => r.workflowId === workflowId)
    const run: StoredRun = {
      id: runId,
      runNumber: spec.runNumber ?? 1 + Math.max(0, ...numbers.map(r => r.runNumber)),
      workflowId,
      headBranch: spec.headBranch ?? 'main',
      headSha: spec.headSha ?? createHash('sha1').update(`run-${runId}`).digest('hex'),
      event: spec.event ?? 'push',
      status: spec.status ?? 'completed',
      conclusion: spec.conclusion === undefined ? 'success' : spec.conclusion,
      headRepositoryId: spec.headRepositoryId ?? headRepositoryId(spec.fork),
      createdAt: spec.createdAt ?? new Date().toISOString()
    }
    runs.set(runId, run)
    return run
  }

  function addTag(spec: TagSpec): StoredTag {
    const tag: StoredTag = {
      name: spec.name,
      commit: spec.sha,
      objectSha: spec.annotated
        ? createHash('sha1').update(`tag-${fullName}-${spec.name}`).digest('hex')
        : null,
      tree: spec.tree ?? false
    }
    tags.set(spec.name, tag)
    return tag
  }

  function addWorkflow(spec: WorkflowSpec): StoredWorkflow {
    const workflow = {
      id: spec.id,
      path: `.github/workflows/${spec.file}`,
      name: spec.name ?? spec.file
    }
    workflows.set(spec.id, workflow)
    return workflow
  }

  function addPull(spec: PullSpec): void {
    pulls.set(spec.number, {
      number: spec.number,
      headRef: spec.headRef,
      headSha: spec.headSha,
      headRepositoryId: spec.forkDeleted ? null : headRepositoryId(spec.fork)
    })
  }

  function addArtifact(spec: ArtifactSpec = {}): StoredArtifact {
    const artifactId = spec.id ?? ids.artifact++
    const home = ids.artifactHomes.get(artifactId)
    if (home !== undefined && home !== fullName) {
      throw new Error(`artifact ${artifactId} is already in ${home}; ids are unique across GitHub`)
    }
    ids.artifactHomes.set(artifactId, fullName)
    ids.artifact = Math.max(ids.artifact, artifactId + 1)
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
        headRepositoryId: spec.headRepositoryId,
        createdAt
      }).id
    }
    const content = spec.content ?? null
    const file = spec.file ?? null
    const size = spec.size ?? (content ? content.length : file ? statSync(file).size : 0)
    const artifact: StoredArtifact = {
      id: artifactId,
      name: spec.name ?? `artifact-${artifactId}`,
      size,
      createdAt,
      expiresAt: spec.expiresAt !== undefined ? spec.expiresAt : defaultExpiry(createdAt, spec),
      expired: spec.expired ?? false,
      digest: spec.digest !== undefined ? spec.digest : content ? digestOf(content) : null,
      content,
      file,
      runId: spec.noRun ? null : runId,
      deleted: false,
      noRun: spec.noRun ?? false
    }
    artifacts.set(artifactId, artifact)
    return artifact
  }

  return {
    id,
    owner,
    name,
    fullName,
    archived: options.archived ?? false,
    disabled: options.disabled ?? false,
    artifacts,
    runs,
    workflows,
    pulls,
    tags,
    addTag,
    addRun,
    addWorkflow,
    addPull,
    addArtifact,
    liveArtifacts: () => [...artifacts.values()].filter(a => !a.deleted),
    attestations,
    addAttestation(digest, bundle, options = {}) {
      const list = attestations.get(digest) ?? []
      list.push({ bundle, viaUrl: options.viaUrl ?? false })
      attestations.set(digest, list)
    }
  }
}

export interface Repositories {
  /** Adds an empty repository; throws when one of that name (in any case) is there. */
  add(owner: string, name: string, options?: RepositoryOptions): Repository
  /** The repository of that name, compared without regard to case as GitHub does. */
  find(owner: string, name: string): Repository | undefined
  /** Every repository, oldest first. */
  all(): Repository[]
  /** The artifact of that id, in whichever repository holds it. */
  findArtifact(id: number): StoredArtifact | undefined
}

/** The first repository's id; each one added after it gets an id 10 higher. */
export const FIRST_REPOSITORY_ID = 1296269

export function createRepositories(): Repositories {
  const shared: Shared = { artifact: 1000, run: 5000, artifactHomes: new Map() }
  const byName = new Map<string, Repository>()
  const key = (owner: string, name: string): string => `${owner}/${name}`.toLowerCase()
  return {
    add(owner, name, options = {}) {
      if (byName.has(key(owner, name))) throw new Error(`repository ${owner}/${name} exists`)
      const id = FIRST_REPOSITORY_ID + 10 * byName.size
      const repository = createRepository(owner, name, id, options, shared)
      byName.set(key(owner, name), repository)
      return repository
    },
    find: (owner, name) => byName.get(key(owner, name)),
    all: () => [...byName.values()],
    findArtifact(id) {
      const home = shared.artifactHomes.get(id)
      if (home === undefined) return undefined
      return byName.get(home.toLowerCase())?.artifacts.get(id)
    }
  }
}
