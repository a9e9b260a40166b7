import { randomBytes } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { compareNewestFirst } from '../core/select.js'
import { Outputs } from '../settings/inputs.js'
import { totalBytes } from '../shared/bytes.js'
import { messageOf } from '../shared/errors.js'
import type { Report, ReportedArtifact } from './report.js'

/** core.setOutput in the action. */
export type SetOutput = (name: string, value: string | number) => void

/** Of GitHub's 1 MB of UTF-16 for a job's outputs. */
const ARTIFACTS_OUTPUT_LIMIT_BYTES = 900_000

const utf16Bytes = (text: string): number => text.length * 2

/** The newest that fit, kept in order, and how many were left out. */
export function fitArtifacts(
  artifacts: readonly ReportedArtifact[],
  limitBytes: number
): { json: string; left: number } {
  const all = JSON.stringify(artifacts)
  if (utf16Bytes(all) <= limitBytes) return { json: all, left: 0 }
  const byNewest = [...artifacts].sort(compareNewestFirst)
  const kept = new Set<ReportedArtifact>()
  let used = utf16Bytes('[]')
  for (const artifact of byNewest) {
    const size = utf16Bytes(JSON.stringify(artifact)) + (kept.size > 0 ? 2 : 0)
    if (used + size > limitBytes) break
    kept.add(artifact)
    used += size
  }
  return {
    json: JSON.stringify(artifacts.filter(a => kept.has(a))),
    left: artifacts.length - kept.size
  }
}

/** Small outputs first, each alone, so the org cleanup gets its counts whatever fails. */
export function writeOutputs(
  report: Report,
  setOutput: SetOutput,
  tempDir: string = process.env['RUNNER_TEMP'] || os.tmpdir(),
  outputFile: string | undefined = process.env['GITHUB_OUTPUT']
): string[] {
  const unset: string[] = []
  let why: string | undefined
  const set = (name: string, value: string | number): void => {
    try {
      setOutput(name, value)
    } catch (error) {
      unset.push(name)
      why ??= messageOf(error)
    }
  }
  set(Outputs.Count, report.artifacts.length)
  set(Outputs.TotalBytes, totalBytes(report.artifacts))
  for (const [name, value] of Object.entries(report.outputs)) set(name, value)
  const { json, left } = fitArtifacts(report.artifacts, ARTIFACTS_OUTPUT_LIMIT_BYTES)
  set(Outputs.Artifacts, json)
  set(Outputs.ArtifactsTruncated, left)
  const problems: string[] = []
  const file = path.join(tempDir, `artifact-ops-${randomBytes(6).toString('hex')}.json`)
  try {
    writeFileSync(file, JSON.stringify(report.artifacts, null, 2))
    set(Outputs.ArtifactsFile, file)
  } catch (error) {
    // A truncated file must not be read later as the selection.
    try {
      rmSync(file, { force: true })
    } catch {
      // Nothing of it was written.
    }
    problems.push(
      `The artifacts-file output is not set: writing ${file} (under RUNNER_TEMP) failed: ${messageOf(error)}`
    )
  }
  if (unset.length > 0) {
    problems.unshift(
      `The outputs ${unset.join(', ')} are not set: writing them to GITHUB_OUTPUT${outputFile ? ` (${outputFile})` : ''} failed: ${why}`
    )
  }
  return problems
}
