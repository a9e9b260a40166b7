import type { BigIntStats, Stats } from 'node:fs'
import { lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { formatFirst } from '../shared/format.js'
import { renameRetrying } from './fs-errors.js'

/** The name every staging directory starts with: a quick filter, which any name can pass. */
export const STAGING_PREFIX = '.artifact-ops-'

/** The file in each staging directory that says it is one (see stagingMark). */
export const STAGING_MARKER = '.artifact-ops-staging'

/**
 * What the marker of a staging directory holds: the directory's own device and inode numbers.
 * An artifact or a user's directory of the same name, even one that holds a copy of a marker,
 * cannot have them (an archive's entries cannot know the inode they will get; a copy has its own):
 * only a directory this action made is recognised as staging, and removed when stale. (A random
 * token would prove nothing without a second copy of it kept somewhere a name cannot reach.)
 */
export function stagingMark(directory: BigIntStats): string {
  return `artifact-ops staging directory ${directory.dev}:${directory.ino}\n`
}

/**
 * A staging directory inside `root`, so that the final moves are renames on one filesystem:
 * a file appears at its destination whole or not at all. Marked as staging at once.
 */
export async function createStaging(root: string): Promise<string> {
  await mkdir(root, { recursive: true })
  const dir = await mkdtemp(path.join(root, STAGING_PREFIX))
  try {
    const mark = stagingMark(await lstat(dir, { bigint: true }))
    await writeFile(path.join(dir, STAGING_MARKER), mark, { flag: 'wx' })
  } catch (error) {
    await removeStaging(dir)
    throw error
  }
  return dir
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
 * way: a link placed in the destination beforehand must not carry files elsewhere. (Exported for
 * its tests: after `checkTargets`, only what changes in between reaches these checks.)
 */
export async function ensureDirectory(root: string, dir: string): Promise<void> {
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

/** How files already at a target are treated. */
export interface PlaceOptions {
  /** Replace a file already at a target (default); when false, fail before anything moves. */
  overwrite?: boolean
}

/** What was placed. */
export interface Placed {
  /** Every file moved, by its target path. */
  files: string[]
  /** The targets where a file already was and was replaced. */
  replaced: string[]
}

/** Why `stat` (of what is at `target`) cannot take a file, or undefined when a file can replace it. */
function describeBlocker(stat: Stats): string | undefined {
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isDirectory()) return 'a directory'
  return stat.isFile() ? undefined : 'not a regular file'
}

/**
 * Checks every target before the first move, so that a tree is placed whole or not at all:
 * each directory on the way must be absent or a real directory (not a link, not a file), each
 * file's place absent or a regular file, and with `overwrite: false` absent. Returns the
 * targets where a file already is. The moves check again, for what changes in between.
 */
async function checkTargets(
  root: string,
  moves: readonly { target: string; directory: boolean }[],
  overwrite: boolean
): Promise<{ existing: string[]; directories: Map<string, boolean> }> {
  const directories = new Map<string, boolean>([[root, true]])
  const directoryExists = async (dir: string): Promise<boolean> => {
    const known = directories.get(dir)
    if (known !== undefined) return known
    assertInside(root, dir)
    let exists = await directoryExists(path.dirname(dir))
    if (exists) {
      const stat = await lstat(dir).catch(() => undefined)
      if (stat !== undefined && (stat.isSymbolicLink() || !stat.isDirectory())) {
        throw new Error(
          `${dir} exists and is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`
        )
      }
      exists = stat !== undefined
    }
    directories.set(dir, exists)
    return exists
  }
  const existing: string[] = []
  for (const { target, directory } of moves) {
    if (directory) {
      await directoryExists(target)
      continue
    }
    assertInside(root, target)
    if (!(await directoryExists(path.dirname(target)))) continue
    const stat = await lstat(target).catch(() => undefined)
    if (stat === undefined) continue
    const blocker = describeBlocker(stat)
    if (blocker !== undefined) {
      throw new Error(`${target} exists and is ${blocker}; not replacing it`)
    }
    existing.push(target)
  }
  if (!overwrite && existing.length > 0) {
    throw new Error(
      `${existing.length} file(s) already exist in the destination and 'overwrite' is false: ${formatFirst(existing)}`
    )
  }
  return { existing, directories }
}

/**
 * Moves one finished file to `target` (inside `root`), replacing a file already there. (Exported
 * for its tests, as `ensureDirectory` is.)
 */
export async function moveFile(root: string, file: string, target: string): Promise<void> {
  await ensureDirectory(root, path.dirname(target))
  await replaceFile(root, file, target)
}

/** Renames `file` to `target`, where nothing is or a regular file is. */
async function replaceFile(root: string, file: string, target: string): Promise<void> {
  const existing = await lstat(target).catch(() => undefined)
  const blocker = existing === undefined ? undefined : describeBlocker(existing)
  if (blocker !== undefined) throw new Error(`${target} exists and is ${blocker}; not replacing it`)
  await renameRetrying(root, file, target)
}

/** Moves one finished file to `target` (inside `root`) after the checks of `placeTree`. */
export async function placeFile(
  root: string,
  file: string,
  target: string,
  options: PlaceOptions = {}
): Promise<Placed> {
  const { existing: replaced } = await checkTargets(
    root,
    [{ target, directory: false }],
    options.overwrite ?? true
  )
  await moveFile(root, file, target)
  return { files: [target], replaced }
}

/** Every directory and file of the staged tree `from` with its target under `to`, parents first. */
async function planTree(
  from: string,
  to: string
): Promise<{ source: string; target: string; directory: boolean }[]> {
  const moves = [{ source: from, target: to, directory: true }]
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) moves.push(...(await planTree(source, target)))
    else moves.push({ source, target, directory: false })
  }
  return moves
}

/** Renames a staged directory to `target`; false when something is there now (see placeTree). */
async function renameDirectory(source: string, target: string): Promise<boolean> {
  try {
    await rename(source, target)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EPERM') {
      return false
    }
    throw error
  }
}

/**
 * Moves every file of the staged tree `from` into `to` (inside `root`), keeping the layout and
 * its empty directories. Every target is checked before the first move (see checkTargets). A
 * directory whose target is absent moves whole, in one rename; into one that exists, each entry
 * moves on its own, and each directory on the way is checked again once.
 */
export async function placeTree(
  root: string,
  from: string,
  to: string,
  options: PlaceOptions = {}
): Promise<Placed> {
  const moves = await planTree(from, to)
  const { existing: replaced, directories } = await checkTargets(
    root,
    moves,
    options.overwrite ?? true
  )
  const files: string[] = []
  const ensured = new Set<string>()
  let movedWhole: string | undefined
  for (const { source, target, directory } of moves) {
    if (movedWhole !== undefined && source.startsWith(movedWhole)) {
      if (!directory) files.push(target)
      continue
    }
    movedWhole = undefined
    if (directory) {
      if (directories.get(target) === false) {
        const parent = path.dirname(target)
        if (!ensured.has(parent)) {
          await ensureDirectory(root, parent)
          ensured.add(parent)
        }
        if (await renameDirectory(source, target)) {
          movedWhole = source + path.sep
          continue
        }
      }
      await ensureDirectory(root, target)
      ensured.add(target)
    } else {
      const parent = path.dirname(target)
      if (!ensured.has(parent)) {
        await ensureDirectory(root, parent)
        ensured.add(parent)
      }
      await replaceFile(root, source, target)
      files.push(target)
    }
  }
  return { files, replaced }
}
