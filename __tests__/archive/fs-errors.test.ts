// Filesystem errors while files are placed: named by entry and destination, and a rename that
// another process blocks for a moment (an antivirus scanner on Windows) tried again.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { describeFsError, renameRetrying } from '../../src/archive/fs-errors.js'
import { moveFile } from '../../src/archive/place.js'
import { rejection, useTempDirs } from '../helpers.js'

const dest = useTempDirs()

/** An error as node:fs makes them, with the staging path in its message. */
function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation failed, rename '${file}'`), { code })
}

/** A rename that fails with `code` `failures` times, then renames; counts its calls. */
function blockedRename(code: string, failures: number) {
  const calls: string[] = []
  const move = async (from: string, to: string): Promise<void> => {
    calls.push(from)
    if (calls.length <= failures) throw fsError(code, from)
    await rename(from, to)
  }
  return { calls, move }
}

function staged(): { root: string; file: string; target: string } {
  const root = dest()
  mkdirSync(join(root, '.staging'))
  const file = join(root, '.staging', 'f')
  writeFileSync(file, 'data')
  return { root, file, target: join(root, 'sub', 'a.txt') }
}

describe('describeFsError', () => {
  it('names the entry, the destination and what the code means, keeping the error as cause', () => {
    const cause = fsError('EBUSY', '/dest/.artifact-ops-x/a.txt')
    const error = describeFsError(cause, 'a.txt', '/dest/a.txt')
    expect(error.message).toBe(
      "Unable to place 'a.txt' at /dest/a.txt: EBUSY, the file is in use by another process (an antivirus scanner, an indexer or an editor)"
    )
    expect(error.cause).toBe(cause)
    expect(describeFsError(fsError('EEXIST', 'x'), 'e', '/d/e').message).toContain(
      'EEXIST, something already exists at that path'
    )
    expect(describeFsError(fsError('EPERM', 'x'), 'e', '/d/e').message).toContain(
      'held open by another process'
    )
  })

  it("keeps the system's message for a code it does not know, and for an error without one", () => {
    expect(describeFsError(fsError('EWHAT', '/s/f'), 'e', '/d/e').message).toBe(
      "Unable to place 'e' at /d/e: EWHAT, EWHAT: operation failed, rename '/s/f'"
    )
    expect(describeFsError('gone', 'e', '/d/e').message).toBe("Unable to place 'e' at /d/e: gone")
  })
})

describe('renameRetrying', () => {
  it('retries EBUSY, EPERM and EACCES until the rename goes through', async () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const { root, file, target } = staged()
      mkdirSync(join(root, 'sub'))
      const { calls, move } = blockedRename(code, 2)
      await renameRetrying(root, file, target, { waitsMs: [1, 1, 1], rename: move })
      expect([code, calls.length, readFileSync(target, 'utf8')]).toEqual([code, 3, 'data'])
    }
  })

  it('gives up after its waits, naming the entry and the target, not the staging path', async () => {
    const { root, file, target } = staged()
    const { calls, move } = blockedRename('EBUSY', 10)
    const error = await rejection(
      renameRetrying(root, file, target, { waitsMs: [1, 1], rename: move })
    )
    expect(calls).toHaveLength(3)
    expect(error.message).toBe(
      `Unable to place 'sub/a.txt' at ${target}: EBUSY, the file is in use by another process (an antivirus scanner, an indexer or an editor)`
    )
  })

  it('does not retry other errors', async () => {
    const { root, file, target } = staged()
    const { calls, move } = blockedRename('ENOSPC', 10)
    const error = await rejection(
      renameRetrying(root, file, target, { waitsMs: [1, 1], rename: move })
    )
    expect(calls).toHaveLength(1)
    expect(error.message).toContain('ENOSPC, no space is left on the device')
  })

  it('waits a few seconds in all by default', async () => {
    const { RENAME_WAITS_MS } = await import('../../src/archive/fs-errors.js')
    const total = RENAME_WAITS_MS.reduce((sum, ms) => sum + ms, 0)
    expect(total).toBeGreaterThanOrEqual(1000)
    expect(total).toBeLessThanOrEqual(5000)
  })
})

describe('placing a file', () => {
  it('says which entry failed where when the staged file is gone (a real ENOENT)', async () => {
    const { root, file, target } = staged()
    const missing = `${file}-gone`
    const error = await rejection(moveFile(root, missing, target))
    expect(error.message).toBe(
      `Unable to place 'sub/a.txt' at ${target}: ENOENT, a directory on the way is missing (removed meanwhile, or a name the filesystem cannot hold)`
    )
    expect(error.message).not.toContain('.staging')
  })
})
