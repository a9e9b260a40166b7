import { describe, expect, it } from '@jest/globals'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import { getCommonSettings, ignoredInputs } from '../../src/settings/index.js'
import { createReader, parseInstant, type Reader, splitLines } from '../../src/settings/parse.js'
import { hasSelection, NARROWING_INPUTS, parseSelection } from '../../src/settings/selection.js'
import { Inputs } from '../../src/settings/inputs.js'
import { reserveOf } from '../../src/operations/prune/settings.js'
import { OPERATIONS } from '../../src/operations/index.js'
import { describeInput, readAction } from '../../scripts/docs.mjs'
import { NOW, settingsFrom, withEnv } from '../helpers.js'

function error(inputs: Record<string, string>): string {
  try {
    settingsFrom(inputs)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    // Its name is what a stack trace or `String(error)` shows.
    expect(String(e)).toMatch(/^InputError: /)
    return (e as Error).message
  }
  throw new Error('expected an InputError')
}

describe('getSettings', () => {
  it('gives the documented defaults', () => {
    const s = settingsFrom({})
    expect(s.operation).toBe('list')
    expect(s.owner).toBe('octo-org')
    expect(s.repo).toBe('octo-repo')
    expect(s.selection.names).toEqual([])
    expect(settingsFrom({ operation: 'download' }).download.digestMismatch).toBe('error')
    expect(s.ifNoArtifactFound).toBe('ignore')
    const prune = settingsFrom({ operation: 'prune', pattern: '*' }).prune
    expect(prune.rateLimitReserve).toEqual({ kind: 'percent', value: 10 })
    expect(prune.dryRun).toBe(false)
    expect(settingsFrom({ operation: 'download' }).ifNoArtifactFound).toBe('fail')
  })

  it.each<[Record<string, string>, string[]]>([
    [{}, ['download', 'prune']],
    [{ operation: 'download' }, ['prune']],
    [{ operation: 'prune', pattern: '*' }, ['download']]
  ])("keeps only the operation's own slice of settings (%p)", (inputs, others) => {
    const keys = Object.keys(settingsFrom(inputs))
    for (const other of others) expect(keys).not.toContain(other)
  })

  it('refuses an unknown operation, naming the value and the options', () => {
    expect(error({ operation: 'delete' })).toBe(
      "Invalid value for 'operation': 'delete'. Valid options are: list, download, prune"
    )
  })

  it('takes a repository whose name starts with a dot, and refuses . and .. as either part', () => {
    expect(settingsFrom({ repository: 'octo-org/.github' })).toMatchObject({
      owner: 'octo-org',
      repo: '.github'
    })
    // Only a whole part of dots is a path step: dots at the end of a name are the name's.
    expect(settingsFrom({ repository: 'octo-org/site..' }).repo).toBe('site..')
    for (const value of ['octo-org/..', './repo', 'octo-org/.']) {
      expect(error({ repository: value })).toContain(`Invalid value for 'repository': '${value}'`)
    }
  })

  it("takes the step's own repository from GITHUB_REPOSITORY when repository is empty", async () => {
    await withEnv({ GITHUB_REPOSITORY: 'octo-org/other' }, () => {
      expect(settingsFrom({ repository: '' }).repo).toBe('other')
    })
    await withEnv({ GITHUB_REPOSITORY: undefined }, () => {
      expect(error({ repository: '' })).toBe(
        "Invalid value for 'repository': ''. Expected 'owner/name', e.g. 'octo-org/octo-repo' (neither part may be '.' or '..')."
      )
    })
  })

  it('takes the API URL from GITHUB_API_URL', async () => {
    await withEnv({ GITHUB_API_URL: 'https://ghe.example/api/v3' }, () => {
      expect(settingsFrom({}).apiUrl).toBe('https://ghe.example/api/v3')
    })
  })

  it.each(['octo-repo', 'a/b/c', '/repo', 'owner/', 'own er/repo'])(
    'refuses repository %p without exactly one slash between two names',
    value => {
      expect(error({ repository: value })).toContain(`Invalid value for 'repository': '${value}'`)
    }
  )

  it.each([
    ['run-id', '12x'],
    ['run-id', '-3'],
    ['run-id', '0'],
    ['limit', '-1'],
    ['limit', 'ten'],
    ['limit', '0x10'],
    ['limit', '1e3'],
    ['keep-latest', '-2'],
    ['keep-latest', '1.5'],
    ['artifact-ids', '12,abc'],
    ['artifact-ids', '-4']
  ])('refuses %s %p', (input, value) => {
    const message = error({ [input]: value })
    expect(message).toMatch(new RegExp(`^Invalid value for '${input}': '`))
    expect(message).toContain('whole number')
  })

  it('parses artifact ids separated by commas and newlines, without repeats', () => {
    expect(settingsFrom({ 'artifact-ids': '12, 13\n14,12' }).selection.artifactIds).toEqual([
      12, 13, 14
    ])
  })

  it.each(['abc123', '12345', 'g234567', 'a'.repeat(41)])('refuses commit %p', value => {
    expect(error({ commit: value })).toBe(
      `Invalid value for 'commit': '${value}'. Expected 7 to 40 hexadecimal characters of a commit sha.`
    )
  })

  it('lower-cases a commit prefix', () => {
    expect(settingsFrom({ commit: 'ABCDEF1' }).selection.commit).toBe('abcdef1')
  })

  it.each(['30', '30 days', '3y', 'yesterday', '2026-13-01', '2026-02-30T25:00:00Z'])(
    'refuses older-than %p',
    value => {
      const message = error({ 'older-than': value })
      expect(message).toContain(`Invalid value for 'older-than': '${value}'`)
      expect(message).toContain('m, h, d or w')
    }
  )

  it('refuses newer-than later than or equal to older-than, and takes a window between them', () => {
    expect(error({ 'older-than': '30d', 'newer-than': '10d' })).toContain(
      "'newer-than' must be earlier than 'older-than'"
    )
    expect(error({ 'older-than': '2026-01-01', 'newer-than': '2026-01-01' })).toContain(
      'leave no time between them'
    )
    expect(settingsFrom({ 'older-than': '10d', 'newer-than': '30d' }).selection).toMatchObject({
      olderThan: new Date(NOW.getTime() - 10 * 86_400_000),
      newerThan: new Date(NOW.getTime() - 30 * 86_400_000)
    })
  })

  it('refuses an empty github-token', () => {
    expect(error({ 'github-token': '  ' })).toContain("Input 'github-token' is empty")
  })

  it.each(['dry-run', 'merge-multiple', 'skip-decompress', 'allow-forks', 'delete-after'])(
    'refuses boolean %s that is not true or false',
    input => {
      expect(error({ [input]: 'yes' })).toBe(
        `Invalid value for '${input}': 'yes'. Valid options are: true, false`
      )
    }
  )

  it('reads booleans in the YAML 1.2 spellings', () => {
    const dryRun = (value: string) =>
      settingsFrom({ operation: 'prune', pattern: '*', 'dry-run': value }).prune.dryRun
    expect(dryRun('True')).toBe(true)
    expect(dryRun('TRUE')).toBe(true)
    expect(dryRun('true')).toBe(true)
    expect(dryRun('FALSE')).toBe(false)
    expect(dryRun('False')).toBe(false)
  })

  it('refuses name and artifact-ids together', () => {
    expect(error({ name: 'coverage', 'artifact-ids': '12' })).toContain(
      "Inputs 'name' and 'artifact-ids' cannot be used together"
    )
  })

  it('refuses pr together with branch or commit', () => {
    expect(error({ pr: '5', branch: 'main' })).toContain(
      "Input 'pr' already chooses the branch (list, prune) or commit (download): leave 'branch' empty."
    )
    expect(error({ pr: '#5', commit: 'abcdef1' })).toContain("leave 'commit' empty")
    expect(settingsFrom({ pr: '#5' }).selection.pr).toBe(5)
  })

  it('refuses digest-mismatch and if-no-artifact-found outside their options', () => {
    expect(error({ 'digest-mismatch': 'eror' })).toBe(
      "Invalid value for 'digest-mismatch': 'eror'. Valid options are: ignore, info, warn, error"
    )
    expect(error({ 'if-no-artifact-found': 'skip' })).toBe(
      "Invalid value for 'if-no-artifact-found': 'skip'. Valid options are: fail, warn, ignore"
    )
  })

  it('takes workflow-conclusion and event without workflow, and refuses bad workflow names', () => {
    expect(settingsFrom({ 'workflow-conclusion': 'Success' }).selection).toMatchObject({
      workflowConclusion: 'success',
      workflow: undefined
    })
    expect(settingsFrom({ event: 'push' }).selection.event).toBe('push')
    expect(error({ event: 'Push!' })).toContain("Invalid value for 'event': 'Push!'")
    expect(error({ workflow: 'ci', 'workflow-conclusion': 'success' })).toContain(
      "Invalid value for 'workflow': 'ci'"
    )
    expect(error({ workflow: 'ci.yml', 'workflow-conclusion': 'great' })).toContain(
      "Invalid value for 'workflow-conclusion': 'great'"
    )
    expect(settingsFrom({ workflow: '.github/workflows/ci.yml' }).selection.workflow).toBe('ci.yml')
    expect(settingsFrom({ workflow: '12345' }).selection.workflow).toBe('12345')
    expect(settingsFrom({ workflow: 'ci.yaml' }).selection.workflow).toBe('ci.yaml')
  })

  it.each(['ci123', 'dir/ci.yml', 'ci.yml.bak', '12 34', 'a.github/workflows/ci.yml'])(
    'refuses the workflow %p',
    value => {
      expect(error({ workflow: value })).toBe(
        `Invalid value for 'workflow': '${value}'. Expected a workflow file name such as 'ci.yml' or a numeric workflow id.`
      )
    }
  )

  it.each(['Push', 'push!', 'pull-request'])('refuses the event %p', value => {
    expect(error({ event: value })).toBe(
      `Invalid value for 'event': '${value}'. Expected an event name such as 'push', 'pull_request' or 'schedule'.`
    )
  })

  it('strips refs/heads/ and # only from the start of branch and pr', () => {
    expect(settingsFrom({ branch: 'feature/refs/heads/x' }).selection.branch).toBe(
      'feature/refs/heads/x'
    )
    expect(error({ pr: '5#' })).toContain("Invalid value for 'pr': '5#'")
  })

  it('refuses a malformed rate-limit-reserve', () => {
    expect(error({ 'rate-limit-reserve': '120%' })).toContain(
      "Invalid value for 'rate-limit-reserve': '120%'"
    )
    expect(
      settingsFrom({ operation: 'prune', pattern: '*', 'rate-limit-reserve': '250' }).prune
        .rateLimitReserve
    ).toEqual({
      kind: 'requests',
      value: 250
    })
  })

  it('strips refs/heads/ from branch and expands ~ in path', () => {
    const s = settingsFrom({ operation: 'download', branch: 'refs/heads/main', path: '~/out' })
    expect(s.selection.branch).toBe('main')
    expect(s.download.path).toBe(join(homedir(), 'out'))
    const home = settingsFrom({ operation: 'download', path: '~' })
    expect(home.download.path).toBe(homedir())
    // Only a leading `~` alone or before a slash is the home directory.
    const other = settingsFrom({ operation: 'download', path: '~user/out' })
    expect(other.download.path).toBe(resolve('~user/out'))
  })

  it('downloads to the workspace when path is empty, else to the working directory', async () => {
    const download = () => settingsFrom({ operation: 'download' }).download.path
    await withEnv({ GITHUB_WORKSPACE: '/runner/work/repo' }, () =>
      expect(download()).toBe(resolve('/runner/work/repo'))
    )
    await withEnv({ GITHUB_WORKSPACE: undefined }, () => expect(download()).toBe(process.cwd()))
  })

  it("takes the step's own run from GITHUB_RUN_ID when it is a whole number", async () => {
    const own = () => settingsFrom({ operation: 'download' }).download.ownRunId
    for (const [value, expected] of [
      ['77', 77],
      ['7a', undefined],
      ['a7', undefined],
      ['', undefined],
      [undefined, undefined]
    ] as const) {
      await withEnv({ GITHUB_RUN_ID: value }, () => expect(own()).toBe(expected))
    }
  })

  it('splits multi-line names and patterns, dropping blanks', () => {
    const s = settingsFrom({ name: 'a\n\n b \n', pattern: 'cov-*\n!cov-old' })
    expect(s.selection.names).toEqual(['a', 'b'])
    expect(s.selection.patterns).toEqual(['cov-*', '!cov-old'])
    expect(splitLines('x\r\ny')).toEqual(['x', 'y'])
  })

  it('says whether any selection input was given', () => {
    expect(hasSelection(settingsFrom({}).selection)).toBe(false)
    expect(hasSelection(settingsFrom({ limit: '5' }).selection)).toBe(false)
    expect(hasSelection(settingsFrom({ pattern: '*' }).selection)).toBe(true)
    expect(hasSelection(settingsFrom({ 'older-than': '30d' }).selection)).toBe(true)
    // A field nobody decided on does not make a prune run: it fails closed.
    const unknown = { ...settingsFrom({}).selection, future: 'always set' }
    expect(hasSelection(unknown)).toBe(false)
  })

  it.each([
    ['run-id', '77'],
    ['workflow-conclusion', 'success'],
    ['event', 'schedule'],
    ['branch', 'main'],
    ['commit', 'abcdef1'],
    ['pr', '5'],
    ['workflow', 'ci.yml'],
    ['newer-than', '30d'],
    ['name', 'a'],
    ['artifact-ids', '1'],
    ['ref', 'v1.2.0'],
    ['min-size', '100MB'],
    ['max-size', '1 KiB']
  ])('takes %p alone as a selection, for prune too', (input, value) => {
    expect(hasSelection(settingsFrom({ [input]: value }).selection)).toBe(true)
    expect(settingsFrom({ operation: 'prune', [input]: value }).operation).toBe('prune')
  })
})

describe('inputs of another operation', () => {
  it('are named when set to something other than their default', () => {
    const inputs: Record<string, string> = {
      'dry-run': 'true',
      'merge-multiple': 'false',
      path: '/somewhere',
      'digest-mismatch': 'warn',
      // Blank is not set.
      'delete-after': '  '
    }
    const read = (name: string) => inputs[name] ?? ''
    const workspace = process.env['GITHUB_WORKSPACE']
    process.env['GITHUB_WORKSPACE'] = '/somewhere'
    // merge-multiple is at its default and path is the workspace the runner fills in: nothing
    // to say of either.
    expect(ignoredInputs(read, 'list', OPERATIONS)).toEqual([
      { input: 'digest-mismatch', value: 'warn', readBy: ['download'] },
      { input: 'dry-run', value: 'true', readBy: ['download', 'prune'] }
    ])
    // download reads dry-run too.
    expect(ignoredInputs(read, 'download', OPERATIONS)).toEqual([])
    expect(ignoredInputs(read, 'prune', OPERATIONS)).toEqual([
      { input: 'digest-mismatch', value: 'warn', readBy: ['download'] }
    ])
    // A path other than the workspace was written by the workflow: list ignores it.
    inputs['path'] = 'dist'
    expect(ignoredInputs(read, 'list', OPERATIONS)[0]).toEqual({
      input: 'path',
      value: 'dist',
      readBy: ['download']
    })
    if (workspace === undefined) delete process.env['GITHUB_WORKSPACE']
    else process.env['GITHUB_WORKSPACE'] = workspace
  })
})

describe('the registry of operations', () => {
  /** The inputs `parse` reads, through a reader that records them. */
  function inputsRead(parse: (input: Reader) => unknown): string[] {
    const names = new Set<string>()
    const given: Record<string, string> = { 'github-token': 't', repository: 'o/r' }
    parse(
      createReader(name => {
        names.add(name)
        return given[name] ?? ''
      })
    )
    return [...names].sort()
  }

  it('declares for each operation exactly the inputs its parse reads', () => {
    for (const plugin of OPERATIONS) {
      expect({ [plugin.name]: inputsRead(plugin.parse) }).toEqual({
        [plugin.name]: [...plugin.inputs].sort()
      })
    }
  })

  it("is what action.yml says of operation and of if-no-artifact-found's defaults", () => {
    const { inputs } = readAction()
    const operation = describeInput(inputs[Inputs.Operation]).description
    expect(operation).toBe(
      `What to do: ${OPERATIONS.slice(0, -1)
        .map(plugin => plugin.name)
        .join(', ')} or ${OPERATIONS[OPERATIONS.length - 1].name}.`
    )
    const said = describeInput(inputs[Inputs.IfNoArtifactFound]).said ?? ''
    const defaults = Object.fromEntries(
      said.split(', ').map(part => part.split(' for ').reverse() as [string, string])
    )
    expect(defaults).toEqual(
      Object.fromEntries(OPERATIONS.map(plugin => [plugin.name, plugin.ifNoArtifactFound]))
    )
  })

  it('names every input the selection reads but limit in NARROWING_INPUTS', () => {
    expect([...NARROWING_INPUTS, Inputs.Limit].sort()).toEqual(
      inputsRead(input => parseSelection(input, NOW))
    )
  })

  it("reads every input of action.yml, shared or an operation's own, and no other", () => {
    const shared = inputsRead(input => getCommonSettings(input, NOW, OPERATIONS))
    const read = new Set([...shared, ...OPERATIONS.flatMap(plugin => plugin.inputs)])
    expect([...read].sort()).toEqual(Object.values(Inputs).sort())
    // The shared inputs are nobody's own.
    for (const plugin of OPERATIONS) {
      expect(plugin.inputs.filter(name => shared.includes(name))).toEqual([])
    }
  })
})

describe('parseInstant', () => {
  const at = (v: string) => parseInstant(Inputs.OlderThan, v, NOW)?.toISOString()

  it('reads durations back from now in each unit', () => {
    expect(at('90m')).toBe('2026-11-21T10:30:00.000Z')
    expect(at('12h')).toBe('2026-11-21T00:00:00.000Z')
    expect(at('30d')).toBe('2026-10-22T12:00:00.000Z')
    expect(at('2w')).toBe('2026-11-07T12:00:00.000Z')
  })

  it('reads ISO-8601 dates and date-times', () => {
    expect(at('2026-01-31')).toBe('2026-01-31T00:00:00.000Z')
    expect(at('2026-01-31T12:30:00Z')).toBe('2026-01-31T12:30:00.000Z')
    expect(at('2026-01-31T12:30:00+02:00')).toBe('2026-01-31T10:30:00.000Z')
    expect(at('2026-01-31T12:30:00+0200')).toBe('2026-01-31T10:30:00.000Z')
    expect(at('2026-01-31T12:30Z')).toBe('2026-01-31T12:30:00.000Z')
    expect(at('2026-01-31 23:59:59.5Z')).toBe('2026-01-31T23:59:59.500Z')
    expect(at('2026-01-31T23:59:59.125Z')).toBe('2026-01-31T23:59:59.125Z')
    expect(at('30 d')).toBe('2026-10-22T12:00:00.000Z')
    expect(at('')).toBeUndefined()
  })

  // Whatever the runner's time zone: e2e.test runs the bundle under other zones (a test here
  // cannot, as TZ set inside jest's sandbox never reaches the process).
  it('reads a date alone as midnight UTC, and a time without an offset as UTC', () => {
    expect(at('2026-01-31')).toBe('2026-01-31T00:00:00.000Z')
    expect(at('2026-07-31T12:30')).toBe('2026-07-31T12:30:00.000Z')
    expect(at('2026-07-31 12:30:15.5')).toBe('2026-07-31T12:30:15.500Z')
    expect(at('2026-07-31T12:30+02:00')).toBe('2026-07-31T10:30:00.000Z')
  })

  // Each of these Date.parse would take (hour 24 as the next midnight, a fifth year digit, a
  // time zone name, anything between number and unit): only what the README documents is read.
  // A sign or anything before the number is not a duration; nor is one reaching past what a
  // date holds (14,300,000 weeks: a whole number of milliseconds, but before 271,821 BC).
  it.each([
    '2026-01-31T24:00:00Z',
    '12026-01-31',
    '2026-01-31 12:00 UTC',
    '30xd',
    '2026-01-00',
    '-5d',
    'x5d',
    '14300000w'
  ])('refuses %p', value => {
    expect(error({ 'older-than': value })).toContain(`Invalid value for 'older-than': '${value}'`)
  })
})

describe('the edges that must not move', () => {
  it.each([
    ['artifact-ids', '9007199254740993'],
    ['run-id', '9007199254740993'],
    ['pr', '9007199254740992'],
    ['limit', '18446744073709551616'],
    ['keep-latest', '9007199254740993']
  ])('refuses %s %p, which a double cannot hold exactly', (input, value) => {
    expect(error({ [input]: value })).toBe(
      `Invalid value for '${input}': '${value}'. Expected a whole number from ${input === 'limit' || input === 'keep-latest' ? 0 : 1} to 9007199254740991.`
    )
  })

  it('takes the largest number a double holds exactly', () => {
    expect(settingsFrom({ 'run-id': '9007199254740991' }).selection.runId).toBe(
      Number.MAX_SAFE_INTEGER
    )
  })

  it('reads choices whatever their case, as YAML users write them', () => {
    expect(
      settingsFrom({ operation: 'Prune', pattern: '*' } as Record<string, string>).operation
    ).toBe('prune')
    expect(settingsFrom({ operation: 'DOWNLOAD' } as Record<string, string>).operation).toBe(
      'download'
    )
    expect(
      settingsFrom({ operation: 'download', 'digest-mismatch': 'Warn' }).download.digestMismatch
    ).toBe('warn')
    expect(settingsFrom({ 'if-no-artifact-found': 'FAIL' }).ifNoArtifactFound).toBe('fail')
  })

  it('takes keep-latest alone as a selection for prune', () => {
    const settings = settingsFrom({ operation: 'prune', 'keep-latest': '3' })
    expect(settings.selection.keepLatest).toBe(3)
    expect(settings.prune.dryRun).toBe(false)
    expect(settingsFrom({ operation: 'prune', 'keep-latest': '0' }).selection.keepLatest).toBe(0)
  })

  it('reads a percentage reserve as a share of the hourly limit, a bare number as requests', () => {
    const reserve = (value: string) =>
      settingsFrom({ operation: 'prune', pattern: '*', 'rate-limit-reserve': value }).prune
        .rateLimitReserve
    expect(reserveOf(reserve('10%'), 5000)).toBe(500)
    expect(reserveOf(reserve('2.5%'), 1000)).toBe(25)
    expect(reserveOf(reserve('0%'), 5000)).toBe(0)
    expect(reserveOf(reserve('100%'), 5000)).toBe(5000)
    expect(reserveOf(reserve('10'), 5000)).toBe(10)
    expect(reserveOf(reserve('10'), 15000)).toBe(10)
    expect(reserve('12.125 %')).toEqual({ kind: 'percent', value: 12.125 })
    expect(error({ operation: 'prune', pattern: '*', 'rate-limit-reserve': '10x%' })).toBe(
      "Invalid value for 'rate-limit-reserve': '10x%'. Expected a percentage of the hourly limit from 0% to 100% (e.g. '10%') or a number of requests (e.g. '200')."
    )
  })
})

describe('the filters the peers have', () => {
  const size = (value: string) => settingsFrom({ 'min-size': value }).selection.minSize

  it.each<[string, number]>([
    ['0', 0],
    ['500', 500],
    ['500b', 500],
    ['100MB', 100_000_000],
    ['100 mb', 100_000_000],
    ['1.5 GiB', 1_610_612_736],
    ['1.1MB', 1_100_000],
    ['2kB', 2000],
    ['2KiB', 2048],
    ['3 TB', 3_000_000_000_000],
    ['1 tib', 1_099_511_627_776]
  ])('reads the size %p as %p bytes', (value, bytes) => {
    expect(size(value)).toBe(bytes)
  })

  it('refuses sizes with an ambiguous unit, a fraction of a byte, or another form', () => {
    expect(error({ 'min-size': '500k' })).toBe(
      "Invalid value for 'min-size': '500k'. The unit 'k' is ambiguous: write 'kB' for powers of 1000 or 'KiB' for powers of 1024."
    )
    expect(error({ 'max-size': '1G' })).toContain(
      "The unit 'G' is ambiguous: write 'GB' for powers of 1000 or 'GiB' for powers of 1024."
    )
    expect(error({ 'max-size': '1.5 B' })).toBe(
      "Invalid value for 'max-size': '1.5 B'. Expected a whole number of bytes: a fraction of a byte is no size."
    )
    for (const value of ['-1', '1e6', '10 PB', 'MB', '1,5MB', '100 MB s', '.5MB']) {
      expect(error({ 'min-size': value })).toContain(
        `Invalid value for 'min-size': '${value}'. Expected a size in bytes, e.g. '500000', '100MB', '1.5 GiB'`
      )
    }
    expect(error({ 'max-size': '9999999999999999 TB' })).toContain(
      'Expected at most 9007199254740991 bytes.'
    )
    expect(error({ 'min-size': '2MB', 'max-size': '1MB' })).toBe(
      "Inputs 'min-size' (2MB, 2000000 bytes) and 'max-size' (1MB, 1000000 bytes) leave no size between them: 'min-size' must not be larger than 'max-size'."
    )
    expect(settingsFrom({ 'min-size': '1MB', 'max-size': '1000000' }).selection).toMatchObject({
      minSize: 1_000_000,
      maxSize: 1_000_000
    })
  })

  it('reads ref as a commit, a branch, a tag, or a name that is either', () => {
    const ref = (value: string) => settingsFrom({ ref: value }).selection.ref
    expect(ref('ABCDEF1')).toEqual({ kind: 'commit', sha: 'abcdef1' })
    expect(ref('a'.repeat(40))).toEqual({ kind: 'commit', sha: 'a'.repeat(40) })
    expect(ref('refs/heads/feature/x')).toEqual({ kind: 'branch', name: 'feature/x' })
    expect(ref('refs/tags/v1.2.0')).toEqual({ kind: 'tag', name: 'v1.2.0' })
    expect(ref('v1.2.0')).toEqual({ kind: 'tag-or-branch', name: 'v1.2.0' })
    // Too short or too long for a sha: a name.
    expect(ref('abcdef')).toEqual({ kind: 'tag-or-branch', name: 'abcdef' })
    expect(ref('refs/heads/abcdef1')).toEqual({ kind: 'branch', name: 'abcdef1' })
  })

  it.each([
    ['v1..2', "A ref name has no '..'."],
    ['v1 2', 'A ref name has no space, control character or any of ~ ^ : ? * [ \\.'],
    ['v1~1', 'any of ~ ^ : ? * [ \\.'],
    ['v1^{}', 'any of ~ ^ : ? * [ \\.'],
    ['a:b', 'any of ~ ^ : ? * [ \\.'],
    ['what?', 'any of ~ ^ : ? * [ \\.'],
    ['v*', 'any of ~ ^ : ? * [ \\.'],
    ['v[1]', 'any of ~ ^ : ? * [ \\.'],
    ['a\\b', 'any of ~ ^ : ? * [ \\.'],
    ['a\tb', 'control character'],
    ['@', "A ref name is not '@' and has no '@{'."],
    ['main@{1}', "has no '@{'"],
    ['/main', "A ref name neither starts nor ends with '/' and has no '//'."],
    ['main/', "neither starts nor ends with '/'"],
    ['a//b', "has no '//'"],
    ['main.', "A ref name does not end with '.'."],
    ['.hidden', "No part of a ref name between slashes starts with '.' or ends with '.lock'."],
    ['a/.b', "starts with '.'"],
    ['main.lock', "ends with '.lock'"],
    ['refs/heads/../x', "has no '..'"],
    ['refs/pull/1/head', 'Only refs/heads/… and refs/tags/… name a branch or a tag here.'],
    ['refs/tags/', 'The name is empty.']
  ])('refuses the ref %p by git ref-name rules, before any request', (value, why) => {
    const message = error({ ref: value })
    expect(message).toContain(`Invalid value for 'ref': '${value}'. `)
    expect(message).toContain(why)
    expect(message).toContain(
      "Expected a branch or tag ('main', 'v1.2.0', 'refs/heads/main', 'refs/tags/v1.2.0') or 7 to 40 hexadecimal characters of a commit."
    )
  })

  it('refuses ref beside branch, commit or pr, naming both', () => {
    for (const other of [
      ['branch', 'main'],
      ['commit', 'abcdef1'],
      ['pr', '5']
    ]) {
      expect(error({ ref: 'v1', [other[0]]: other[1] })).toBe(
        `Inputs 'ref' and '${other[0]}' cannot be used together: 'ref' names the branch, tag or commit alone; give one or the other.`
      )
    }
  })

  it('takes run-number only with workflow, and never with run-id', () => {
    expect(error({ 'run-number': '12' })).toBe(
      "Input 'run-number' (12) needs 'workflow': run numbers count the runs of one workflow. Give the workflow file name, e.g. 'workflow: ci.yml'."
    )
    expect(error({ 'run-number': '12', workflow: 'ci.yml', 'run-id': '5' })).toBe(
      "Inputs 'run-id' and 'run-number' cannot be used together: each names one run; give one or the other."
    )
    expect(error({ 'run-number': '0', workflow: 'ci.yml' })).toContain(
      "Invalid value for 'run-number': '0'. Expected a whole number from 1"
    )
    const s = settingsFrom({ operation: 'prune', 'run-number': '12', workflow: 'ci.yml' })
    expect(s.selection).toMatchObject({ runNumber: 12, workflow: 'ci.yml' })
  })

  it('reads keep-tagged for prune, false by default', () => {
    expect(settingsFrom({ operation: 'prune', pattern: '*' }).prune.keepTagged).toBe(false)
    const on = settingsFrom({ operation: 'prune', pattern: '*', 'keep-tagged': 'true' })
    expect(on.prune.keepTagged).toBe(true)
    expect(error({ operation: 'prune', pattern: '*', 'keep-tagged': 'yes' })).toBe(
      "Invalid value for 'keep-tagged': 'yes'. Valid options are: true, false"
    )
    // It spares; it chooses nothing to delete.
    expect(() => settingsFrom({ operation: 'prune', 'keep-tagged': 'true' })).toThrow(
      'Refusing to prune without a selection'
    )
  })
})
