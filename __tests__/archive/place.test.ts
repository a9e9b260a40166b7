import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import {
  createStaging,
  ensureDirectory,
  moveFile,
  placeFile,
  placeTree,
  removeStaging,
  STAGING_MARKER,
  STAGING_PREFIX,
  stagingMark
} from '../../src/archive/place.js'
import {
  removeStaleStaging,
  STALE_STAGING_MS
} from '../../src/operations/download/stale-staging.js'
import { collectingLogger, itOn, listFiles, useTempDirs } from '../helpers.js'

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

  it('moves a directory whose target is absent in one rename, and merges into one that exists', async () => {
    const dest = root()
    mkdirSync(join(dest, 'out', 'kept'), { recursive: true })
    writeFileSync(join(dest, 'out', 'kept', 'old.txt'), 'old')
    const staging = join(dest, 'staged')
    mkdirSync(staging)
    for (const dir of ['kept', 'new/deep', 'new/empty']) {
      mkdirSync(join(staging, dir), { recursive: true })
    }
    writeFileSync(join(staging, 'kept', 'x.txt'), 'x')
    writeFileSync(join(staging, 'new', 'deep', 'y.txt'), 'y')
    writeFileSync(join(staging, 'top.txt'), 'top')
    const inode = statSync(join(staging, 'new')).ino
    const placed = await placeTree(dest, staging, join(dest, 'out'))
    expect(statSync(join(dest, 'out', 'new')).ino).toBe(inode)
    expect(listFiles(join(dest, 'out'))).toEqual([
      'kept/old.txt',
      'kept/x.txt',
      'new/deep/y.txt',
      'top.txt'
    ])
    expect(readdirSync(join(dest, 'out', 'new', 'empty'))).toEqual([])
    expect([...placed.files].sort()).toEqual(
      ['kept/x.txt', 'new/deep/y.txt', 'top.txt'].map(f => join(dest, 'out', f))
    )
  })

  it('moves a whole tree to an absent target in one rename', async () => {
    const dest = root()
    const staging = join(dest, 'staged')
    mkdirSync(staging)
    mkdirSync(join(staging, 'a'))
    writeFileSync(join(staging, 'a', 'f.txt'), 'f')
    const inode = statSync(staging).ino
    const placed = await placeTree(dest, staging, join(dest, 'fresh'))
    expect(statSync(join(dest, 'fresh')).ino).toBe(inode)
    expect(placed).toEqual({ files: [join(dest, 'fresh', 'a', 'f.txt')], replaced: [] })
  })

  it('lists no files when not asked', async () => {
    const dest = root()
    const staging = join(dest, 'staged')
    mkdirSync(join(staging, 'a'), { recursive: true })
    writeFileSync(join(staging, 'a', 'f.txt'), 'f')
    const placed = await placeTree(dest, staging, join(dest, 'fresh'), { listFiles: false })
    expect(placed).toEqual({ files: [], replaced: [] })
    expect(listFiles(join(dest, 'fresh'))).toEqual(['a/f.txt'])
  })

  it('checks what is already there when not listing files', async () => {
    const dest = root()
    mkdirSync(join(dest, 'out', 'a'), { recursive: true })
    writeFileSync(join(dest, 'out', 'a', 'f.txt'), 'old')
    const staging = join(dest, 'staged')
    mkdirSync(join(staging, 'a'), { recursive: true })
    writeFileSync(join(staging, 'a', 'f.txt'), 'new')
    const options = { listFiles: false, overwrite: false }
    await expect(placeTree(dest, staging, join(dest, 'out'), options)).rejects.toThrow(
      `1 file(s) already exist in the destination and 'overwrite' is false: ${join(dest, 'out', 'a', 'f.txt')}`
    )
    const placed = await placeTree(dest, staging, join(dest, 'out'), { listFiles: false })
    expect(placed).toEqual({ files: [], replaced: [join(dest, 'out', 'a', 'f.txt')] })
    expect(readFileSync(join(dest, 'out', 'a', 'f.txt'), 'utf8')).toBe('new')
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

  /**
   * A directory in `dest` last changed `ageMs` before NOW, with a file in it: marked as staging
   * (as createStaging marks it) unless `marked` is false.
   */
  function leftBehind(dest: string, name: string, ageMs: number, marked = true): void {
    const dir = join(dest, name)
    mkdirSync(dir)
    writeFileSync(join(dir, 'part.bin'), 'half')
    if (marked)
      writeFileSync(join(dir, STAGING_MARKER), stagingMark(lstatSync(dir, { bigint: true })))
    age(dir, ageMs)
  }

  function age(dir: string, ageMs: number): void {
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

  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'leaves what is not a staging directory of this action: other names, files, links',
    async () => {
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
      expect(listFiles(elsewhere)).toEqual([
        `${STAGING_PREFIX}target/${STAGING_MARKER}`,
        `${STAGING_PREFIX}target/part.bin`
      ])
      expect(logs.info).toEqual([])
    }
  )

  it('leaves a directory that only has the prefix, or a marker that is not its own', async () => {
    const dest = root()
    // An artifact or a user's directory of that name.
    leftBehind(dest, `${STAGING_PREFIX}artifact`, STALE_STAGING_MS * 2, false)
    // A copy of a real staging directory: its marker names the original's inode.
    leftBehind(dest, `${STAGING_PREFIX}original`, STALE_STAGING_MS * 2)
    cpSync(join(dest, `${STAGING_PREFIX}original`), join(dest, `${STAGING_PREFIX}copy`), {
      recursive: true
    })
    age(join(dest, `${STAGING_PREFIX}copy`), STALE_STAGING_MS * 2)
    // A marker that is a directory, or too large to be one.
    leftBehind(dest, `${STAGING_PREFIX}odd`, STALE_STAGING_MS * 2, false)
    mkdirSync(join(dest, `${STAGING_PREFIX}odd`, STAGING_MARKER))
    age(join(dest, `${STAGING_PREFIX}odd`), STALE_STAGING_MS * 2)
    leftBehind(dest, `${STAGING_PREFIX}big`, STALE_STAGING_MS * 2, false)
    const big = join(dest, `${STAGING_PREFIX}big`)
    writeFileSync(
      join(big, STAGING_MARKER),
      stagingMark(lstatSync(big, { bigint: true })) + ' '.repeat(200)
    )
    age(big, STALE_STAGING_MS * 2)
    const { log } = collectingLogger()
    expect(await removeStaleStaging(dest, log, NOW)).toEqual([`${STAGING_PREFIX}original`])
    expect(readdirSync(dest).sort()).toEqual([
      `${STAGING_PREFIX}artifact`,
      `${STAGING_PREFIX}big`,
      `${STAGING_PREFIX}copy`,
      `${STAGING_PREFIX}odd`
    ])
  })

  it('recognises a directory made by createStaging, once stale', async () => {
    const dest = root()
    const staging = await createStaging(dest)
    expect(readdirSync(staging)).toEqual([STAGING_MARKER])
    const { log } = collectingLogger()
    const later = Date.now() + STALE_STAGING_MS + 1000
    expect(await removeStaleStaging(dest, log, later)).toEqual([staging.slice(dest.length + 1)])
  })

  it('finds nothing in a destination that does not exist yet', async () => {
    const { log } = collectingLogger()
    expect(await removeStaleStaging(join(root(), 'not-yet'), log, NOW)).toEqual([])
  })
})

describe('placeFile and removeStaging', () => {
  it('replaces a file by default, saying so, and makes no directory for a target in the root', async () => {
    const dest = root()
    writeFileSync(join(dest, 'report.txt'), 'old')
    const staging = await createStaging(dest)
    writeFileSync(join(staging, 'report.txt'), 'new')
    const target = join(dest, 'report.txt')
    expect(await placeFile(dest, join(staging, 'report.txt'), target)).toEqual({
      files: [target],
      replaced: [target]
    })
    expect(readFileSync(target, 'utf8')).toBe('new')
    await removeStaging(staging)
    expect(readdirSync(dest)).toEqual(['report.txt'])
  })

  it('removes a staging directory with what is in it, and one already gone', async () => {
    const dest = root()
    const staging = await createStaging(dest)
    mkdirSync(join(staging, 'a', 'b'), { recursive: true })
    writeFileSync(join(staging, 'a', 'b', 'f'), 'x')
    await removeStaging(staging)
    expect(readdirSync(dest)).toEqual([])
    await expect(removeStaging(staging)).resolves.toBeUndefined()
  })
})

// What changes between placeTree's checks and its moves meets these checks again.
describe('the checks at each move', () => {
  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'refuses to make a directory through a link, a file, or outside the destination',
    async () => {
      const dest = root()
      const elsewhere = root()
      symlinkSync(elsewhere, join(dest, 'link'))
      writeFileSync(join(dest, 'file'), 'x')
      await expect(ensureDirectory(dest, join(dest, 'link', 'sub'))).rejects.toThrow(
        `${join(dest, 'link')} exists and is a symbolic link; not writing through it`
      )
      await expect(ensureDirectory(dest, join(dest, 'file', 'sub'))).rejects.toThrow(
        `${join(dest, 'file')} exists and is not a directory; not writing through it`
      )
      await expect(ensureDirectory(dest, elsewhere)).rejects.toThrow(
        `${elsewhere} is outside the destination ${dest}; not writing there`
      )
      expect(readdirSync(elsewhere)).toEqual([])
      await ensureDirectory(dest, join(dest, 'new', 'deep'))
      expect(listFiles(dest)).toEqual(['file', 'link'])
      expect(readdirSync(join(dest, 'new'))).toEqual(['deep'])
    }
  )

  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'refuses to move a file onto a link or a directory',
    async () => {
      const dest = root()
      const staging = await createStaging(dest)
      writeFileSync(join(staging, 'f'), 'x')
      symlinkSync(join(staging, 'f'), join(dest, 'link'))
      mkdirSync(join(dest, 'dir'))
      await expect(moveFile(dest, join(staging, 'f'), join(dest, 'link'))).rejects.toThrow(
        `${join(dest, 'link')} exists and is a symbolic link; not replacing it`
      )
      await expect(moveFile(dest, join(staging, 'f'), join(dest, 'dir'))).rejects.toThrow(
        `${join(dest, 'dir')} exists and is a directory; not replacing it`
      )
      expect(readFileSync(join(staging, 'f'), 'utf8')).toBe('x')
    }
  )

  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'places into a destination that is itself a link to a directory, as the user chose it',
    async () => {
      const dest = root()
      const real = join(dest, 'real')
      mkdirSync(real)
      symlinkSync(real, join(dest, 'out'))
      const out = join(dest, 'out')
      const staging = await createStaging(out)
      mkdirSync(join(staging, 'a'))
      writeFileSync(join(staging, 'a', 'f.txt'), 'f')
      await placeTree(out, staging, out, { listFiles: false })
      expect(readFileSync(join(real, 'a', 'f.txt'), 'utf8')).toBe('f')
    }
  )

  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'names a link on the way before any file already there, whatever overwrite says',
    async () => {
      const dest = root()
      const elsewhere = root()
      mkdirSync(join(elsewhere, 'x'))
      writeFileSync(join(elsewhere, 'x', 'f.txt'), 'old')
      symlinkSync(elsewhere, join(dest, 'link'))
      const staging = join(dest, 'staged')
      mkdirSync(staging)
      writeFileSync(join(staging, 'f.txt'), 'new')
      const refusal = `${join(dest, 'link')} exists and is a symbolic link; not writing through it`
      for (const overwrite of [false, true]) {
        await expect(
          placeTree(dest, staging, join(dest, 'link', 'x'), { overwrite })
        ).rejects.toThrow(refusal)
        await expect(
          placeFile(dest, join(staging, 'f.txt'), join(dest, 'link', 'x', 'f.txt'), { overwrite })
        ).rejects.toThrow(refusal)
      }
      expect(readFileSync(join(elsewhere, 'x', 'f.txt'), 'utf8')).toBe('old')
    }
  )

  itOn('posix', 'Windows has no FIFOs in the filesystem (mkfifo)')(
    'refuses to replace what is neither a file, a directory nor a link (a FIFO)',
    async () => {
      const dest = root()
      execFileSync('mkfifo', [join(dest, 'pipe')])
      const staging = await createStaging(dest)
      writeFileSync(join(staging, 'pipe'), 'x')
      await expect(placeFile(dest, join(staging, 'pipe'), join(dest, 'pipe'))).rejects.toThrow(
        `${join(dest, 'pipe')} exists and is not a regular file; not replacing it`
      )
    }
  )
})
