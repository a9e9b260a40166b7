// Archives and listings built as an attacker would, through the real download path: the
// emulator on 127.0.0.1 serves them, runDownload fetches, checks, unpacks and places them.
import { describe, expect, it } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statfsSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { buildZip, type ZipEntry } from '../../emulator/zip.js'
import { hasDotGitComponent, isDotGit } from '../../src/archive/names.js'
import { runDownload } from '../../src/operations/download/index.js'
import {
  clientFor,
  FAST,
  itOn,
  listFiles,
  settingsFrom,
  useEmulator,
  useTempDirs
} from '../helpers.js'
import { downloadFrom as download } from '../downloads.js'

const start = useEmulator()
const dest = useTempDirs()

/** Serves one archive as artifact 'x' and downloads it into a fresh destination. */
async function downloadArchive(entries: ZipEntry[], inputs: Record<string, string> = {}) {
  const e = await start()
  e.addArtifact({ name: 'x', content: buildZip(entries) })
  const path = inputs['path'] ?? dest()
  return { ...(await download(e, { name: 'x', path, ...inputs })), path }
}

describe('the .git rule', () => {
  it('matches .git as git does: any case, trailing dots and spaces, streams, GIT~1, HFS ignorables', () => {
    for (const name of [
      '.git',
      '.GIT',
      '.Git.',
      '.git ',
      '.git. .',
      'git~1',
      'GIT~1 ',
      '.git::$INDEX_ALLOCATION',
      '.g\u200Cit'
    ]) {
      expect([name, isDotGit(name)]).toEqual([name, true])
    }
    for (const name of ['.gitignore', '.github', 'git', 'git~2', 'a.git', '.git-x', 'x.git.']) {
      expect([name, isDotGit(name)]).toEqual([name, false])
    }
    expect(hasDotGitComponent('src/.GIT/hooks/post-checkout')).toBe(true)
    expect(hasDotGitComponent('.github/workflows/ci.yml')).toBe(false)
  })

  it.each([
    ['.git/config', '[core]\n\tfsmonitor = touch /tmp/pwned\n'],
    ['.git/hooks/post-checkout', '#!/bin/sh\ntouch /tmp/pwned\n'],
    ['sub/.GIT/config', 'x'],
    ['.git. /config', 'x'],
    ['GIT~1/config', 'x'],
    ['.g\u200Cit/config', 'x'],
    ['.git/', '']
  ])('refuses the entry %j, placing nothing', async (name, data) => {
    const path = dest()
    mkdirSync(join(path, '.git'))
    writeFileSync(join(path, '.git', 'config'), 'mine')
    const { value } = await downloadArchive(
      [
        { name: 'ok.txt', data: 'fine' },
        { name, data }
      ],
      { path }
    )
    expect(value.failure).toContain(
      `refused entry '${name}': a '.git' path component could replace a checkout's configuration or hooks`
    )
    expect(listFiles(path)).toEqual(['.git/config'])
    expect(readFileSync(join(path, '.git', 'config'), 'utf8')).toBe('mine')
  })

  it('downloads names that only look like it: .gitignore, .github/, git~2', async () => {
    const { value, path } = await downloadArchive([
      { name: '.gitignore', data: 'node_modules' },
      { name: '.github/workflows/ci.yml', data: 'on: push' },
      { name: 'git~2/x', data: 'x' }
    ])
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['.github/workflows/ci.yml', '.gitignore', 'git~2/x'])
  })

  it.each(['.git', '.GIT.', 'git~1'])(
    'refuses an artifact named %j before any transfer',
    async name => {
      const e = await start()
      e.addArtifact({ name: 'fine', content: buildZip([{ name: 'a', data: 'a' }]) })
      e.addArtifact({ name, content: buildZip([{ name: 'config', data: 'x' }]) })
      const { context } = clientFor(e)
      const path = dest()
      await expect(
        runDownload(context, settingsFrom({ operation: 'download', pattern: '*', path }), FAST)
      ).rejects.toThrow(
        `Artifact name '${name}' cannot be used as a directory under 'path': git would read it as the checkout's own '.git'.`
      )
      expect(e.blobRequests()).toHaveLength(0)
      expect(listFiles(path)).toEqual([])
    }
  )

  it('refuses an artifact named .git kept as a file (skip-decompress, not a zip)', async () => {
    const e = await start()
    e.addArtifact({ name: '.git', content: Buffer.from('gitdir: /tmp/attacker\n') })
    const path = dest()
    const { value } = await download(e, { name: '.git', path })
    expect(value.failure).toContain(
      "Artifact name '.git' cannot be used as a file name under 'path': git would read it"
    )
    expect(listFiles(path)).toEqual([])
  })
})

describe('archives that expand beyond what they are', () => {
  it('refuses entries that quote the following entries (overlapping data), writing nothing', async () => {
    const big = Buffer.alloc(64 * 1024, 'z')
    const entries: ZipEntry[] = Array.from({ length: 20 }, (_, i) => ({
      name: `layer-${i}`,
      data: i === 19 ? big : 'x',
      spanFollowing: i < 19
    }))
    const archive = buildZip(entries)
    // The shape of the non-recursive bomb: what it declares is many times what it is.
    const declared = 20 * big.length
    expect(declared).toBeGreaterThan(10 * archive.length)
    const e = await start()
    e.addArtifact({ name: 'x', content: archive })
    const path = dest()
    const { value } = await download(e, { name: 'x', path })
    expect(value.failure).toContain(
      "refused: entries 'layer-0' and 'layer-1' share bytes of the archive (overlapping entries, as in a zip bomb)"
    )
    expect(listFiles(path)).toEqual([])
  })

  it('refuses many central entries pointing at one local entry', async () => {
    const entries: ZipEntry[] = [
      { name: 'one', data: Buffer.alloc(1024 * 1024) },
      ...Array.from({ length: 100 }, (_, i) => ({ name: `copy-${i}`, sameDataAs: 0 }))
    ]
    const { value, path } = await downloadArchive(entries)
    expect(value.failure).toMatch(
      /refused: entries '(one|copy-\d+)' and '(one|copy-\d+)' share bytes of the archive/
    )
    expect(listFiles(path)).toEqual([])
  })

  it('refuses an archive that declares more than the free space, giving both numbers', async () => {
    const declared = 2 ** 52
    const { value, path } = await downloadArchive([
      { name: 'small.txt', data: 'fine' },
      { name: 'huge.bin', data: 'x', declaredSize: declared }
    ])
    const match =
      /refused: the entries declare 4096\.0 TiB \((\d+) bytes\) unpacked, but only [\d.]+ [KMGT]?i?B \((\d+) bytes\) is free at (.+)$/.exec(
        value.failure ?? ''
      )
    expect(match).not.toBeNull()
    const [, declaredText, freeText, where] = match as RegExpExecArray
    expect(Number(declaredText)).toBe(declared + 4)
    const { bavail, bsize } = statfsSync(path)
    expect(Math.abs(Number(freeText) - bavail * bsize)).toBeLessThan(2 ** 30)
    expect(where.startsWith(join(path, '.artifact-ops-'))).toBe(true)
    expect(listFiles(path)).toEqual([])
  })

  it('takes an empty archive (end record only) as an artifact of no files', async () => {
    const archive = buildZip([])
    expect(archive).toHaveLength(22)
    const e = await start()
    e.addArtifact({ name: 'empty', content: archive })
    e.addArtifact({ name: 'full', content: buildZip([{ name: 'f', data: 'f' }]) })
    const path = dest()
    const { value, logs } = await download(e, { pattern: '*', path })
    expect(value.failure).toBeUndefined()
    expect(value.artifacts.find(a => a.name === 'empty')?.path).toBe(join(path, 'empty'))
    expect(listFiles(path)).toEqual(['full/f'])
    expect(lstatSync(join(path, 'empty')).isDirectory()).toBe(true)
    expect(logs.text()).toContain(`Unpacked 0 file(s), 0 B, into ${join(path, 'empty')}`)
  })
})

describe('all or nothing on disk', () => {
  const abc: ZipEntry[] = [
    { name: 'a.txt', data: 'A' },
    { name: 'b.txt', data: 'B' },
    { name: 'c.txt', data: 'C' }
  ]

  itOn('posix', 'symbolic links need a privilege or developer mode on Windows')(
    'checks every target before moving any: a symbolic link at the last one',
    async () => {
      const path = dest()
      const outside = dest()
      symlinkSync(join(outside, 'c.txt'), join(path, 'c.txt'))
      const { value } = await downloadArchive(abc, { path })
      expect(value.failure).toContain(
        `${join(path, 'c.txt')} exists and is a symbolic link; not replacing it`
      )
      expect(listFiles(path)).toEqual(['c.txt'])
      expect(listFiles(outside)).toEqual([])
    }
  )

  it('checks every target before moving any: a directory where a file goes', async () => {
    const path = dest()
    mkdirSync(join(path, 'b.txt'))
    const { value } = await downloadArchive(abc, { path })
    expect(value.failure).toContain(
      `${join(path, 'b.txt')} exists and is a directory; not replacing it`
    )
    expect(listFiles(path)).toEqual([])
  })

  it('checks every target before moving any: a file where a directory goes', async () => {
    const path = dest()
    writeFileSync(join(path, 'sub'), 'mine')
    const { value } = await downloadArchive(
      [
        { name: 'a.txt', data: 'A' },
        { name: 'sub/z.txt', data: 'Z' }
      ],
      { path }
    )
    expect(value.failure).toContain(`${join(path, 'sub')} exists and is not a directory`)
    expect(listFiles(path)).toEqual(['sub'])
  })

  it("fails the artifact with overwrite 'false' when files exist, naming the first ones", async () => {
    const path = dest()
    const entries: ZipEntry[] = Array.from({ length: 8 }, (_, i) => ({
      name: `f${i}`,
      data: 'new'
    }))
    for (let i = 1; i < 8; i++) writeFileSync(join(path, `f${i}`), 'old')
    const { value } = await downloadArchive(entries, { path, overwrite: 'false' })
    const listed = [1, 2, 3, 4, 5].map(i => join(path, `f${i}`)).join(', ')
    expect(value.failure).toContain(
      `7 file(s) already exist in the destination and 'overwrite' is false: ${listed} and 2 more`
    )
    expect(listFiles(path)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'])
    expect(readFileSync(join(path, 'f1'), 'utf8')).toBe('old')
  })

  it("refuses to replace a kept archive with overwrite 'false'", async () => {
    const path = dest()
    writeFileSync(join(path, 'x.zip'), 'old')
    const { value } = await downloadArchive([{ name: 'a', data: 'a' }], {
      path,
      'skip-decompress': 'true',
      overwrite: 'false'
    })
    expect(value.failure).toContain(
      `1 file(s) already exist in the destination and 'overwrite' is false: ${join(path, 'x.zip')}`
    )
    expect(readFileSync(join(path, 'x.zip'), 'utf8')).toBe('old')
  })

  it('replaces existing files by default, and says how many', async () => {
    const path = dest()
    writeFileSync(join(path, 'b.txt'), 'old')
    const { value, logs } = await downloadArchive(abc, { path })
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 'b.txt'), 'utf8')).toBe('B')
    expect(logs.info).toContain('Replaced 1 file(s) already in the destination')
  })

  it('reports two merged artifacts writing one path as a collision naming both', async () => {
    const e = await start()
    const one = e.addArtifact({
      name: 'part-1',
      content: buildZip([
        { name: 'shared.txt', data: '1' },
        { name: 'one', data: '1' }
      ])
    })
    const two = e.addArtifact({
      name: 'part-2',
      content: buildZip([
        { name: 'shared.txt', data: '2' },
        { name: 'two', data: '2' }
      ])
    })
    const path = dest()
    const { value, logs } = await download(e, { pattern: 'part-*', path, 'merge-multiple': 'true' })
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['one', 'shared.txt', 'two'])
    expect(logs.warn).toHaveLength(1)
    const [, first, second] =
      /^Collision: artifacts '(part-\d)' \(id \d+\) and '(part-\d)' \(id \d+\) both write 1 path\(s\): shared\.txt\. The files of '(part-\d)', placed later, are the ones in place\.$/.exec(
        logs.warn[0]
      ) ?? []
    expect([first, second].sort()).toEqual(['part-1', 'part-2'])
    expect(readFileSync(join(path, 'shared.txt'), 'utf8')).toBe(second === 'part-1' ? '1' : '2')
    expect(logs.warn[0]).toContain(`(id ${second === 'part-1' ? one.id : two.id})`)
  })

  it("fails the later of two merged artifacts writing one path with overwrite 'false'", async () => {
    const e = await start()
    e.addArtifact({ name: 'part-1', content: buildZip([{ name: 'shared.txt', data: '1' }]) })
    e.addArtifact({ name: 'part-2', content: buildZip([{ name: 'shared.txt', data: '2' }]) })
    const path = dest()
    const { value } = await download(e, {
      pattern: 'part-*',
      path,
      'merge-multiple': 'true',
      overwrite: 'false'
    })
    expect(value.failure).toMatch(
      /^1 of 2 artifact\(s\) failed to download: 'part-\d' \(id \d+\): 1 file\(s\) already exist in the destination and 'overwrite' is false: /
    )
    expect(listFiles(path)).toEqual(['shared.txt'])
  })
})

describe('permissions and file types', () => {
  itOn('posix', 'Windows has no executable bit')(
    'keeps the owner-executable bit and nothing else: 0755 or 0644',
    async () => {
      const { value, path } = await downloadArchive([
        { name: 'tool', data: '#!/bin/sh\n', mode: 0o100755 },
        { name: 'setuid-tool', data: 'x', mode: 0o104755 },
        { name: 'world-writable', data: 'x', mode: 0o100777 },
        { name: 'setgid', data: 'x', mode: 0o102644 },
        { name: 'sticky', data: 'x', mode: 0o101666 },
        { name: 'private', data: 'x', mode: 0o100600 },
        { name: 'plain', data: 'x' }
      ])
      expect(value.failure).toBeUndefined()
      const modes = Object.fromEntries(
        listFiles(path).map(f => [f, (statSync(join(path, f)).mode & 0o7777).toString(8)])
      )
      expect(modes).toEqual({
        tool: '755',
        'setuid-tool': '755',
        'world-writable': '755',
        setgid: '644',
        sticky: '644',
        private: '644',
        plain: '644'
      })
    }
  )

  it.each([
    ['a FIFO', 0o010644, 'FIFOs are not extracted'],
    ['a character device', 0o020644, 'device files are not extracted'],
    ['a block device', 0o060644, 'device files are not extracted'],
    ['a socket', 0o140644, 'sockets are not extracted']
  ])('refuses %s entry, writing nothing', async (_what, mode, why) => {
    const { value, path } = await downloadArchive([
      { name: 'ok.txt', data: 'fine' },
      { name: 'special', data: '', mode }
    ])
    expect(value.failure).toContain(`refused entry 'special': ${why}`)
    expect(listFiles(path)).toEqual([])
    expect(existsSync(join(path, 'ok.txt'))).toBe(false)
  })
})
