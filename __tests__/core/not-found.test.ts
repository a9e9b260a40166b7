import { describe, expect, it } from '@jest/globals'
import { explainNotFound } from '../../src/core/not-found.js'
import { ApiError } from '../../src/github/errors.js'
import { runDownload } from '../../src/operations/download/index.js'
import { runList } from '../../src/operations/list/index.js'
import { clientFor, settingsFrom, useEmulator, useTempDirs } from '../helpers.js'

const start = useEmulator()
const dest = useTempDirs()

/** The error an operation ends with, and what explainNotFound makes of it. */
async function explained(
  e: Parameters<typeof clientFor>[0],
  run: (context: ReturnType<typeof clientFor>['context']) => Promise<unknown>,
  repository = { owner: 'octo-org', repo: 'octo-repo' }
) {
  const { client, context } = clientFor(e)
  const error = await run(context).then(
    () => undefined,
    (reason: unknown) => reason
  )
  return explainNotFound(client, repository, error)
}

describe('a 404 says what is missing', () => {
  it('the repository', async () => {
    const e = await start()
    const message = await explained(
      e,
      context => runList(context, settingsFrom({ repository: 'octo-org/nope' })),
      { owner: 'octo-org', repo: 'nope' }
    )
    expect(message).toBe(
      "Unable to list artifacts in octo-org/nope: repository octo-org/nope was not found, or the token cannot see it. Check 'repository'; a GITHUB_TOKEN reaches only the repository of its own workflow, another repository needs a token with access to it."
    )
    // The listing and one look at the repository: nothing more.
    expect(e.apiRequests().map(r => r.path)).toEqual([
      '/repos/octo-org/nope/actions/artifacts',
      '/repos/octo-org/nope'
    ])
  })

  it('the run', async () => {
    const e = await start()
    const message = await explained(e, context =>
      runList(context, settingsFrom({ 'run-id': '999' }))
    )
    expect(message).toBe(
      "Unable to list the artifacts of run 999 in octo-org/octo-repo: run 999 does not exist in octo-org/octo-repo. Check 'run-id'."
    )
  })

  it('the workflow', async () => {
    const e = await start()
    const message = await explained(e, context =>
      runList(context, settingsFrom({ workflow: 'nightly.yml' }))
    )
    expect(message).toContain(
      "workflow 'nightly.yml' does not exist in octo-org/octo-repo. Check 'workflow'"
    )
  })

  it('the pull request', async () => {
    const e = await start()
    const message = await explained(e, context =>
      runDownload(context, settingsFrom({ operation: 'download', pr: '77', path: dest() }))
    )
    expect(message).toBe(
      "Unable to read pull request #77 in octo-org/octo-repo: pull request #77 does not exist in octo-org/octo-repo. Check 'pr'."
    )
  })

  it('the API itself: an Enterprise Server URL without /api/v3', async () => {
    const e = await start({ mode: 'ghes-3.21' })
    const { client, context } = clientFor(e, { apiUrl: e.apiUrl.replace(/\/api\/v3$/, '') })
    const error = await runList(context, settingsFrom({})).catch((reason: unknown) => reason)
    const message = await explainNotFound(client, { owner: 'octo-org', repo: 'octo-repo' }, error)
    expect(message).toMatch(
      /^Unable to list artifacts in octo-org\/octo-repo: http:\/\/127\.0\.0\.1:\d+ answered GET \/repos\/octo-org\/octo-repo\/actions\/artifacts with a web page, not the REST API\. Check GITHUB_API_URL: on GitHub Enterprise Server it ends in \/api\/v3/
    )
  })

  it('says nothing more of other errors', async () => {
    const e = await start()
    const { client } = clientFor(e)
    expect(await explainNotFound(client, { owner: 'o', repo: 'r' }, new Error('x'))).toBeUndefined()
    expect(e.apiRequests()).toHaveLength(0)
  })

  it('says nothing more of an API error other than 404, asking nothing', async () => {
    const e = await start()
    e.addFault({
      path: '/repos/octo-org/octo-repo/actions/runs/999/artifacts',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const message = await explained(e, context =>
      runList(context, settingsFrom({ 'run-id': '999' }))
    )
    expect(message).toBeUndefined()
    expect(e.apiRequests().map(r => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/runs/999/artifacts'
    ])
  })

  it('says nothing more when the look at the repository fails for another reason than 404', async () => {
    const e = await start()
    e.addFault({ path: '/repos/octo-org/octo-repo', status: 403, body: { message: 'Forbidden' } })
    const message = await explained(e, context =>
      runList(context, settingsFrom({ 'run-id': '999' }))
    )
    expect(message).toBeUndefined()
    expect(e.apiRequests().map(r => [r.path, r.status])).toEqual([
      ['/repos/octo-org/octo-repo/actions/runs/999/artifacts', 404],
      ['/repos/octo-org/octo-repo', 403]
    ])
  })

  it.each([
    '/repos/octo-org/octo-repo/pulls/77/commits',
    '/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs/5'
  ])('names nothing for a 404 on a path below a pull request or a workflow: %s', async path => {
    const e = await start()
    const { client } = clientFor(e)
    const error = await client.octokit.request(`GET ${path}`).then(
      () => undefined,
      (reason: unknown) =>
        new ApiError(reason, {
          repository: 'octo-org/octo-repo',
          action: 'read it',
          permission: 'actions: read'
        })
    )
    expect(error?.status).toBe(404)
    const message = await explainNotFound(client, { owner: 'octo-org', repo: 'octo-repo' }, error)
    expect(message).toBeUndefined()
  })
})
