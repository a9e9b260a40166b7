// The file name rules of each runner's filesystem, every one of them run here on Linux by passing
// the platform: the pure rules, then through the unpacker and the artifact-name check.
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { buildZip } from '../../emulator/zip.js'
import {
  collisionKey,
  describeNameForPlatform,
  PathClaims,
  type Platform
} from '../../src/archive/platform-names.js'
import { UnsafeArchiveError, ZipUnpacker } from '../../src/archive/unpack.js'
import { Placements } from '../../src/operations/download/placements.js'
import { checkNameIsSegment } from '../../src/operations/download/step.js'
import type { Artifact } from '../../src/github/types.js'
import { collectingLogger, itOn, listFiles, useTempDirs } from '../helpers.js'

const dest = useTempDirs()

const DEVICE = 'is a reserved device name on Windows'
const CHARACTER = 'which Windows does not allow in a file name'

/** What `describeNameForPlatform` says of each name, as [name, message or undefined]. */
function describeAll(names: string[], platform: Platform): [string, string | undefined][] {
  return names.map(name => [name, describeNameForPlatform(name, platform)])
}

/** Claims `entries` in order; returns the first refusal as [entry, why], or undefined. */
function firstClash(entries: string[], platform: Platform): [string, string] | undefined {
  const claims = new PathClaims(platform)
  for (const entry of entries) {
    const why = claims.claim(entry)
    if (why !== undefined) return [entry, why]
  }
  return undefined
}

describe('describeNameForPlatform on win32', () => {
  it('refuses device names in any case, with any extension or trailing spaces, in any component', () => {
    const names = [
      'CON',
      'con',
      'aux.txt',
      'sub/NUL',
      'Nul.tar.gz',
      'PRN',
      'COM1.log',
      'com9',
      'LPT1',
      'lpt9.x',
      'COM¹',
      'lpt³.txt',
      'CON .txt',
      'conin$',
      'CONOUT$.x',
      'a/b/aux/c.txt',
      'AUX:stream'
    ]
    for (const [name, why] of describeAll(names, 'win32')) {
      expect([name, why]).toEqual([name, expect.stringContaining(DEVICE)])
    }
    expect(describeNameForPlatform('sub/NUL', 'win32')).toBe(
      "'NUL' is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9 with any extension, in any case): Windows would open the device, not a file"
    )
  })

  it('takes names that only start like a device: CONFIG, auxiliary, COM10, LPT0, com, nul_', () => {
    const names = ['CONFIG', 'auxiliary.txt', 'COM10', 'LPT0', 'com', 'nul_', 'xcon', 'con-1.txt']
    expect(describeAll(names, 'win32')).toEqual(names.map(name => [name, undefined]))
  })

  it('refuses < > : " | ? * and control characters (tab included), naming the character', () => {
    for (const character of ['<', '>', ':', '"', '|', '?', '*']) {
      expect(describeNameForPlatform(`dir/a${character}b.txt`, 'win32')).toBe(
        `'a${character}b.txt' holds the character '${character}', ${CHARACTER} (< > : " | ? * and control characters)`
      )
    }
    expect(describeNameForPlatform('a\tb', 'win32')).toContain(`the character U+0009, ${CHARACTER}`)
    expect(describeNameForPlatform('x\u0001', 'win32')).toContain('U+0001')
    expect(describeNameForPlatform('line\nbreak', 'win32')).toContain('U+000A')
    expect(describeNameForPlatform('x\u001F', 'win32')).toContain('U+001F')
  })

  it('refuses a component that ends with a dot or a space, but not a path that ends with /', () => {
    expect(describeNameForPlatform('name.', 'win32')).toBe(
      "'name.' ends with a dot, which Windows drops from a file name: it would be written under another name"
    )
    expect(describeNameForPlatform('dir /file', 'win32')).toContain("'dir ' ends with a space")
    expect(describeNameForPlatform('dir./', 'win32')).toContain("'dir.' ends with a dot")
    expect(describeAll(['dir/', './a.txt', 'a/./b', '.hidden', 'a b.txt'], 'win32')).toEqual([
      ['dir/', undefined],
      ['./a.txt', undefined],
      ['a/./b', undefined],
      ['.hidden', undefined],
      ['a b.txt', undefined]
    ])
  })

  it('refuses a component longer than 255 characters, not a long path of short ones', () => {
    expect(describeNameForPlatform(`d/${'x'.repeat(256)}`, 'win32')).toBe(
      'a path component of 256 characters is longer than the 255 that Windows allows'
    )
    expect(describeNameForPlatform('x'.repeat(255), 'win32')).toBeUndefined()
    expect(describeNameForPlatform(Array(40).fill('x'.repeat(20)).join('/'), 'win32')).toBe(
      undefined
    )
  })
})

describe('describeNameForPlatform on linux and darwin', () => {
  it('takes every name Windows refuses', () => {
    const names = ['CON', 'aux.txt', 'sub/NUL', 'COM1.log', 'name.', 'name ', 'a:b', 'a\tb', 'x?']
    for (const platform of ['linux', 'darwin'] as const) {
      expect(describeAll(names, platform)).toEqual(names.map(name => [name, undefined]))
    }
  })
})

describe('collisionKey', () => {
  const nfc = 'caf\u00e9.txt'
  const nfd = 'cafe\u0301.txt'

  it('is one key for names differing in case on win32 and darwin, two on linux', () => {
    expect(collisionKey('A.txt', 'win32')).toBe(collisionKey('a.txt', 'win32'))
    expect(collisionKey('Dir/Ä.TXT', 'darwin')).toBe(collisionKey('dir/ä.txt', 'darwin'))
    expect(collisionKey('A.txt', 'linux')).not.toBe(collisionKey('a.txt', 'linux'))
  })

  it('is one key for NFC and NFD spellings on darwin only', () => {
    expect(collisionKey(nfc, 'darwin')).toBe(collisionKey(nfd, 'darwin'))
    expect(collisionKey(nfc, 'win32')).not.toBe(collisionKey(nfd, 'win32'))
    expect(collisionKey(nfc, 'linux')).not.toBe(collisionKey(nfd, 'linux'))
  })

  it('folds case one character to one, as NTFS does: ß is not SS', () => {
    expect(collisionKey('ß', 'win32')).not.toBe(collisionKey('ss', 'win32'))
    expect(collisionKey('straße', 'win32')).toBe(collisionKey('STRAßE', 'win32'))
  })

  it('keys a path as it is normalised, without trailing slashes', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(collisionKey('./a//b/', platform)).toBe(collisionKey('a/b', platform))
    }
  })
})

describe('PathClaims', () => {
  it('refuses on win32 a name differing only in case, naming the earlier entry and the rule', () => {
    expect(firstClash(['A.txt', 'b.txt', 'a.txt'], 'win32')).toEqual([
      'a.txt',
      "it is the same file as the earlier entry 'A.txt' on Windows, which ignores case in file names"
    ])
    expect(firstClash(['A.txt', 'a.txt'], 'linux')).toBeUndefined()
  })

  it('refuses on darwin names differing in case or in normalisation only', () => {
    expect(firstClash(['caf\u00e9', 'cafe\u0301'], 'darwin')).toEqual([
      'cafe\u0301',
      "it is the same file as the earlier entry 'caf\u00e9' on macOS, which ignores case and Unicode normalisation in file names"
    ])
    expect(firstClash(['README', 'readme'], 'darwin')?.[0]).toBe('readme')
    expect(firstClash(['caf\u00e9', 'cafe\u0301'], 'linux')).toBeUndefined()
    expect(firstClash(['caf\u00e9', 'cafe\u0301'], 'win32')).toBeUndefined()
  })

  it('says a path held twice as before, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(firstClash(['a/b.txt', 'a//b.txt'], platform)).toEqual([
        'a//b.txt',
        'the archive holds this path twice'
      ])
      expect(firstClash(['d/', 'd/'], platform)?.[1]).toBe('the archive holds this path twice')
    }
  })

  it('merges directories spelt in two cases on win32, as Windows does, but not their files', () => {
    expect(firstClash(['A/x.txt', 'a/y.txt', 'a/', 'A/'], 'win32')).toEqual([
      'A/',
      "it is the same directory as the earlier entry 'a/' on Windows, which ignores case in file names"
    ])
    expect(firstClash(['A/x.txt', 'a/X.TXT'], 'win32')?.[1]).toContain(
      "the earlier entry 'A/x.txt'"
    )
  })

  it('refuses a file where a directory is, and a directory through a file', () => {
    expect(firstClash(['a/x.txt', 'a'], 'linux')).toEqual([
      'a',
      "it is the directory of the earlier entry 'a/x.txt'"
    ])
    expect(firstClash(['a', 'a/x.txt'], 'linux')).toEqual([
      'a/x.txt',
      "its directory 'a' is the earlier file 'a'"
    ])
    expect(firstClash(['A', 'a/x.txt'], 'win32')).toEqual([
      'a/x.txt',
      "its directory 'a' is the earlier file 'A' on Windows, which ignores case in file names"
    ])
    expect(firstClash(['d/x', 'd/', 'd/y'], 'linux')).toBeUndefined()
  })

  /** Claims `entries` with every key hashed alike; returns each refusal or undefined. */
  function allColliding(entries: string[], platform: Platform = 'linux'): (string | undefined)[] {
    const claims = new PathClaims(platform, () => 0)
    return entries.map(entry => claims.claim(entry))
  }

  it('tells paths apart when every key shares a hash: files, directories and prefixes', () => {
    expect(
      allColliding(['a1/x.txt', 'b2/x.txt', 'b2/y.txt', 'b2/x.txt', 'a1', 'c3', 'c3/'])
    ).toEqual([
      undefined,
      undefined,
      undefined,
      'the archive holds this path twice',
      "it is the directory of the earlier entry 'a1/x.txt'",
      undefined,
      'the archive holds this path twice'
    ])
    expect(allColliding(['A/x.txt', 'a/', 'B', 'b/y'], 'win32')).toEqual([
      undefined,
      undefined,
      undefined,
      "its directory 'b' is the earlier file 'B' on Windows, which ignores case in file names"
    ])
  })

  it('tells apart a directory and its subdirectory whose keys share a hash', () => {
    // Taken for 'p', 'p/q' would leave 'p' unclaimed once the directory entry 'p/q/' came.
    expect(allColliding(['p/q/x.txt', 'p/q/', 'p'])[2]).toBe(
      "it is the directory of the earlier entry 'p/q/x.txt'"
    )
  })

  it('keeps every claim of 70,000 entries as its table grows', () => {
    const claims = new PathClaims('win32')
    for (let i = 0; i < 70_000; i++) {
      expect(claims.claim(`dir-${i % 700}/File-${i}.txt`)).toBeUndefined()
    }
    expect(claims.claim('DIR-3/file-3.TXT')).toContain("the earlier entry 'dir-3/File-3.txt'")
    expect(claims.claim('dir-699/file-69999.txt/x')).toBe(
      "its directory 'dir-699/file-69999.txt' is the earlier file 'dir-699/File-69999.txt' on Windows, which ignores case in file names"
    )
    expect(claims.claim('Dir-5')).toContain("the directory of the earlier entry 'dir-5/File-5.txt'")
  })

  it('refuses a name the platform cannot hold before it is claimed', () => {
    const claims = new PathClaims('win32')
    expect(claims.claim('sub/aux.txt')).toContain(DEVICE)
    expect(claims.claim('sub/x.txt')).toBeUndefined()
    expect(new PathClaims('linux').claim('sub/aux.txt')).toBeUndefined()
  })
})

describe('the rules where entries and artifact names are checked', () => {
  async function unpack(names: string[], platform: Platform): Promise<string> {
    const dir = join(dest(), 'out')
    const unpacker = new ZipUnpacker(dir, platform)
    const archive = buildZip(names.map(name => ({ name, data: name.endsWith('/') ? '' : name })))
    const error = await unpacker.write(archive).then(
      () => undefined,
      (e: unknown) => e
    )
    if (error === undefined) await unpacker.finish()
    else expect(error).toBeInstanceOf(UnsafeArchiveError)
    return error === undefined ? listFiles(dir).join(',') : (error as Error).message
  }

  it('refuses CON, aux.txt and A.txt beside a.txt on win32 before writing the entry', async () => {
    expect(await unpack(['ok.txt', 'CON'], 'win32')).toBe(
      `refused entry 'CON': 'CON' ${DEVICE} (CON, PRN, AUX, NUL, COM1-9, LPT1-9 with any extension, in any case): Windows would open the device, not a file`
    )
    expect(await unpack(['d/aux.txt'], 'win32')).toContain(`refused entry 'd/aux.txt': 'aux.txt'`)
    expect(await unpack(['A.txt', 'a.txt'], 'win32')).toBe(
      "refused entry 'a.txt': it is the same file as the earlier entry 'A.txt' on Windows, which ignores case in file names"
    )
  })

  const onLinux = itOn(
    ['linux'],
    "the names are written, and only Linux's filesystems keep them apart"
  )

  onLinux('writes all of them with the rules of linux', async () => {
    expect(await unpack(['A.txt', 'a.txt', 'CON', 'aux.txt'], 'linux')).toBe(
      'A.txt,CON,a.txt,aux.txt'
    )
    expect((await unpack(['caf\u00e9', 'cafe\u0301'], 'linux')).split(',')).toHaveLength(2)
  })

  it('refuses NFC beside NFD on darwin', async () => {
    expect(await unpack(['caf\u00e9', 'cafe\u0301'], 'darwin')).toContain(
      "refused entry 'cafe\u0301': it is the same file as the earlier entry 'caf\u00e9' on macOS"
    )
  })

  it('refuses a file then a directory of its name with the rule, not a raw EEXIST', async () => {
    const message = await unpack(['a', 'a/x.txt'], 'linux')
    expect(message).toBe("refused entry 'a/x.txt': its directory 'a' is the earlier file 'a'")
  })

  it('refuses an artifact name that the platform cannot hold as a directory', () => {
    expect(() => checkNameIsSegment('aux', 'a directory', 'win32')).toThrow(
      `Artifact name 'aux' cannot be used as a directory under 'path': 'aux' ${DEVICE}`
    )
    expect(() => checkNameIsSegment('build.', 'a file name', 'win32')).toThrow(
      "Artifact name 'build.' cannot be used as a file name under 'path': 'build.' ends with a dot"
    )
    expect(() => checkNameIsSegment('...', 'a directory', 'win32')).toThrow("'...' ends with a dot")
    expect(() => checkNameIsSegment('aux', 'a directory', 'linux')).not.toThrow()
  })

  it('keeps the files placed only where two artifacts can write one path', async () => {
    const asked = async (platform: Platform, targets: string[]) => {
      const placements = new Placements('/r', collectingLogger().log, platform, targets)
      let listFiles: boolean | undefined
      await placements.place({ id: 1, name: 'one' } as Artifact, async list => {
        listFiles = list
        return { files: [], replaced: [] }
      })
      return listFiles
    }
    expect(await asked('linux', ['/r/one', '/r/two'])).toBe(false)
    expect(await asked('linux', ['/r'])).toBe(false)
    expect(await asked('linux', ['/r', '/r'])).toBe(true)
    expect(await asked('linux', ['/r/A', '/r/a'])).toBe(false)
    expect(await asked('win32', ['/r/A', '/r/a'])).toBe(true)
    expect(await asked('darwin', ['/r/caf\u00e9', '/r/CAFE\u0301'])).toBe(true)
  })

  it('warns of merged artifacts writing one file in two spellings where the platform makes them one', async () => {
    const one = { id: 1, name: 'one' } as Artifact
    const two = { id: 2, name: 'two' } as Artifact
    const warnings = async (platform: Platform, first: string, second: string) => {
      const { log, logs } = collectingLogger()
      const placements = new Placements('/r', log, platform)
      await placements.place(one, async () => ({ files: [`/r/${first}`], replaced: [] }))
      await placements.place(two, async () => ({ files: [`/r/${second}`], replaced: [] }))
      return logs.warn
    }
    expect(await warnings('win32', 'A.txt', 'a.txt')).toEqual([
      "Collision: artifacts 'one' (id 1) and 'two' (id 2) both write 1 path(s): a.txt. The files of 'two', placed later, are the ones in place."
    ])
    expect(await warnings('darwin', 'caf\u00e9', 'CAFE\u0301')).toHaveLength(1)
    expect(await warnings('linux', 'A.txt', 'a.txt')).toEqual([])
    expect(await warnings('linux', 'a.txt', 'a.txt')).toHaveLength(1)
  })
})
