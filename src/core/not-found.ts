import type { Client } from '../github/client.js'
import { ApiError } from '../github/errors.js'
import { repositoryOf } from './query.js'

/** Failure path only: a web page means a wrong API URL; a repository read tells the rest. */
export async function explainNotFound(
  client: Client,
  repository: { owner: string; repo: string },
  error: unknown
): Promise<string | undefined> {
  if (!(error instanceof ApiError) || error.status !== 404) return undefined
  const full = repositoryOf(repository)
  const prefix = error.failed
  if (!error.answeredJson) {
    return `${prefix}: ${client.apiUrl} answered ${error.request} with a web page, not the REST API. Check GITHUB_API_URL: on GitHub Enterprise Server it ends in /api/v3 (https://HOST/api/v3).`
  }
  const found = await client.octokit.rest.repos
    .get({ owner: repository.owner, repo: repository.repo })
    .then(
      () => true,
      (reason: unknown) => (ApiError.hasStatus(reason, 404) ? false : undefined)
    )
  if (found === undefined) return undefined
  if (!found) {
    return `${prefix}: repository ${full} was not found, or the token cannot see it. Check 'repository'; a GITHUB_TOKEN reaches only the repository of its own workflow, another repository needs a token with access to it.`
  }
  const path = error.request.replace(/^\w+ /, '')
  const run = /\/actions\/runs\/(\d+)\//.exec(path)
  if (run) return `${prefix}: run ${run[1]} does not exist in ${full}. Check 'run-id'.`
  const workflow = /\/actions\/workflows\/([^/]+)\/runs$/.exec(path)
  if (workflow) {
    return `${prefix}: workflow '${decodeURIComponent(workflow[1])}' does not exist in ${full}. Check 'workflow': a file name under .github/workflows (e.g. ci.yml) or a workflow's numeric id.`
  }
  const pull = /\/pulls\/(\d+)$/.exec(path)
  if (pull) return `${prefix}: pull request #${pull[1]} does not exist in ${full}. Check 'pr'.`
  return undefined
}
