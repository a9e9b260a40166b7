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

/** What the API says about a request, without Octokit's documentation-url suffix noise. */
function apiMessage(error: HttpErrorLike): string {
  return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')
}

export interface ApiErrorContext {
  /** `owner/name` of the repository the request was about. */
  repository: string
  /** The permission the failed request needs, e.g. `actions: read`. */
  permission: 'actions: read' | 'actions: write'
  /** What was being done, e.g. `list artifacts`. */
  action: string
}

/**
 * Turns an API failure into a message a person can act on: which permission or repository is at
 * fault. The token itself is never part of it (Octokit's messages do not carry request headers).
 */
export function describeApiError(error: unknown, context: ApiErrorContext): string {
  const prefix = `Unable to ${context.action} in ${context.repository}`
  if (!isHttpError(error)) {
    return `${prefix}: ${error instanceof Error ? error.message : String(error)}`
  }
  const detail = apiMessage(error)
  if (error.response === undefined) {
    return `${prefix}: the API could not be reached (${detail}). Check GITHUB_API_URL and the network.`
  }
  switch (error.status) {
    case 401:
      return `${prefix}: the token was refused (401 ${detail}). Check 'github-token': it may be expired, revoked or for another GitHub host.`
    case 403:
      if (/rate limit/i.test(detail)) {
        return `${prefix}: rate limit exceeded (403 ${detail}).`
      }
      return (
        `${prefix}: permission denied (403 ${detail}). The token needs '${context.permission}': ` +
        `add 'permissions: ${context.permission.replace(': ', ': ')}' to the workflow or job` +
        (context.permission === 'actions: write'
          ? '. On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for; run the cleanup from a workflow_run, schedule or pull_request_target workflow instead.'
          : '.')
      )
    case 404:
      return `${prefix}: not found (404). Check that 'repository' is right and that the token can see it (a token needs '${context.permission}' on that repository; a GITHUB_TOKEN only reaches its own repository).`
    default:
      return `${prefix}: ${error.status} ${detail}`
  }
}
