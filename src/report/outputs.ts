import { Outputs } from '../settings/inputs.js'
import { totalBytes } from '../shared/bytes.js'
import type { Report } from './report.js'

/** Sets a step output (core.setOutput in the action). */
export type SetOutput = (name: string, value: string | number) => void

/** The outputs every operation sets, then the operation's own. */
export function writeOutputs(report: Report, setOutput: SetOutput): void {
  setOutput(Outputs.Artifacts, JSON.stringify(report.artifacts))
  setOutput(Outputs.Count, report.artifacts.length)
  setOutput(Outputs.TotalBytes, totalBytes(report.artifacts))
  for (const [name, value] of Object.entries(report.outputs)) setOutput(name, value)
}
