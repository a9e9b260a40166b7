import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { compareNewestFirst } from '../core/select.js'
import { Outputs } from '../settings/inputs.js'
import { totalBytes } from '../shared/bytes.js'
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
 * The outputs every operation sets, then the operation's own. The complete selection also goes
 * to a JSON file under `tempDir` (RUNNER_TEMP), whatever its size.
 */
export function writeOutputs(
  report: Report,
  setOutput: SetOutput,
  tempDir: string = process.env['RUNNER_TEMP'] || os.tmpdir()
): void {
  const file = path.join(tempDir, `artifact-ops-${randomBytes(6).toString('hex')}.json`)
  writeFileSync(file, JSON.stringify(report.artifacts, null, 2))
  const { json, left } = fitArtifacts(report.artifacts, ARTIFACTS_OUTPUT_LIMIT_BYTES)
  setOutput(Outputs.Artifacts, json)
  setOutput(Outputs.ArtifactsTruncated, left)
  setOutput(Outputs.ArtifactsFile, file)
  setOutput(Outputs.Count, report.artifacts.length)
  setOutput(Outputs.TotalBytes, totalBytes(report.artifacts))
  for (const [name, value] of Object.entries(report.outputs)) setOutput(name, value)
}
