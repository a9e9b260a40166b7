import type { BigIntStats, Stats } from 'node:fs'
import { lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { formatFirst } from '../shared/format.js'
import { renameRetrying } from './fs-errors.js'

/** A quick filter only: any name can pass it. */
export const STAGING_PREFIX = '.artifact-ops-'

/** Says a directory is staging (see stagingMark). */
export const STAGING_MARKER = '.artifact-ops-staging'

/**
 * The directory's own device and inode: no same-named directory or copied marker has them, so
 * only what this action made is removed as stale (a random token would need a safe copy).
 */
export function stagingMark(directory: BigIntStats): string {
  return `artifact-ops staging directory ${directory.dev}:${directory.ino}\n`
}

/** In `root`, so that files move by rename: whole or not at all. */
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

/** Refuses any path not under `root`, whatever produced it. */
function assertInside(root: string, target: string): void {
  const relative = path.relative(root, target)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`${target} is outside the destination ${root}; not writing there`)
  }
}

/**
 * Refuses symbolic links on the way: a link placed in the destination beforehand must not carry
 * files elsewhere. Exported for its tests.
 */
export async function ensureDirectory(root: string, dir: string): Promise<void> {
  assertInside(root, dir)
  const relative = path.relative(root, dir)
  let current = root
  for (const part of relative === '' ? [] : relative.split(path.sep)) {
    current = path.join(current, part)
    let stat = await lstat(current).catch(() => undefined)
    if (stat === undefined) {
      // Another artifact unpacking here at once may make it first.
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

export interface PlaceOptions {
  /** Replace files already there (default); false fails before anything moves. */
  overwrite?: boolean
}

export interface Placed {
  /** targets of the files moved */
  files: string[]
  /** targets where a file was replaced */
  replaced: string[]
}

/** Undefined when a file may replace what is there. */
function describeBlocker(stat: Stats): string | undefined {
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isDirectory()) return 'a directory'
  return stat.isFile() ? undefined : 'not a regular file'
}

/** Checks every target first, so a tree is placed whole or not at all; the moves check again. */
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

/** Exported for its tests, as ensureDirectory is. */
export async function moveFile(root: string, file: string, target: string): Promise<void> {
  await ensureDirectory(root, path.dirname(target))
  await replaceFile(root, file, target)
}

async function replaceFile(root: string, file: string, target: string): Promise<void> {
  const existing = await lstat(target).catch(() => undefined)
  const blocker = existing === undefined ? undefined : describeBlocker(existing)
  if (blocker !== undefined) throw new Error(`${target} exists and is ${blocker}; not replacing it`)
  await renameRetrying(root, file, target)
}

/** placeTree for one file. */
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

/** Each entry of `from` with its target under `to`, parents first. */
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

/** False when the target is taken now. */
async function renameDirectory(source: string, target: string): Promise<boolean> {
  try {
    await rename(source, target)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Something is there now, or a scanner holds it: each entry moves on its own.
    if (['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) {
      return false
    }
    throw error
  }
}

/** Moves the staged tree `from` into `to`; a directory whose target is absent moves in one rename. */
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
