/** A bad input value: raised before any API request is made. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** The shape of Octokit's RequestError that this action reads. */
interface HttpErrorLike {
  status: number
  message: string
  /** Absent when the server was never reached (Octokit reports that as status 500). */
  response?: { headers?: Record<string, string | number | undefined> }
}

export function isHttpError(error: unknown): error is HttpErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

export function httpStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** True for a 403 or 429 that is GitHub's primary or secondary rate limit, not a permission. */
export function isRateLimitError(error: unknown): boolean {
  const status = httpStatus(error)
  return (status === 403 || status === 429) && /rate limit/i.test(messageOf(error))
}

/** What the API says about a request, without Octokit's documentation-url suffix noise. */
function apiMessage(error: HttpErrorLike): string {
  return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')
}

/** A permission a workflow grants its GITHUB_TOKEN, as written under `permissions:`. */
export type Permission = 'actions: read' | 'actions: write' | 'pull-requests: read'

export interface ApiErrorContext {
  /** `owner/name` of the repository the request was about. */
  repository: string
  /** The permission the failed request needs. */
  permission: Permission
  /** What was being done, e.g. `list artifacts`. */
  action: string
}

/**
 * What went wrong with an API request, as a person can act on it: which token, permission or
 * repository is at fault. The token itself is never part of it (Octokit's messages do not carry
 * request headers).
 */
export function explainApiError(
  error: unknown,
  context: Pick<ApiErrorContext, 'permission'>
): string {
  if (!isHttpError(error)) return messageOf(error)
  const detail = apiMessage(error)
  if (error.response === undefined) {
    return `the API could not be reached (${detail}). Check GITHUB_API_URL and the network.`
  }
  switch (error.status) {
    case 401:
      return `the token was refused (401 ${detail}). Check 'github-token': it may be expired, revoked or for another GitHub host.`
    case 403:
      if (isRateLimitError(error)) return `rate limit exceeded (403 ${detail}).`
      return (
        `permission denied (403 ${detail}). The token needs '${context.permission}': ` +
        `add 'permissions: ${context.permission}' to the workflow or job` +
        (context.permission === 'actions: write'
          ? '. On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for; run the cleanup from a workflow_run, schedule or pull_request_target workflow instead.'
          : '.')
      )
    case 404:
      return `not found (404). Check that 'repository' is right and that the token can see it (a token needs '${context.permission}' on that repository; a GITHUB_TOKEN only reaches its own repository).`
    default:
      return `${error.status} ${detail}`
  }
}

/** explainApiError, prefixed with what failed and where: `Unable to list artifacts in o/r: …`. */
export function describeApiError(error: unknown, context: ApiErrorContext): string {
  return `Unable to ${context.action} in ${context.repository}: ${explainApiError(error, context)}`
}

/** A `.catch` handler that rethrows an API failure as an Error with describeApiError's message. */
export function rethrowApiError(context: ApiErrorContext): (error: unknown) => never {
  return error => {
    throw new Error(describeApiError(error, context))
  }
}
