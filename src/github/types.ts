/** Fields may be absent. */
export interface WorkflowRunRef {
  id?: number
  repository_id?: number
  head_repository_id?: number
  head_branch?: string | null
  head_sha?: string | null
}

/** `digest`, `workflow_run` and the dates may be null or absent on older servers. */
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

/** The oldest every product documents. */
export const API_VERSION = '2022-11-28'

/** GitHub's largest page. */
export const PER_PAGE = 100
