import { lstat, readdir, readFile, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { STAGING_MARKER, STAGING_PREFIX, stagingMark } from '../../archive/place.js'
import type { Logger } from '../../shared/logger.js'

/**
 * A staging directory untouched this long belongs to no running download: a transfer writes to
 * it at least once a minute (the minimum-rate rule), and one still unpacking is much younger.
 */
export const STALE_STAGING_MS = 60 * 60 * 1000

/**
 * Whether `dir` is a staging directory this action made: its marker, a small regular file (not a
 * link, not a FIFO that would hang the read), names the directory's own device and inode.
 */
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

/**
 * Removes the staging directories a killed run (SIGKILL skips every `finally`) left directly in
 * `root`, when older than STALE_STAGING_MS. Only directories this action made, recognised by
 * their marker, are removed: not an artifact or a user's directory that merely has the prefix,
 * nor a symbolic link. Returns the names removed.
 */
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
    // Checked again: it may have been replaced (by a file, a link) since it was listed.
    if (stat === undefined || !stat.isDirectory() || now - stat.mtimeMs < STALE_STAGING_MS) continue
    if (!(await isStaging(dir))) continue
    await rm(dir, { recursive: true, force: true })
    removed.push(entry.name)
    log.info(`Removed ${dir}, left by a download that was killed over an hour ago`)
  }
  return removed
}
