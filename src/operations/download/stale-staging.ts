import { lstat, readdir, readFile, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { STAGING_MARKER, STAGING_PREFIX, stagingMark } from '../../archive/place.js'
import type { Logger } from '../../shared/logger.js'

/** Longer than the minimum rate lets a live download idle. */
export const STALE_STAGING_MS = 60 * 60 * 1000

/** See stagingMark; a FIFO marker would hang the read. */
async function isStaging(dir: string): Promise<boolean> {
  const marker = path.join(dir, STAGING_MARKER)
  const [directory, file] = await Promise.all([
    lstat(dir, { bigint: true }),
    lstat(marker, { bigint: true })
  ]).catch(() => [])
  if (directory === undefined || file === undefined || !file.isFile() || file.size > 200n) {
    return false
  }
  return (await readFile(marker, 'utf8').catch(() => '')) === stagingMark(directory)
}

/** Left by killed runs (SIGKILL skips `finally`); only by marker, never by name. */
export async function removeStaleStaging(
  root: string,
  log: Logger,
  now: number = Date.now()
): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => [])
  const removed: string[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX)) continue
    const dir = path.join(root, entry.name)
    const stat = await lstat(dir).catch(() => undefined)
    if (stat === undefined || !stat.isDirectory() || now - stat.mtimeMs < STALE_STAGING_MS) continue
    if (!(await isStaging(dir))) continue
    await rm(dir, { recursive: true, force: true })
    removed.push(entry.name)
    log.info(`Removed ${dir}, left by a download that was killed over an hour ago`)
  }
  return removed
}
