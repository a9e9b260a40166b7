import { describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { listArtifacts } from '../../src/github/artifacts.js'
import { listWorkflowRunIds } from '../../src/github/runs.js'
import { transferToFile } from '../../src/operations/download/transfer.js'
import { buildZip } from '../../emulator/zip.js'
import { clientFor, FAST, listFiles, useEmulator, useTempDirs } from '../helpers.js'
import { downloadFrom } from '../downloads.js'
import { json, useServers } from '../servers.js'

const start = useEmulator()
const serve = useServers()
const dest = useTempDirs()

const ZIP = buildZip([{ name: 'a.txt', data: 'A' }])

describe('the token goes to the API origin only', () => {
  it('refuses a next link to another port of the artifacts listing, naming that origin', async () => {
    const e = await start()
    e.addArtifact({ name: 'a' })
    const elsewhere = await serve((_req, res) => json(res, { total_count: 0, artifacts: [] }))
    const { client, logs } = clientFor(e)
    const page = await fetch(`${e.apiUrl}/repos/${e.repository}/actions/artifacts`, {
      headers: { authorization: `token ${e.token}` }
    }).then(r => r.json() as Promise<Record<string, unknown>>)
    e.addFault({
      path: '/repos/octo-org/octo-repo/actions/artifacts',
      status: 200,
      body: { ...page, total_count: 200 },
      headers: {
        link: `<${elsewhere.origin}/repos/octo-org/octo-repo/actions/artifacts?page=2>; rel="next"`
      }
    })
    await expect(listArtifacts(client, { owner: e.owner, repo: e.repo })).rejects.toThrow(
      `Unable to list artifacts in octo-org/octo-repo: refusing to send the token to ${elsewhere.origin}, which an answer of the API pointed to: only the API's origin ${e.apiOrigin} receives it`
    )
    expect(elsewhere.seen).toEqual([])
    // Refused before it was sent: nothing to retry, and no line saying so.
    expect(logs.warn).toEqual([])
  })

  it('follows a redirect of the API within its own origin (a renamed repository)', async () => {
    const server = await serve((req, res) => {
      if (req.url?.startsWith('/repos/old-org/')) {
        res.writeHead(301, { location: req.url.replace('/repos/old-org/', '/repos/octo-org/') })
        res.end()
      } else
        json(res, {
          total_count: 1,
          artifacts: [{ id: 7, name: 'a', size_in_bytes: 1, expired: false }]
        })
    })
    const { client } = clientFor({ apiUrl: server.origin, token: 't' })
    const listed = await listArtifacts(client, { owner: 'old-org', repo: 'octo-repo' })
    expect(listed.artifacts.map(a => a.id)).toEqual([7])
    expect(server.seen.map(r => [r.url.split('?')[0], r.authorization])).toEqual([
      ['/repos/old-org/octo-repo/actions/artifacts', 'token t'],
      ['/repos/octo-org/octo-repo/actions/artifacts', 'token t']
    ])
  })

  it('refuses a redirect of the API to another origin, without retrying or sending the token', async () => {
    const elsewhere = await serve((_req, res) => json(res, { total_count: 0, artifacts: [] }))
    const server = await serve((req, res) => {
      res.writeHead(302, { location: `${elsewhere.origin}${req.url}` })
      res.end()
    })
    const { client, logs } = clientFor({ apiUrl: server.origin, token: 't' })
    await expect(listArtifacts(client, { owner: 'octo-org', repo: 'octo-repo' })).rejects.toThrow(
      `the API at ${new URL(server.origin).host} redirected to ${elsewhere.origin}; the token is sent to ${server.origin} only`
    )
    expect(elsewhere.seen).toEqual([])
    expect(server.seen).toHaveLength(1)
    expect(logs.warn).toEqual([])
  })

  it('reads an answer the server compressed', async () => {
    const server = await serve((req, res) => {
      const body = JSON.stringify({
        total_count: 1,
        artifacts: [{ id: 9, name: 'a', size_in_bytes: 1, expired: false }]
      })
      const encoding = String(req.headers['accept-encoding'])
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(encoding.includes('gzip') ? gzipSync(body) : body)
    })
    const { client } = clientFor({ apiUrl: server.origin, token: 't' })
    const listed = await listArtifacts(client, { owner: 'octo-org', repo: 'octo-repo' })
    expect(listed.artifacts.map(a => a.id)).toEqual([9])
  })

  it('refuses a next link of the workflow-runs listing on another scheme (https for an http API)', async () => {
    const e = await start()
    e.addWorkflow({ id: 5, file: 'ci.yml' })
    e.addRun({ workflowId: 5 })
    const port = new URL(e.apiOrigin).port
    e.addFault({
      path: '/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs',
      status: 200,
      body: { total_count: 300, workflow_runs: [{ id: 1 }] },
      headers: { link: `<https://127.0.0.1:${port}/runs?page=2&sig=secret>; rel="next"` }
    })
    const { client } = clientFor(e)
    const listing = listWorkflowRunIds(client, { owner: e.owner, repo: e.repo, workflow: 'ci.yml' })
    await expect(listing).rejects.toThrow(
      `refusing to send the token to https://127.0.0.1:${port}, which an answer of the API pointed to`
    )
    await expect(listing).rejects.not.toThrow(/secret/)
    expect(e.apiRequests()).toHaveLength(1)
  })

  it('follows a download redirect to file: nowhere, and says so without the path', async () => {
    const e = await start()
    const artifact = e.addArtifact({ name: 'a', content: ZIP })
    e.addFault({
      path: `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`,
      status: 302,
      headers: { location: 'file:///etc/passwd' },
      times: 10
    })
    const path = dest()
    const { value: report } = await downloadFrom(e, { name: 'a', path })
    expect(report.artifacts[0].error).toBe(
      'refusing to fetch the archive from a file: URL: only https or http is followed'
    )
    // Not retried: the same answer would come again.
    expect(e.apiRequests('GET').filter(r => r.path.endsWith('/zip'))).toHaveLength(1)
    expect(listFiles(path)).toEqual([])
  })

  it('takes only https archive URLs when the API is https', async () => {
    const storage = await serve((_req, res) => res.end('zip'))
    const error = await transferToFile(new URL(`${storage.origin}/blob?sig=s3cret`), {
      file: `${dest()}/archive`
    }).catch((e: Error) => e)
    expect((error as Error).message).toBe(
      'refusing to fetch the archive from a http: URL on 127.0.0.1:' +
        new URL(storage.origin).port +
        ': only https is followed'
    )
    expect(storage.seen).toEqual([])
  })

  it('never prints the signed query of a URL reached after a storage redirect', async () => {
    const e = await start()
    const artifact = e.addArtifact({ name: 'a', content: ZIP })
    const storage = await serve((req, res) => {
      if (req.url?.startsWith('/first')) {
        res.writeHead(302, { location: '/second/101.zip?se=2099-01-01&sig=S3CRET%2Fsig' })
        res.end()
      }
      // /second: headers never come.
    })
    e.addFault({
      path: `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`,
      status: 302,
      headers: { location: `${storage.origin}/first?sig=FIRSTSECRET` },
      times: 10
    })
    // The error asserted names the attempts and the stall deadline.
    const { value: report, logs } = await downloadFrom(
      e,
      { name: 'a', path: dest() },
      { ...FAST, attempts: 2, stallMs: 300 }
    )
    const error = report.artifacts[0].error ?? ''
    expect(error).toBe(
      `gave up after 2 attempts; the last: no answer from ${storage.origin}/second/101.zip within 0.3 s`
    )
    const everything = `${logs.text()}\n${JSON.stringify(report)}`
    expect(everything).not.toMatch(/S3CRET|FIRSTSECRET|se=2099/)
    expect(storage.seen.map(r => r.authorization)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})
