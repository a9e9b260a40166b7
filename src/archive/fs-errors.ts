import { rename } from 'node:fs/promises'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** In words a person can act on. */
const MEANINGS: Record<string, string> = {
  EEXIST: 'something already exists at that path',
  ENOENT:
    'a directory on the way is missing (removed meanwhile, or a name the filesystem cannot hold)',
  ENOTDIR: 'a file stands where a directory is needed',
  EISDIR: 'a directory stands where the file goes',
  EPERM:
    'the operation was not permitted (on Windows: the file is read-only or held open by another process, such as an antivirus scanner)',
  EACCES: 'permission denied (on Windows: the file may be held open by another process)',
  EBUSY: 'the file is in use by another process (an antivirus scanner, an indexer or an editor)',
  ENAMETOOLONG: 'the path or one of its names is longer than the filesystem allows',
  ENOSPC: 'no space is left on the device',
  EROFS: 'the filesystem is read-only'
}

const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES'])

/** A few seconds in all, as graceful-fs and robocopy wait. */
export const RENAME_WAITS_MS = [20, 50, 100, 200, 400, 800, 1000]

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/** Names the entry rather than the staging path; keeps `cause`. */
export function describeFsError(error: unknown, entry: string, destination: string): Error {
  const code = codeOf(error)
  const meaning = code === undefined ? undefined : MEANINGS[code]
  const detail =
    meaning === undefined ? (error instanceof Error ? error.message : String(error)) : meaning
  return new Error(
    `Unable to place '${entry}' at ${destination}: ${code === undefined ? '' : `${code}, `}${detail}`,
    { cause: error }
  )
}

/** Tests put a failing rename in. */
export interface RenameOptions {
  waitsMs?: readonly number[]
  rename?: (from: string, to: string) => Promise<void>
}

/** Retries EBUSY, EPERM and EACCES: on Windows a scanner or indexer holds a new file a moment. */
export async function renameRetrying(
  root: string,
  from: string,
  target: string,
  options: RenameOptions = {}
): Promise<void> {
  const move = options.rename ?? rename
  const waits = options.waitsMs ?? RENAME_WAITS_MS
  for (let attempt = 0; ; attempt++) {
    try {
      await move(from, target)
      return
    } catch (error) {
      const code = codeOf(error)
      if (attempt >= waits.length || code === undefined || !TRANSIENT.has(code)) {
        throw describeFsError(error, path.relative(root, target).split(path.sep).join('/'), target)
      }
      await sleep(waits[attempt])
    }
  }
}
