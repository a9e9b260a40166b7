import * as core from '@actions/core'
import { Outputs } from '../constants.js'
import { type OperationResult, totalBytes } from './result.js'

/** Sets the step outputs of an operation's result. */
export function writeOutputs(result: OperationResult): void {
  core.setOutput(Outputs.Artifacts, JSON.stringify(result.artifacts))
  core.setOutput(Outputs.Count, result.artifacts.length)
  core.setOutput(Outputs.TotalBytes, totalBytes(result.artifacts))
  if (result.downloadPath !== undefined) {
    core.setOutput(Outputs.DownloadPath, result.downloadPath)
  }
  if (result.prune !== undefined) {
    core.setOutput(Outputs.DeletedCount, result.prune.deletedCount)
    core.setOutput(Outputs.DeletedBytes, result.prune.deletedBytes)
    core.setOutput(Outputs.RemainingCount, result.prune.remainingCount)
  }
}
