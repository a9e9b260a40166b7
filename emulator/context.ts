// What the API routes and the archive host of one emulator share.
import type { Faults } from './faults.ts'
import type { RecordedRequest } from './http.ts'
import type { ModeTraits } from './modes.ts'
import type { RateLimits } from './rate-limits.ts'
import type { Repositories } from './store.ts'

export interface Context {
  traits: ModeTraits
  /** the one token accepted */
  token: string
  permission: 'read' | 'write'
  /** delay before each API answer */
  latencyMs: number
  /** delay before each archive answer */
  blobLatencyMs: number
  /** answer Range requests to the archive host with 200 and the whole archive */
  ignoreRanges: boolean
  /** the artifact listings leave `head_repository_id` out of `workflow_run`, as older servers do */
  omitHeadRepositoryId: boolean
  repositories: Repositories
  faults: Faults
  limits: RateLimits
  requests: RecordedRequest[]
  /** filled in once both servers listen */
  origins: { api: string; blob: string }
}
