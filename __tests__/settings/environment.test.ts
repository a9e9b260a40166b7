// The runner's environment as the bundled action meets it before any module reads it:
// GITHUB_API_URL and the proxy variables (src/settings/environment.ts, src/index.ts).
import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/server.js'
import { buildZip } from '../../emulator/zip.js'
import { parseProxyUrl, prepareEnvironment } from '../../src/settings/environment.js'
import { tempDir, useEmulator } from '../helpers.js'
import { useProxy } from '../servers.js'
import { runAction } from '../../scripts/run-action.mjs'

const startEmulator = useEmulator()
const startProxy = useProxy()

function inputs(e: Emulator): Record<string, string> {
  return { operation: 'list', 'github-token': e.token, repository: e.repository }
}

describe('proxy variables read as curl reads them', () => {
  it.each([
    ['proxy.example:3128', 'http://proxy.example:3128'],
    [' proxy.example:3128 ', 'http://proxy.example:3128'],
    ['http://proxy.example:3128/', 'http://proxy.example:3128'],
    ['https://proxy.example', 'https://proxy.example'],
    ['10.0.0.1:8080', 'http://10.0.0.1:8080'],
    ['user:p%ss@proxy.example:3128', 'http://user:p%25ss@proxy.example:3128'],
    ['http://user:100%@proxy.example:3128', 'http://user:100%25@proxy.example:3128'],
    ['http://us%65r:p%40ss@proxy.example:3128', 'http://user:p%40ss@proxy.example:3128'],
    ['http://user:a:b@proxy.example:3128', 'http://user:a%3Ab@proxy.example:3128'],
    ['http://user@proxy.example:3128', 'http://user:@proxy.example:3128']
  ])('reads %s as %s', (value, expected) => {
    expect(parseProxyUrl('HTTPS_PROXY', value)).toBe(expected)
  })

  it.each([
    ['socks5://proxy.example:1080', "'socks5://proxy.example:1080' uses the scheme socks5"],
    ['http://user:hunter2@:3128', "'http://…@:3128' is not a URL"],
    ['http://user:hun/ter2@proxy.example:3128', "'http://…@proxy.example:3128' is not a URL"],
    ['http://user:1234/hunter2@proxy.example', "'http://…@proxy.example' has a path, a query"],
    ['http://user:hunter2#x@proxy.example:3128', "'http://…@proxy.example:3128' is not a URL"],
    ['http://proxy.example:3128/?x', "'http://proxy.example:3128' has a path, a query"],
    ['http://user:hunter2%C3@proxy.example', "'http://…@proxy.example' has a user name or"],
    ['proxy.example:notaport', "'http://proxy.example:notaport' is not a URL"]
  ])('refuses %s, naming the variable, never the password', (value, message) => {
    expect(() => parseProxyUrl('HTTPS_PROXY', value)).toThrow(
      `Invalid environment variable HTTPS_PROXY: ${message}`
    )
    expect(() => parseProxyUrl('HTTPS_PROXY', value)).not.toThrow(/hunter2|ter2/)
  })

  it('rewrites the variable http-client reads, drops blank ones, and leaves NO_PROXY', () => {
    const env: NodeJS.ProcessEnv = {
      GITHUB_API_URL: 'http://ghes.example/api/v3',
      https_proxy: '  ',
      HTTPS_PROXY: 'proxy.example:3128',
      http_proxy: 'u:%@proxy.example:8080',
      HTTP_PROXY: 'socks5://ignored.example',
      NO_PROXY: 'internal.example'
    }
    prepareEnvironment(env)
    expect(env).toEqual({
      GITHUB_API_URL: 'http://ghes.example/api/v3',
      HTTPS_PROXY: 'http://proxy.example:3128',
      http_proxy: 'http://u:%25@proxy.example:8080',
      HTTP_PROXY: 'socks5://ignored.example',
      NO_PROXY: 'internal.example'
    })
  })

  it('reads no http proxy variable when the API is https: the action makes no http request', () => {
    const env: NodeJS.ProcessEnv = {
      GITHUB_API_URL: 'https://api.github.com',
      HTTPS_PROXY: 'proxy.example:3128',
      http_proxy: 'socks5://for-other-tools.example:1080'
    }
    prepareEnvironment(env)
    expect(env['HTTPS_PROXY']).toBe('http://proxy.example:3128')
    expect(env['http_proxy']).toBe('socks5://for-other-tools.example:1080')
    expect(() => prepareEnvironment({ ...env, GITHUB_API_URL: 'http://ghes.example' })).toThrow(
      "Invalid environment variable http_proxy: 'socks5://for-other-tools.example:1080' uses the scheme socks5"
    )
    expect(() => prepareEnvironment({ GITHUB_API_URL: 'not a url' })).toThrow(
      'Invalid environment variable GITHUB_API_URL'
    )
  })
})

describe('the bundled action and the runner environment', () => {
  it('refuses a GITHUB_API_URL that is not a URL, naming it, without a stack trace', async () => {
    const e = await startEmulator()
    const run = await runAction({ apiUrl: 'not a url', inputs: inputs(e) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "::error::Invalid environment variable GITHUB_API_URL: 'not a url' is not an absolute URL."
    )
    expect(run.stderr).toBe('')
    expect(e.requests).toHaveLength(0)
  })

  it('goes through a proxy given without a scheme, as curl would', async () => {
    // A host name only the proxy knows: the action reaches the emulator through it or not at all.
    const e = await startEmulator({ host: 'emulator.proxied.test' })
    const proxy = await startProxy()
    e.addArtifact({ name: 'a', content: buildZip([{ name: 'f.txt', data: 'x' }]) })
    // `localhost:PORT` parses as a URL of scheme `localhost:` with no host.
    const bare = proxy.url.replace('http://127.0.0.1', 'localhost')
    const workspace = tempDir()
    try {
      const run = await runAction({
        apiUrl: e.apiUrl,
        cwd: workspace,
        env: { HTTP_PROXY: bare, HTTPS_PROXY: bare, NO_PROXY: '' },
        inputs: { ...inputs(e), operation: 'download', name: 'a', path: 'out' }
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(readFileSync(join(workspace, 'out', 'f.txt'), 'utf8')).toBe('x')
      const [api, blob] = [e.apiOrigin, e.blobOrigin].map(o => new URL(o).host)
      expect(new Set(proxy.tunnels)).toEqual(new Set([api, blob]))
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('sends a password with a bare % to the proxy as it is written', async () => {
    const e = await startEmulator({ host: 'emulator.proxied.test' })
    const proxy = await startProxy({ credentials: 'me:100%sure' })
    e.addArtifact({ name: 'a' })
    const url = proxy.url.replace('http://', 'http://me:100%sure@')
    const run = await runAction({
      apiUrl: e.apiUrl,
      env: { HTTP_PROXY: url, NO_PROXY: '' },
      inputs: inputs(e)
    })
    // (The tunnel package warns of its Buffer() on stderr whenever the proxy has credentials.)
    expect(run.stderr).not.toMatch(/Error|100%/)
    expect(run.code).toBe(0)
    expect(run.outputs['count']).toBe('1')
    expect(proxy.credentials).toEqual(['me:100%sure'])
    expect(run.stdout).not.toContain('100%sure')
  })

  it('says the proxy refused when it answers 407, without printing the password', async () => {
    const e = await startEmulator({ host: 'emulator.proxied.test' })
    const proxy = await startProxy({ credentials: 'me:right' })
    const url = proxy.url.replace('http://', 'http://me:wrong@')
    const run = await runAction({
      apiUrl: e.apiUrl,
      env: { HTTP_PROXY: url, NO_PROXY: '' },
      inputs: inputs(e)
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Unable to list artifacts in octo-org\/octo-repo: the API could not be reached \(the proxy refused to open a tunnel to emulator\.proxied\.test:\d+ \(407 Proxy Authentication Required\): check the user name and password in HTTP_PROXY\)/
    )
    // Credentials do not heal by retrying.
    expect(proxy.credentials).toEqual(['me:wrong'])
    expect(`${run.stdout}${run.stderr}`).not.toContain('wrong')
    expect(e.requests).toHaveLength(0)
  })

  it('refuses a proxy it cannot use, naming the variable, before any request', async () => {
    const e = await startEmulator()
    const run = await runAction({
      apiUrl: e.apiUrl,
      env: { HTTPS_PROXY: 'socks5://me:hunter2@127.0.0.1:1080' },
      inputs: inputs(e)
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "::error::Invalid environment variable HTTPS_PROXY: 'socks5://…@127.0.0.1:1080' uses the scheme socks5, which this action cannot use."
    )
    expect(`${run.stdout}${run.stderr}`).not.toContain('hunter2')
    expect(e.requests).toHaveLength(0)
  })
})
