import { describe, expect, it } from '@jest/globals'
import {
  lutimesSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { createStaging, placeFile, placeTree, STAGING_PREFIX } from '../src/archive/place.js'
import { removeStaleStaging, STALE_STAGING_MS } from '../src/operations/download/stale-staging.js'
import { collectingLogger, listFiles, useTempDirs } from './helpers.js'

const root = useTempDirs()

describe('placeTree', () => {
  it('lets several artifacts create the same directories at once', async () => {
    const dest = root()
    const staged = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const staging = await createStaging(dest)
        mkdirSync(join(staging, 'shared', 'deep'), { recursive: true })
        writeFileSync(join(staging, 'shared', 'deep', `f${i}.txt`), String(i))
        return staging
      })
    )
    await Promise.all(staged.map(staging => placeTree(dest, staging, dest)))
    const files = listFiles(dest).filter(f => f.startsWith('shared/'))
    expect(files).toHaveLength(12)
    expect(readFileSync(join(dest, 'shared', 'deep', 'f7.txt'), 'utf8')).toBe('7')
  })

  it('refuses to replace a directory with a file', async () => {
    const dest = root()
    mkdirSync(join(dest, 'report'))
    const staging = await createStaging(dest)
    writeFileSync(join(staging, 'report'), 'file')
    await expect(placeFile(dest, join(staging, 'report'), join(dest, 'report'))).rejects.toThrow(
      `${join(dest, 'report')} exists and is a directory; not replacing it`
    )
  })

  it("finds files already in nested directories: overwrite 'false' refuses, the default counts them", async () => {
    const dest = root()
    mkdirSync(join(dest, 'd', 'e'), { recursive: true })
    writeFileSync(join(dest, 'd', 'e', 'f.txt'), 'mine')
    const stage = async (): Promise<string> => {
      const staging = await createStaging(dest)
      mkdirSync(join(staging, 'd', 'e'), { recursive: true })
      writeFileSync(join(staging, 'd', 'e', 'f.txt'), 'new')
      writeFileSync(join(staging, 'd', 'g.txt'), 'new')
      return staging
    }
    await expect(placeTree(dest, await stage(), dest, { overwrite: false })).rejects.toThrow(
      `1 file(s) already exist in the destination and 'overwrite' is false: ${join(dest, 'd', 'e', 'f.txt')}`
    )
    expect(readFileSync(join(dest, 'd', 'e', 'f.txt'), 'utf8')).toBe('mine')
    const placed = await placeTree(dest, await stage(), dest)
    expect(placed.replaced).toEqual([join(dest, 'd', 'e', 'f.txt')])
    expect(readFileSync(join(dest, 'd', 'e', 'f.txt'), 'utf8')).toBe('new')
  })

  it('refuses a directory outside the destination as a tree target', async () => {
    const parent = root()
    const dest = join(parent, 'dest')
    const staging = await createStaging(dest)
    writeFileSync(join(staging, 'f'), 'f')
    await expect(placeTree(dest, staging, join(dest, '..', 'elsewhere'))).rejects.toThrow(
      `${join(parent, 'elsewhere')} is outside the destination ${dest}; not writing there`
    )
    expect(listFiles(parent).filter(f => !f.includes('.artifact-ops-'))).toEqual([])
  })

  it('refuses a target outside the destination, however it was made', async () => {
    const parent = root()
    const dest = join(parent, 'dest')
    const staging = await createStaging(dest)
    writeFileSync(join(staging, 'f'), 'f')
    await expect(placeFile(dest, join(staging, 'f'), join(dest, '..', 'f'))).rejects.toThrow(
      'is outside the destination'
    )
    expect(listFiles(parent).filter(f => !f.includes('.artifact-ops-'))).toEqual([])
  })
})

describe('removeStaleStaging', () => {
  const NOW = Date.parse('2026-11-22T12:00:00Z')

  /** A directory in `dest` last changed `ageMs` before NOW, with a file in it. */
  function leftBehind(dest: string, name: string, ageMs: number): void {
    const dir = join(dest, name)
    mkdirSync(dir)
    writeFileSync(join(dir, 'part.bin'), 'half')
    const when = (NOW - ageMs) / 1000
    utimesSync(dir, when, when)
  }

  it('removes staging directories an hour old or older, with what is in them, and says so', async () => {
    expect(STALE_STAGING_MS).toBe(3_600_000)
    const dest = root()
    leftBehind(dest, `${STAGING_PREFIX}old`, STALE_STAGING_MS + 1)
    leftBehind(dest, `${STAGING_PREFIX}hour`, STALE_STAGING_MS)
    leftBehind(dest, `${STAGING_PREFIX}young`, STALE_STAGING_MS - 1000)
    const { log, logs } = collectingLogger()
    const removed = await removeStaleStaging(dest, log, NOW)
    expect(removed.sort()).toEqual([`${STAGING_PREFIX}hour`, `${STAGING_PREFIX}old`])
    expect(readdirSync(dest)).toEqual([`${STAGING_PREFIX}young`])
    expect(logs.info.sort()).toEqual([
      `Removed ${join(dest, `${STAGING_PREFIX}hour`)}, left by a download that was killed over an hour ago`,
      `Removed ${join(dest, `${STAGING_PREFIX}old`)}, left by a download that was killed over an hour ago`
    ])
  })

  it('leaves what is not a staging directory of this action: other names, files, links', async () => {
    const dest = root()
    const elsewhere = root()
    leftBehind(dest, 'build', STALE_STAGING_MS * 2)
    leftBehind(elsewhere, `${STAGING_PREFIX}target`, STALE_STAGING_MS * 2)
    symlinkSync(join(elsewhere, `${STAGING_PREFIX}target`), join(dest, `${STAGING_PREFIX}link`))
    writeFileSync(join(dest, `${STAGING_PREFIX}file`), 'x')
    // As old as the directories: only their kind keeps them.
    const old = (NOW - STALE_STAGING_MS * 2) / 1000
    lutimesSync(join(dest, `${STAGING_PREFIX}link`), old, old)
    utimesSync(join(dest, `${STAGING_PREFIX}file`), old, old)
    const { log, logs } = collectingLogger()
    expect(await removeStaleStaging(dest, log, NOW)).toEqual([])
    expect(readdirSync(dest).sort()).toEqual([
      `${STAGING_PREFIX}file`,
      `${STAGING_PREFIX}link`,
      'build'
    ])
    expect(listFiles(elsewhere)).toEqual([`${STAGING_PREFIX}target/part.bin`])
    expect(logs.info).toEqual([])
  })

  it('finds nothing in a destination that does not exist yet', async () => {
    const { log } = collectingLogger()
    expect(await removeStaleStaging(join(root(), 'not-yet'), log, NOW)).toEqual([])
  })
})
