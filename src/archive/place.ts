import type { BigIntStats, Stats } from 'node:fs'
import { lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { formatFirst } from '../shared/format.js'
import { renameRetrying } from './fs-errors.js'

/** A quick filter only: any name can pass it. */
export const STAGING_PREFIX = '.artifact-ops-'

/** Says a directory is staging (see stagingMark). */
export const STAGING_MARKER = '.artifact-ops-staging'

/** The directory's device and inode: only what this action made is removed as stale. */
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
  for (const current of directoriesBelow(root, dir)) {
    if (await isDirectory(current)) continue
    // Another artifact unpacking here at once may make it first.
    await mkdir(current).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST' || !(await isDirectory(current))) throw error
    })
  }
}

/** Each directory below `root` down to `dir`. */
function directoriesBelow(root: string, dir: string): string[] {
  assertInside(root, dir)
  const relative = path.relative(root, dir)
  const parts = relative === '' ? [] : relative.split(path.sep)
  return parts.map((_, i) => path.join(root, ...parts.slice(0, i + 1)))
}

/** False when absent; refuses a link or a file where a directory would go. */
async function isDirectory(dir: string): Promise<boolean> {
  const stat = await lstat(dir).catch(() => undefined)
  if (stat !== undefined && (stat.isSymbolicLink() || !stat.isDirectory())) {
    throw new Error(
      `${dir} exists and is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`
    )
  }
  return stat !== undefined
}

/** Whether a file is at `target`; refuses anything else there. */
async function fileAt(target: string): Promise<boolean> {
  const stat = await lstat(target).catch(() => undefined)
  const blocker = stat === undefined ? undefined : describeBlocker(stat)
  if (blocker !== undefined) throw new Error(`${target} exists and is ${blocker}; not replacing it`)
  return stat !== undefined
}

export interface PlaceOptions {
  /** Replace files already there (default); false fails before anything moves. */
  overwrite?: boolean
  /** List the files placed (default): a directory moved whole is then walked as well. */
  listFiles?: boolean
}

export interface Placed {
  /** targets of the files moved; empty when `listFiles` is false */
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

/** Exported for its tests, as ensureDirectory is. */
export async function moveFile(root: string, file: string, target: string): Promise<void> {
  await ensureDirectory(root, path.dirname(target))
  await replaceFile(root, file, target)
}

async function replaceFile(root: string, file: string, target: string): Promise<void> {
  await fileAt(target)
  await renameRetrying(root, file, target)
}

/** placeTree for one file. */
export async function placeFile(
  root: string,
  file: string,
  target: string,
  options: PlaceOptions = {}
): Promise<Placed> {
  assertInside(root, target)
  const replaced = (await existsBelow(root, path.dirname(target))) && (await fileAt(target))
  if (replaced && options.overwrite === false) refuseOverwrite([target])
  await moveFile(root, file, target)
  return { files: [target], replaced: replaced ? [target] : [] }
}

interface Move {
  source: string
  target: string
  directory: boolean
  /** a directory whose target is absent: one rename moves it */
  whole: boolean
}

interface Plan {
  /** parents first */
  moves: Move[]
  /** targets a file would replace */
  existing: string[]
  files: string[]
  listFiles: boolean
}

function refuseOverwrite(existing: string[]): never {
  throw new Error(
    `${existing.length} file(s) already exist in the destination and 'overwrite' is false: ${formatFirst(existing)}`
  )
}

async function checkFile(root: string, source: string, target: string, plan: Plan): Promise<void> {
  assertInside(root, target)
  plan.moves.push({ source, target, directory: false, whole: false })
  if (await fileAt(target)) plan.existing.push(target)
}

/** Checks every target first: whole or not at all. A directory whose target is absent is not walked. */
async function survey(
  root: string,
  from: string,
  to: string,
  plan: Plan,
  present?: boolean
): Promise<void> {
  assertInside(root, to)
  const exists = present ?? (await isDirectory(to))
  plan.moves.push({ source: from, target: to, directory: true, whole: !exists })
  if (!exists) {
    if (plan.listFiles) await listFiles(from, to, plan.files)
    return
  }
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      await survey(root, source, target, plan)
    } else {
      if (plan.listFiles) plan.files.push(target)
      await checkFile(root, source, target, plan)
    }
  }
}

/** Whether `dir` is there; checks each directory on the way. */
async function existsBelow(root: string, dir: string): Promise<boolean> {
  for (const current of directoriesBelow(root, dir)) {
    if (!(await isDirectory(current))) return false
  }
  return true
}

/** Each entry under `from` with its target under `to`, a directory before what it holds. */
async function* treeBelow(
  from: string,
  to: string
): AsyncGenerator<{ source: string; target: string; directory: boolean }> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    yield { source, target, directory: entry.isDirectory() }
    if (entry.isDirectory()) yield* treeBelow(source, target)
  }
}

/** The target of each file under `from`. */
async function listFiles(from: string, to: string, files: string[]): Promise<void> {
  for await (const { target, directory } of treeBelow(from, to)) if (!directory) files.push(target)
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

/** Entry by entry, for a directory whose target appeared after the check. */
async function moveEach(root: string, from: string, to: string): Promise<void> {
  await ensureDirectory(root, to)
  for await (const { source, target, directory } of treeBelow(from, to)) {
    if (directory) await ensureDirectory(root, target)
    else await replaceFile(root, source, target)
  }
}

/** Moves the staged tree `from` into `to`; a directory whose target is absent moves in one rename. */
export async function placeTree(
  root: string,
  from: string,
  to: string,
  options: PlaceOptions = {}
): Promise<Placed> {
  const plan: Plan = { moves: [], existing: [], files: [], listFiles: options.listFiles ?? true }
  assertInside(root, to)
  // `root` is the user's own `path`, trusted as ensureDirectory trusts it (a link included).
  const known = to === root ? true : (await existsBelow(root, path.dirname(to))) ? undefined : false
  await survey(root, from, to, plan, known)
  if (plan.existing.length > 0 && options.overwrite === false) refuseOverwrite(plan.existing)
  const ensured = new Set<string>()
  const ensure = async (dir: string): Promise<void> => {
    if (ensured.has(dir)) return
    await ensureDirectory(root, dir)
    ensured.add(dir)
  }
  for (const { source, target, directory, whole } of plan.moves) {
    if (whole) {
      await ensure(path.dirname(target))
      if (!(await renameDirectory(source, target))) await moveEach(root, source, target)
    } else if (directory) {
      await ensure(target)
    } else {
      await ensure(path.dirname(target))
      await replaceFile(root, source, target)
    }
  }
  return { files: plan.files, replaced: plan.existing }
}
