/** The run an artifact came from, as the artifacts endpoints describe it (fields may be absent). */
export interface WorkflowRunRef {
  id?: number
  repository_id?: number
  head_repository_id?: number
  head_branch?: string | null
  head_sha?: string | null
}

/**
 * An artifact as the list and get endpoints return it. `digest`, `workflow_run` and the dates
 * are null or absent on older servers and older artifacts.
 */
export interface Artifact {
  id: number
  node_id?: string
  name: string
  size_in_bytes: number
  url?: string
  archive_download_url?: string
  expired: boolean
  created_at?: string | null
  expires_at?: string | null
  updated_at?: string | null
  digest?: string | null
  workflow_run?: WorkflowRunRef | null
}

/** The REST API version this action is written against: the oldest every product documents. */
export const API_VERSION = '2022-11-28'

/** GitHub's largest page size. */
export const PER_PAGE = 100
