import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fitArtifacts, writeOutputs } from '../../src/report/outputs.js'
import { type ReportedArtifact, toReported } from '../../src/report/report.js'
import { collectingLogger, useTempDirs } from '../helpers.js'
import { limitAnnotations } from '../../src/shared/logger.js'

const dirs = useTempDirs()

function artifact(id: number, day: number): ReportedArtifact {
  return toReported({
    id,
    name: `n${id}`,
    size_in_bytes: 10,
    expired: false,
    created_at: new Date(Date.UTC(2026, 0, day)).toISOString()
  })
}

describe('fitArtifacts', () => {
  it('keeps everything when it fits', () => {
    const all = [artifact(1, 1), artifact(2, 2)]
    expect(fitArtifacts(all, 1_000_000)).toEqual({ json: JSON.stringify(all), left: 0 })
  })

  it('keeps the newest that fit, in the order given, and counts the rest', () => {
    // Oldest first, as prune reports them.
    const all = [artifact(1, 1), artifact(2, 2), artifact(3, 3), artifact(4, 4)]
    const one = JSON.stringify(all[0]).length * 2
    const { json, left } = fitArtifacts(all, 4 + 2 * one + 2 + 4)
    expect(left).toBe(2)
    expect((JSON.parse(json) as ReportedArtifact[]).map(a => a.id)).toEqual([3, 4])
  })
})

describe('writeOutputs', () => {
  it('sets every shared output and writes the complete selection to a file', () => {
    const dir = dirs()
    const outputs: Record<string, string | number> = {}
    const all = [artifact(1, 1), artifact(2, 2)]
    writeOutputs(
      { artifacts: all, outputs: { 'deleted-count': 1 }, summary: undefined as never },
      (name, value) => (outputs[name] = value),
      dir
    )
    expect(outputs).toMatchObject({
      artifacts: JSON.stringify(all),
      'artifacts-truncated': 0,
      count: 2,
      'total-bytes': 20,
      'deleted-count': 1
    })
    const file = String(outputs['artifacts-file'])
    expect(file.startsWith(dir)).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(all)
  })
})

describe('writeOutputs when a write fails', () => {
  const report = {
    artifacts: [artifact(1, 1)],
    outputs: { 'deleted-count': 1, 'remaining-count': 0 },
    summary: undefined as never
  }

  it('sets each output on its own and names those it could not, with the file they go to', () => {
    const dir = dirs()
    const outputs: Record<string, string | number> = {}
    const problems = writeOutputs(
      report,
      (name, value) => {
        if (name === 'count' || name === 'artifacts')
          throw new Error('EROFS: read-only file system')
        outputs[name] = value
      },
      dir,
      '/runner/output'
    )
    expect(Object.keys(outputs).sort()).toEqual([
      'artifacts-file',
      'artifacts-truncated',
      'deleted-count',
      'remaining-count',
      'total-bytes'
    ])
    expect(problems).toEqual([
      'The outputs count, artifacts are not set: writing them to GITHUB_OUTPUT (/runner/output) failed: EROFS: read-only file system'
    ])
  })

  it('sets the small outputs before the file, and names the file it could not write', () => {
    const blocked = join(dirs(), 'a-file')
    writeFileSync(blocked, '')
    const outputs: Record<string, string | number> = {}
    const problems = writeOutputs(report, (name, value) => (outputs[name] = value), blocked)
    expect(outputs).toMatchObject({ count: 1, 'deleted-count': 1, 'remaining-count': 0 })
    expect(outputs['artifacts-file']).toBeUndefined()
    expect(problems).toHaveLength(1)
    // Under jest an error of node:fs is of another realm's Error, and printed with its name.
    expect(problems[0]).toMatch(
      new RegExp(
        `^The artifacts-file output is not set: writing ${blocked}/artifact-ops-[0-9a-f]{12}\\.json \\(under RUNNER_TEMP\\) failed: (Error: )?ENOTDIR`
      )
    )
  })
})

describe('limitAnnotations', () => {
  it('passes nine warnings through and groups the rest into one', () => {
    const { log, logs } = collectingLogger()
    const limited = limitAnnotations(log)
    for (let i = 1; i <= 13; i++) limited.log.warn(`w${i}`)
    limited.log.error('e1')
    limited.flush()
    expect(logs.warn).toEqual([
      'w1',
      'w2',
      'w3',
      'w4',
      'w5',
      'w6',
      'w7',
      'w8',
      'w9',
      '4 more warnings (in the log above): w10; w11; w12; w13'
    ])
    expect(logs.error).toEqual(['e1'])
    expect(logs.info).toEqual(['w10', 'w11', 'w12', 'w13'])
  })

  it('names five of the errors it held back, then an ellipsis; exactly five, none', () => {
    const { log, logs } = collectingLogger()
    const limited = limitAnnotations(log, 2)
    for (let i = 1; i <= 7; i++) limited.log.error(`e${i}`)
    limited.flush()
    expect(logs.error).toEqual(['e1', '6 more errors (in the log above): e2; e3; e4; e5; e6; …'])

    const exact = collectingLogger()
    const five = limitAnnotations(exact.log, 2)
    for (let i = 1; i <= 6; i++) five.log.error(`e${i}`)
    five.flush()
    expect(exact.logs.error).toEqual(['e1', '5 more errors (in the log above): e2; e3; e4; e5; e6'])
  })
})

describe('fitArtifacts at its edges', () => {
  // Three artifacts whose JSON is the same length: L characters each.
  const three = [artifact(1, 1), artifact(2, 2), artifact(3, 3)]
  const L = JSON.stringify(three[0]).length

  it('keeps one artifact that fills the limit exactly, brackets counted', () => {
    expect(fitArtifacts(three, 2 * (2 + L)).left).toBe(2)
    expect(fitArtifacts(three, 2 * (2 + L) - 1).left).toBe(3)
  })

  it('counts the comma between two artifacts', () => {
    expect(fitArtifacts(three, 2 * (2 + 2 * L + 1)).left).toBe(1)
    expect(fitArtifacts(three, 2 * (2 + 2 * L + 1) - 1).left).toBe(2)
  })
})

describe('writeOutputs without a directory', () => {
  it('writes the file under RUNNER_TEMP, or the system temporary directory without it', () => {
    const saved = process.env['RUNNER_TEMP']
    try {
      const dir = dirs()
      process.env['RUNNER_TEMP'] = dir
      const outputs: Record<string, string | number> = {}
      const report = { artifacts: [artifact(1, 1)], outputs: {}, summary: undefined as never }
      writeOutputs(report, (name, value) => (outputs[name] = value))
      expect(String(outputs['artifacts-file']).startsWith(join(dir, 'artifact-ops-'))).toBe(true)
      delete process.env['RUNNER_TEMP']
      writeOutputs(report, (name, value) => (outputs[name] = value))
      expect(String(outputs['artifacts-file']).startsWith(join(tmpdir(), 'artifact-ops-'))).toBe(
        true
      )
      rmSync(String(outputs['artifacts-file']))
    } finally {
      if (saved === undefined) delete process.env['RUNNER_TEMP']
      else process.env['RUNNER_TEMP'] = saved
    }
  })
})
