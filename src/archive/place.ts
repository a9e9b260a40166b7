import { lstat, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import * as path from 'node:path'

/**
 * A staging directory inside `root`, so that the final moves are renames on one filesystem:
 * a file appears at its destination whole or not at all.
 */
export async function createStaging(root: string): Promise<string> {
  await mkdir(root, { recursive: true })
  return mkdtemp(path.join(root, '.artifact-ops-'))
}

export async function removeStaging(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** Refuses any path that is not `root` or below it, whatever produced it. */
function assertInside(root: string, target: string): void {
  const relative = path.relative(root, target)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`${target} is outside the destination ${root}; not writing there`)
  }
}

/**
 * Makes `dir` (inside `root`) a real directory, refusing to pass through a symbolic link on the
 * way: a link placed in the destination beforehand must not carry files elsewhere.
 */
async function ensureDirectory(root: string, dir: string): Promise<void> {
  assertInside(root, dir)
  const relative = path.relative(root, dir)
  let current = root
  for (const part of relative === '' ? [] : relative.split(path.sep)) {
    current = path.join(current, part)
    let stat = await lstat(current).catch(() => undefined)
    if (stat === undefined) {
      // Another artifact unpacking into the same tree at once may create it first.
      const made = await mkdir(current).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error
          return false
        }
      )
      if (!made) stat = await lstat(current)
    }
    if (stat !== undefined && (stat.isSymbolicLink() || !stat.isDirectory())) {
      throw new Error(
        `${current} exists and is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`
      )
    }
  }
}

/** Moves one finished file to `target` (inside `root`), replacing a file already there. */
export async function placeFile(root: string, file: string, target: string): Promise<void> {
  assertInside(root, target)
  await ensureDirectory(root, path.dirname(target))
  const existing = await lstat(target).catch(() => undefined)
  if (existing !== undefined && (existing.isDirectory() || existing.isSymbolicLink())) {
    throw new Error(
      `${target} exists and is ${existing.isDirectory() ? 'a directory' : 'a symbolic link'}; not replacing it`
    )
  }
  await rename(file, target)
}

/**
 * Moves every file of the staged tree `from` into `to` (inside `root`), keeping the layout and
 * replacing files of the same path. Returns the number of files moved.
 */
export async function placeTree(root: string, from: string, to: string): Promise<number> {
  await ensureDirectory(root, to)
  let moved = 0
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      moved += await placeTree(root, source, target)
    } else {
      await placeFile(root, source, target)
      moved++
    }
  }
  return moved
}
