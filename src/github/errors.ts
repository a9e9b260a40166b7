import { RequestError } from '@octokit/request-error'
import { messageOf } from '../shared/errors.js'
import { redactUrls } from '../shared/redact.js'

/** As written under `permissions:`. */
export type Permission =
  | 'actions: read'
  | 'actions: write'
  | 'pull-requests: read'
  | 'contents: read'
  | 'attestations: read'

export interface RequestPurpose {
  /** `owner/name` */
  repository: string
  /** e.g. `list artifacts` */
  action: string
  /** What the request needs. */
  permission: Permission
}

/** Never holds the token: Octokit's errors carry no headers, and no query is kept. */
export class ApiError extends Error {
  /** Undefined when no answer came. */
  readonly status: number | undefined
  /** `METHOD /path` */
  readonly request: string
  readonly permission: Permission
  /** For a rate-limit failure. */
  readonly resetAt: Date | undefined
  readonly rateLimited: boolean
  /** False for a web page: the API URL is probably wrong. */
  readonly answeredJson: boolean
  /** What went wrong and what to do. */
  readonly reason: string
  /** e.g. `Unable to list artifacts in o/r` */
  readonly failed: string

  constructor(cause: unknown, purpose: RequestPurpose) {
    const facts = factsOf(cause)
    const reason = explain(facts, purpose)
    const failed = `Unable to ${purpose.action} in ${purpose.repository}`
    super(`${failed}: ${reason}`, { cause })
    this.reason = reason
    this.failed = failed
    this.name = 'ApiError'
    this.status = facts.status
    this.request = facts.request
    this.permission = purpose.permission
    this.resetAt = facts.resetAt
    this.rateLimited = facts.rateLimited
    this.answeredJson = facts.answeredJson
  }

  /** Also for Octokit's RequestError. */
  static hasStatus(error: unknown, status: number): boolean {
    return factsOf(error).status === status
  }

  /** A rate limit's 403 or 429, not a permission's. */
  static isRateLimit(error: unknown): boolean {
    return factsOf(error).rateLimited
  }
}

interface Facts {
  status: number | undefined
  request: string
  /** Without Octokit's documentation-url suffix. */
  detail: string
  rateLimited: boolean
  resetAt: Date | undefined
  answeredJson: boolean
}

function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name]
  return value === undefined || value === null ? undefined : String(value)
}

function factsOf(error: unknown): Facts {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      request: error.request,
      detail: error.message,
      rateLimited: error.rateLimited,
      resetAt: error.resetAt,
      answeredJson: error.answeredJson
    }
  }
  if (!(error instanceof RequestError)) {
    return {
      status: undefined,
      request: '',
      detail: redactUrls(messageOf(error)),
      rateLimited: false,
      resetAt: undefined,
      answeredJson: false
    }
  }
  const headers = error.response?.headers as Record<string, unknown> | undefined
  const remaining = headerOf(headers, 'x-ratelimit-remaining')
  const reset = Number(headerOf(headers, 'x-ratelimit-reset'))
  const retryAfter = Number(headerOf(headers, 'retry-after'))
  // Octokit gives 500 to a request that got no answer.
  const answered = error.response !== undefined
  const status = answered ? error.status : undefined
  const secondary =
    headerOf(headers, 'retry-after') !== undefined || /secondary rate/i.test(error.message)
  return {
    status,
    request: `${error.request.method} ${new URL(error.request.url, 'http://x').pathname}`,
    detail: redactUrls(error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')),
    rateLimited: (status === 403 || status === 429) && (remaining === '0' || secondary),
    resetAt:
      Number.isFinite(reset) && reset > 0
        ? new Date(reset * 1000)
        : Number.isFinite(retryAfter) && retryAfter > 0
          ? new Date(Date.now() + retryAfter * 1000)
          : undefined,
    answeredJson: /json/i.test(headerOf(headers, 'content-type') ?? '')
  }
}

function explain(facts: Facts, purpose: RequestPurpose): string {
  const { status, detail } = facts
  if (status === undefined) {
    return facts.request === ''
      ? detail
      : `the API could not be reached (${detail}). Check GITHUB_API_URL and the network.`
  }
  if (facts.rateLimited) {
    return `rate limit exceeded (${status} ${detail})${facts.resetAt ? `; it resets at ${facts.resetAt.toISOString()}` : ''}.`
  }
  switch (status) {
    case 401:
      return `the token was refused (401 ${detail}). Check 'github-token': it may be expired, revoked or for another GitHub host.`
    case 403:
      return (
        `permission denied (403 ${detail}). The token needs '${purpose.permission}': ` +
        `add 'permissions: ${purpose.permission}' to the workflow or job` +
        (purpose.permission === 'actions: write'
          ? '. On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for; run the cleanup from a workflow_run, schedule or pull_request_target workflow instead.'
          : '.')
      )
    case 404:
      return `not found (404). Check that 'repository' is right and that the token can see it (a token needs '${purpose.permission}' on that repository; a GITHUB_TOKEN only reaches its own repository).`
    default:
      return `${status} ${detail}`
  }
}

/** A `.catch` handler. */
export function asApiError(purpose: RequestPurpose): (error: unknown) => never {
  return error => {
    throw error instanceof ApiError ? error : new ApiError(error, purpose)
  }
}
