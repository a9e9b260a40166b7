import { describe, expect, it } from '@jest/globals'
import { existsSync, lstatSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildZip } from '../../emulator/zip.js'
import { STAGING_MARKER, stagingMark } from '../../src/archive/place.js'
import { runDownload } from '../../src/operations/download/index.js'
import { parseApiUrl } from '../../src/settings/environment.js'
import { clientFor, settingsFrom, useEmulator, useTempDirs } from '../helpers.js'
import { runAction } from '../../scripts/run-action.mjs'

const start = useEmulator()
const dest = useTempDirs()

describe('inputs are refused before any request, naming the input and what is accepted', () => {
  it.each([
    [
      'repository',
      'x/..',
      "Invalid value for 'repository': 'x/..'. Expected 'owner/name', e.g. 'octo-org/octo-repo' (neither part may be '.' or '..')."
    ],
    ['repository', './repo', "Invalid value for 'repository': './repo'."],
    [
      'older-than',
      '2026-02-30',
      "Invalid value for 'older-than': '2026-02-30'. Expected a duration"
    ],
    [
      'newer-than',
      '2025-04-31T10:00:00Z',
      "Invalid value for 'newer-than': '2025-04-31T10:00:00Z'."
    ],
    [
      'older-than',
      '99999999999999999999d',
      "Invalid value for 'older-than': '99999999999999999999d'. Expected a duration short enough to count back from now, e.g. '30d' or '2w'."
    ],
    [
      'rate-limit-reserve',
      '99999999999999999999',
      "Invalid value for 'rate-limit-reserve': '99999999999999999999'."
    ],
    [
      'limit',
      '99999999999999999999',
      "Invalid value for 'limit': '99999999999999999999'. Expected a whole number"
    ],
    [
      'branch',
      'refs/heads/',
      "Invalid value for 'branch': 'refs/heads/'. Expected a branch name, e.g. 'main' or 'refs/heads/main'."
    ],
    [
      'max-wait',
      '7h',
      "Invalid value for 'max-wait': '7h'. Expected a duration in seconds, minutes or hours up to 6h"
    ],
    ['max-wait', '99999999999999999999', "Invalid value for 'max-wait': '99999999999999999999'."],
    ['max-wait', 'x300', "Invalid value for 'max-wait': 'x300'."],
    ['max-wait', '5min', "Invalid value for 'max-wait': '5min'."],
    ['max-wait', '21601', "Invalid value for 'max-wait': '21601'."]
  ])('refuses %s: %s', (input, value, message) => {
    expect(() => settingsFrom({ [input]: value })).toThrow(message)
  })

  it('accepts a leap day and max-wait in its forms', () => {
    expect(settingsFrom({ 'older-than': '2024-02-29' }).selection.olderThan?.toISOString()).toBe(
      '2024-02-29T00:00:00.000Z'
    )
    expect(settingsFrom({}).maxWaitSeconds).toBe(300)
    expect(settingsFrom({ 'max-wait': '90s' }).maxWaitSeconds).toBe(90)
    expect(settingsFrom({ 'max-wait': '0' }).maxWaitSeconds).toBe(0)
    expect(settingsFrom({ 'max-wait': '6h' }).maxWaitSeconds).toBe(21_600)
    expect(settingsFrom({ 'max-wait': '5 m' }).maxWaitSeconds).toBe(300)
  })

  it.each([['hunter2\nabc'], ['tökén-hunter2'], ['hunter2 abc']])(
    'refuses a token with a line break, a space or non-ASCII, without echoing it: %j',
    token => {
      let error: Error | undefined
      try {
        settingsFrom({ 'github-token': token })
      } catch (thrown) {
        error = thrown as Error
      }
      expect(error?.message).toBe(
        "Input 'github-token' contains a line break, a space or a character outside printable ASCII (the value is not shown). Pass the token alone, e.g. 'github-token: ${{ secrets.MY_TOKEN }}'."
      )
      expect(error?.message).not.toMatch(/hunter2/)
    }
  )
})

describe('GITHUB_API_URL is checked up front', () => {
  it.each([
    ['not a url', "'not a url' is not an absolute URL"],
    ['ftp://example.com', "'ftp:…' is not an http or https URL"],
    ['https://user:hunter2@ghe.example/api/v3', "'https://ghe.example/api/v3' carries credentials"],
    ['https://:hunter2@ghe.example/api/v3', "'https://ghe.example/api/v3' carries credentials"],
    ['https://api.example/?', "'https://api.example/' carries a query or a fragment"],
    ['https://api.example/?x=1', "'https://api.example/' carries a query or a fragment"],
    ['https://api.example/#frag', "'https://api.example/' carries a query or a fragment"]
  ])('refuses %s', (value, message) => {
    expect(() => parseApiUrl(value)).toThrow(
      `Invalid environment variable GITHUB_API_URL: ${message}`
    )
    expect(() => parseApiUrl(value)).not.toThrow(/hunter2|x=1/)
  })

  it('keeps a good one without its trailing slashes, and takes blanks for unset', () => {
    expect(parseApiUrl('https://ghe.example/api/v3/')).toBe('https://ghe.example/api/v3')
    expect(parseApiUrl(' https://ghe.example/api/v3// ')).toBe('https://ghe.example/api/v3')
    expect(parseApiUrl(undefined)).toBe('https://api.github.com')
    expect(parseApiUrl('   ')).toBe('https://api.github.com')
    expect(parseApiUrl('http://127.0.0.1:8080/api/v3')).toBe('http://127.0.0.1:8080/api/v3')
  })

  it('shows at most 100 characters of a value that is not a URL', () => {
    const long = 'x'.repeat(150)
    expect(() => parseApiUrl(long)).toThrow(`'${'x'.repeat(100)}' is not an absolute URL`)
    expect(() => parseApiUrl(long)).not.toThrow(`'${'x'.repeat(101)}`)
  })

  it('fails the bundled action before any request, never printing credentials', async () => {
    const e = await start()
    const withCredentials = e.apiUrl.replace('http://', 'http://me:hunter2@')
    const run = await runAction({
      apiUrl: withCredentials,
      inputs: { operation: 'list', 'github-token': e.token, repository: e.repository }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Invalid environment variable GITHUB_API_URL: '${e.apiUrl}/' carries credentials`
    )
    expect(`${run.stdout}${run.stderr}`).not.toContain('hunter2')
    expect(e.requests).toHaveLength(0)
  })
})

describe('staging left by a killed download', () => {
  it('is removed by the next download into that path when older than an hour', async () => {
    const e = await start()
    e.addArtifact({ name: 'a', content: buildZip([{ name: 'a.txt', data: 'A' }]) })
    const path = dest()
    const old = join(path, '.artifact-ops-OLD123')
    const fresh = join(path, '.artifact-ops-NEW456')
    const other = join(path, '.artifact-ops-notes')
    for (const dir of [old, fresh]) {
      mkdirSync(join(dir, 'out'), { recursive: true })
      writeFileSync(join(dir, STAGING_MARKER), stagingMark(lstatSync(dir, { bigint: true })))
    }
    mkdirSync(other)
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
    utimesSync(old, twoHoursAgo, twoHoursAgo)
    const { context, logs } = clientFor(e)
    const report = await runDownload(
      context,
      settingsFrom({ operation: 'download', name: 'a', path })
    )
    expect(report.failure).toBeUndefined()
    expect(existsSync(old)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
    expect(existsSync(other)).toBe(true)
    expect(logs.info).toContain(
      `Removed ${old}, left by a download that was killed over an hour ago`
    )
  })

  it('leaves an artifact named like staging, an hour after it was downloaded', async () => {
    const e = await start()
    e.addArtifact({ name: '.artifact-ops-evil', content: buildZip([{ name: 'x.txt', data: 'X' }]) })
    e.addArtifact({ name: 'b', content: buildZip([{ name: 'b.txt', data: 'B' }]) })
    const path = dest()
    const { context } = clientFor(e)
    const first = await runDownload(
      context,
      settingsFrom({ operation: 'download', pattern: '*', path })
    )
    expect(first.failure).toBeUndefined()
    const downloaded = join(path, '.artifact-ops-evil')
    expect(existsSync(join(downloaded, 'x.txt'))).toBe(true)
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
    utimesSync(downloaded, twoHoursAgo, twoHoursAgo)
    const again = await runDownload(
      context,
      settingsFrom({ operation: 'download', name: 'b', path })
    )
    expect(again.failure).toBeUndefined()
    expect(existsSync(join(downloaded, 'x.txt'))).toBe(true)
  })
})
