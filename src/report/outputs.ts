import { randomBytes } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { compareNewestFirst } from '../core/select.js'
import { Outputs } from '../settings/inputs.js'
import { totalBytes } from '../shared/bytes.js'
import { messageOf } from '../shared/errors.js'
import type { Report, ReportedArtifact } from './report.js'

/** Sets a step output (core.setOutput in the action). */
export type SetOutput = (name: string, value: string | number) => void

/**
 * GitHub keeps a job's outputs to 1 MB, counted as UTF-16 (two bytes a code unit): the
 * `artifacts` output gets 900,000 of them, the rest is ample for the other outputs.
 */
export const ARTIFACTS_OUTPUT_LIMIT_BYTES = 900_000

const utf16Bytes = (text: string): number => text.length * 2

/**
 * As many artifacts as fit in `limitBytes` of JSON, the newest first, kept in the order given;
 * and how many were left out.
 */
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

/**
 * Sets the outputs every operation sets and the operation's own, each on its own, the small ones
 * first, so that a failure of one (GITHUB_OUTPUT unwritable, the artifacts file's disk full)
 * costs no other: the org cleanup reads deleted-count and remaining-count whatever else failed.
 * The complete selection goes to a JSON file under `tempDir` (RUNNER_TEMP), whatever its size.
 * Returns what could not be written, one sentence each naming the output or the file.
 */
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
    // A file cut short by a full disk is not left for a later step to read as the selection.
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
