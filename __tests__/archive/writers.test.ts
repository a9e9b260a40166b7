// The corpus of real zip writers (issue 22): every archive that archiver (set up as
// actions/upload-artifact v4+ sets it up), yazl, adm-zip, Python's zipfile, Info-ZIP, bsdtar,
// 7-Zip, Java and Go write with store or deflate unpacks to the tree Python's zipfile extracts
// (names read as Info-ZIP unzip reads them, modes by the README's rule), byte for byte; the
// methods and entry types the unpacker does not take are refused by name. The writers on npm
// and Python run here; the rest made ../__fixtures__/writers/ (scripts/make-writer-fixtures.sh).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import AdmZip from 'adm-zip'
import archiver from 'archiver'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import yazl from 'yazl'
import { UnsafeArchiveError, ZipUnpacker } from '../../src/archive/unpack.js'
import { FAST, useEmulator } from '../helpers.js'
import { downloadFrom } from '../downloads.js'

const run = promisify(execFile)
const start = useEmulator()

const FIXTURES = new URL('../__fixtures__/writers/', import.meta.url).pathname
const TREE_SCRIPT = new URL('../../scripts/writer-tree.mjs', import.meta.url).pathname
const PY_WRITE = new URL('./writers/zipfile-write.py', import.meta.url).pathname
const PY_EXTRACT = new URL('./writers/zipfile-extract.py', import.meta.url).pathname
const PY_SHAPES = new URL('./writers/zipfile-shapes.py', import.meta.url).pathname

/** Every directory and file under `dir`: `path/` for a directory, `path mode size sha256` for a file. */
function describeTree(dir: string): string[] {
  const out: string[] = []
  const walk = (current: string, prefix: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name)
      const stat = lstatSync(full)
      if (stat.isDirectory()) {
        out.push(`${prefix}${name}/`)
        walk(full, `${prefix}${name}/`)
      } else if (stat.isFile()) {
        const sha = createHash('sha256').update(readFileSync(full)).digest('hex')
        out.push(`${prefix}${name} ${(stat.mode & 0o777).toString(8)} ${stat.size} ${sha}`)
      } else {
        out.push(`${prefix}${name} not a file or directory`)
      }
    }
  }
  walk(dir, '')
  return out.sort()
}

/** The files of a described tree as `path size sha256`, modes left out (not every writer keeps them). */
function filesOf(tree: string[]): string[] {
  return tree.filter(line => !line.endsWith('/')).map(line => line.replace(/ [0-7]+ /, ' '))
}

/** The paths of a described tree: directories with their '/', files without what follows. */
function namesOf(tree: string[]): string[] {
  return tree.map(line => line.replace(/ [0-7]+ \d+ [0-9a-f]{64}$/, ''))
}

// --- the writers that run here -------------------------------------------------------------

/** The upload specification @actions/artifact makes: each file, and each empty directory given. */
function uploadSpecification(
  root: string
): { sourcePath: string | null; destinationPath: string }[] {
  const specification: { sourcePath: string | null; destinationPath: string }[] = []
  const walk = (dir: string): void => {
    const names = readdirSync(dir).sort()
    if (names.length === 0 && dir !== root) {
      specification.push({ sourcePath: null, destinationPath: dir.replace(root, '') })
    }
    for (const name of names) {
      const full = join(dir, name)
      if (lstatSync(full).isDirectory()) walk(full)
      else specification.push({ sourcePath: full, destinationPath: full.replace(root, '') })
    }
  }
  walk(root)
  return specification
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * The archive actions/upload-artifact v4+ uploads, made as @actions/artifact's
 * createZipUploadStream makes it (lib/internal/upload/zip.js of 6.2.1, which depends on archiver
 * ^7.0.1): files added by path (streams, so data descriptors), empty directories appended as
 * empty strings, names with the leading '/' the specification gives them.
 */
async function archiveAsUploadArtifact(root: string, compressionLevel: number): Promise<Buffer> {
  const zip = archiver.create('zip', {
    highWaterMark: 8 * 1024 * 1024,
    zlib: { level: compressionLevel }
  })
  for (const file of uploadSpecification(root)) {
    if (file.sourcePath !== null) zip.file(file.sourcePath, { name: file.destinationPath })
    else zip.append('', { name: file.destinationPath })
  }
  const bytes = collect(zip)
  await zip.finalize()
  return bytes
}

/** yazl's archive of the tree: files added by path (data descriptors), empty directories as entries. */
async function archiveWithYazl(root: string, options: Partial<yazl.Options>): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const { sourcePath, destinationPath } of uploadSpecification(root)) {
    const name = destinationPath.slice(1)
    if (sourcePath === null) zip.addEmptyDirectory(name)
    else zip.addFile(sourcePath, name, options)
  }
  const bytes = collect(zip.outputStream)
  zip.end()
  return bytes
}

function archiveWithAdmZip(root: string): Buffer {
  const zip = new AdmZip()
  zip.addLocalFolder(root)
  return zip.toBuffer()
}

/** Python's zipfile, to a file, or to stdout (a pipe: not seekable, so data descriptors). */
async function archiveWithPython(kind: string, root: string, pipe: boolean): Promise<Buffer> {
  if (pipe) {
    const { stdout } = await run('python3', [PY_WRITE, kind, root, '-'], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024
    })
    return stdout
  }
  const file = join(work, `python-${kind}.zip`)
  await run('python3', [PY_WRITE, kind, root, file])
  return readFileSync(file)
}

// --- the corpus ----------------------------------------------------------------------------

/** The committed fixtures of the same tree (--small), as the writers not on npm made them. */
const FIXTURE_TREES = [
  'infozip.zip',
  'infozip-pipe.zip',
  'infozip-store-pipe.zip',
  'bsdtar-pipe.zip',
  'bsdtar-store-pipe.zip',
  '7z.zip',
  '7z-store.zip',
  'jar.zip',
  'java-stored.zip',
  'java-deflated.zip',
  'go-create.zip',
  'go-store.zip',
  'go-raw.zip'
]

/** The archives of the source tree made here. */
const TEST_TIME_TREES = [
  'archiver-upload-artifact-level-6',
  'archiver-upload-artifact-level-0',
  'yazl-deflate',
  'yazl-store',
  'yazl-zip64',
  'adm-zip',
  'python-deflate',
  'python-deflate-pipe',
  'python-store-pipe',
  'python-zip64',
  'python-zip64-pipe'
]

/** The archives that are refused: no tree to compare. */
const REFUSED = ['7z-bzip2.zip', '7z-lzma.zip', '7z-deflate64.zip', 'infozip-symlink.zip']

/**
 * Where the work goes: the 10,000 files are written four times over (source, zipfile, unpacker,
 * download), so on tmpfs when it has room (a container's is often 64 MB), else in tmpdir.
 */
function workBase(): string {
  const free = (() => {
    try {
      const { bavail, bsize } = statfsSync('/dev/shm')
      return bavail * bsize
    } catch {
      return 0
    }
  })()
  return free >= 1024 ** 3 ? '/dev/shm' : tmpdir()
}

let work: string
let sourceTree: string[]
let smallTree: string[]
const archives = new Map<string, Buffer>()
/** What Python's zipfile extracts from each archive. */
const expected = new Map<string, string[]>()
/** The shapes of entry each archive holds (see writers/zipfile-shapes.py). */
let shapes: Record<string, string[]>

/** A fresh empty directory under the work directory. */
function freshDir(): string {
  return mkdtempSync(join(work, 'out-'))
}

beforeAll(async () => {
  work = mkdtempSync(join(workBase(), 'artifact-ops-writers-'))
  const source = join(work, 'tree')
  const small = join(work, 'small')
  const many = join(work, 'many')
  await Promise.all([
    run(process.execPath, [TREE_SCRIPT, source]),
    run(process.execPath, [TREE_SCRIPT, small, '--small']),
    run(process.execPath, [TREE_SCRIPT, many, '--many', '10000'])
  ])
  const made: [string, Promise<Buffer> | Buffer][] = [
    ['archiver-upload-artifact-level-6', archiveAsUploadArtifact(source, 6)],
    ['archiver-upload-artifact-level-0', archiveAsUploadArtifact(source, 0)],
    ['yazl-deflate', archiveWithYazl(source, {})],
    ['yazl-store', archiveWithYazl(source, { compress: false })],
    ['yazl-zip64', archiveWithYazl(source, { forceZip64Format: true })],
    ['adm-zip', archiveWithAdmZip(source)],
    ['python-deflate', archiveWithPython('deflate', source, false)],
    ['python-deflate-pipe', archiveWithPython('deflate', source, true)],
    ['python-store-pipe', archiveWithPython('store', source, true)],
    ['python-zip64', archiveWithPython('zip64', source, false)],
    ['python-zip64-pipe', archiveWithPython('zip64', source, true)],
    ['python-comment', archiveWithPython('comment', join(source, 'bin'), false)],
    ['python-empty', archiveWithPython('empty', source, false)],
    ['python-unicode-path', archiveWithPython('unicode-path', source, false)],
    ['archiver-10000-files', archiveAsUploadArtifact(many, 6)]
  ]
  for (const [name, bytes] of made) archives.set(name, await bytes)
  for (const name of readdirSync(FIXTURES)) {
    archives.set(name, readFileSync(join(FIXTURES, name)))
  }
  // One Python for the 10,000 files and one for the rest, side by side.
  const files = join(work, 'archives')
  mkdirSync(files)
  const pairs = (names: string[]): string[] =>
    names.flatMap(name => [join(files, name), join(work, 'zipfile', name)])
  for (const name of archives.keys()) writeFileSync(join(files, name), archive(name))
  const compared = [...archives.keys()].filter(name => !REFUSED.includes(name))
  const rest = compared.filter(name => name !== 'archiver-10000-files')
  const [, , { stdout }] = await Promise.all([
    run('python3', [PY_EXTRACT, ...pairs(['archiver-10000-files'])]),
    run('python3', [PY_EXTRACT, ...pairs(rest)]),
    run('python3', [PY_SHAPES, ...archives.keys()], { cwd: files })
  ])
  for (const name of compared) {
    const dir = join(work, 'zipfile', name)
    expected.set(name, existsSync(dir) ? describeTree(dir) : [])
  }
  shapes = JSON.parse(stdout) as Record<string, string[]>
  sourceTree = describeTree(source)
  smallTree = describeTree(small)
}, 120_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

function archive(name: string): Buffer {
  const bytes = archives.get(name)
  if (bytes === undefined) throw new Error(`no archive '${name}' in the corpus`)
  return bytes
}

/** The tree Python's zipfile extracts from the archive (see writers/zipfile-extract.py). */
function zipfileTree(name: string): string[] {
  const tree = expected.get(name)
  if (tree === undefined) throw new Error(`no tree of '${name}' from zipfile`)
  return tree
}

/** The pieces `bytes` arrives in: cut by cycling through `sizes`. */
function cut(bytes: Buffer, sizes: number[]): Buffer[] {
  const pieces: Buffer[] = []
  for (let at = 0, i = 0; at < bytes.length; at += sizes[i++ % sizes.length]) {
    pieces.push(bytes.subarray(at, at + sizes[i % sizes.length]))
  }
  return pieces
}

/** The tree the unpacker writes from the archive arriving in these pieces. */
async function unpackerTree(pieces: Buffer[]): Promise<string[]> {
  const dir = join(freshDir(), 'out')
  const unpacker = new ZipUnpacker(dir)
  for (const piece of pieces) await unpacker.write(piece)
  await unpacker.finish()
  const tree = describeTree(dir)
  rmSync(dir, { recursive: true, force: true })
  return tree
}

/**
 * Whole, and cut cycling through 1, 7 and 4096 bytes (every record boundary lands somewhere
 * new); a small archive also one byte at a time.
 */
function chunkings(bytes: Buffer): [string, Buffer[]][] {
  const ways: [string, Buffer[]][] = [
    ['whole', [bytes]],
    ['pieces of 1, 7 and 4096 bytes', cut(bytes, [1, 7, 4096])]
  ]
  if (bytes.length <= 48 * 1024) ways.push(['1-byte pieces', cut(bytes, [1])])
  return ways
}

/** Unpacks `name` every way and expects zipfile's tree each time; returns that tree. */
async function expectUnpacksAsZipfile(name: string): Promise<string[]> {
  const bytes = archive(name)
  const tree = zipfileTree(name)
  for (const [how, pieces] of chunkings(bytes)) {
    // A refusal shows as the tree's one line, so the diff says why.
    const unpacked = await unpackerTree(pieces).catch((error: unknown) => [
      (error as Error).message
    ])
    expect({ how, tree: unpacked }).toEqual({ how, tree })
  }
  return tree
}

const PADDED = expect.stringMatching(/^[1-9]\d* NUL bytes after the end record$/)

/** The shapes each archive stands for in the corpus: a writer that changes them fails here. */
const SHAPES: Record<string, unknown[]> = {
  'archiver-upload-artifact-level-6': [
    'deflated with descriptor',
    'stored with descriptor (0 bytes)'
  ],
  'archiver-upload-artifact-level-0': [
    'stored with descriptor',
    'stored with descriptor (0 bytes)'
  ],
  'yazl-store': ['stored with descriptor', 'stored with descriptor (0 bytes)'],
  'yazl-zip64': ['deflated with descriptor (0 bytes)', 'zip64 fields'],
  'python-deflate-pipe': ['deflated with descriptor', 'deflated with descriptor (0 bytes)'],
  'python-store-pipe': ['stored with descriptor', 'stored with descriptor (0 bytes)'],
  'python-zip64': ['deflated', 'zip64 fields'],
  'python-zip64-pipe': [
    'deflated with descriptor',
    'deflated with descriptor (0 bytes)',
    'zip64 fields'
  ],
  'python-unicode-path': ['Unicode Path field', 'flagless non-ASCII name'],
  'infozip.zip': ['deflated', 'flagless non-ASCII name', 'stored (0 bytes)'],
  'infozip-pipe.zip': ['deflated with descriptor', 'stored with descriptor (0 bytes)'],
  'infozip-store-pipe.zip': ['stored with descriptor', 'stored with descriptor (0 bytes)'],
  'infozip-latin1.zip': ['flagless non-ASCII name'],
  'bsdtar-pipe.zip': ['deflated with descriptor', PADDED],
  'bsdtar-store-pipe.zip': ['stored with descriptor', PADDED],
  '7z-store.zip': ['stored'],
  'java-stored.zip': ['stored'],
  'java-deflated.zip': ['deflated with descriptor'],
  'go-create.zip': ['deflated with descriptor'],
  'go-store.zip': ['stored with descriptor', 'stored with descriptor (0 bytes)'],
  'go-raw.zip': ['stored', 'flagless non-ASCII name'],
  '7z-bzip2.zip': ['method 12'],
  '7z-lzma.zip': ['method 14'],
  '7z-deflate64.zip': ['method 9']
}

describe('the corpus itself', () => {
  it('holds the shapes each writer stands for', () => {
    for (const [name, wanted] of Object.entries(SHAPES)) {
      expect({ name, shapes: shapes[name] }).toEqual({
        name,
        shapes: expect.arrayContaining(wanted)
      })
    }
  })

  it('cuts pieces that cover the bytes exactly', () => {
    const bytes = Buffer.from(Array.from({ length: 100 }, (_, i) => i))
    for (const sizes of [[1], [7], [1, 7, 4096], [4096]]) {
      expect(Buffer.concat(cut(bytes, sizes))).toEqual(bytes)
    }
    expect(cut(bytes, [1, 7, 4096]).map(p => p.length)).toEqual([1, 7, 92])
  })

  it('holds every file of the source tree in each archive, as zipfile reads it', () => {
    for (const [names, tree] of [
      [TEST_TIME_TREES, sourceTree],
      [FIXTURE_TREES, smallTree]
    ] as const) {
      for (const name of names) {
        expect({ name, files: filesOf(zipfileTree(name)) }).toEqual({
          name,
          files: expect.arrayContaining(filesOf(tree))
        })
      }
    }
  })
})

describe('every writer: the unpacker writes the tree zipfile extracts', () => {
  it.each(TEST_TIME_TREES)('%s', async name => {
    await expectUnpacksAsZipfile(name)
  })

  it.each(FIXTURE_TREES)('%s (fixture)', async name => {
    await expectUnpacksAsZipfile(name)
  })
})

describe('names, comments and sizes', () => {
  it('reads a Latin-1 name by its Unicode Path field when the CRC-32 matches, else as CP437', async () => {
    const tree = await expectUnpacksAsZipfile('python-unicode-path')
    expect(namesOf(tree)).toEqual(['caf\u00e9.txt', 'na\u2229ve.txt'])
  })

  it('reads a flagless name that is not UTF-8 as CP437 (Info-ZIP in the C locale)', async () => {
    const tree = await expectUnpacksAsZipfile('infozip-latin1.zip')
    expect(namesOf(tree)).toEqual(['caf\u0398.txt'])
  })

  it('reads flagless UTF-8 names as UTF-8: NFC and NFD apart, CJK, emoji, 254 bytes', async () => {
    const tree = await expectUnpacksAsZipfile('go-raw.zip')
    const names = namesOf(tree)
    for (const name of [
      'nfc/caf\u00e9.txt',
      'nfd/cafe\u0301.txt',
      'cjk/日本語のファイル名.txt',
      'emoji/🎉 party 🚀.txt',
      `long/${'名'.repeat(80)}.txt`,
      `long/${'n'.repeat(250)}.txt`
    ]) {
      expect(names).toContain(name)
    }
  })

  it('takes an archive comment', async () => {
    const tree = await expectUnpacksAsZipfile('python-comment')
    expect(namesOf(tree)).toEqual(['plain.txt', 'run.sh'])
    expect(tree).toContain(
      `run.sh 755 19 ${createHash('sha256').update('#!/bin/sh\necho run\n').digest('hex')}`
    )
  })

  it('takes an archive of no entries as an empty tree', async () => {
    expect(await expectUnpacksAsZipfile('python-empty')).toEqual([])
  })

  it('unpacks 10,000 small files as upload-artifact archives them', async () => {
    const tree = zipfileTree('archiver-10000-files')
    expect(filesOf(tree)).toHaveLength(10_000)
    expect(await unpackerTree(cut(archive('archiver-10000-files'), [1, 7, 4096]))).toEqual(tree)
  })
})

describe('refusals', () => {
  async function refusal(name: string): Promise<string> {
    const error = await unpackerTree([archive(name)]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    return (error as Error).message
  }

  it.each([
    ['7z-bzip2.zip', 12, 'bzip2'],
    ['7z-lzma.zip', 14, 'LZMA'],
    ['7z-deflate64.zip', 9, 'Deflate64']
  ])('refuses %s, naming the method', async (name, method, word) => {
    expect(await refusal(name)).toBe(
      `refused entry 'method.txt': unsupported compression method ${method} (${word})`
    )
  })

  it('refuses bytes other than NULs after the padding bsdtar writes to a pipe', async () => {
    const bytes = Buffer.from(archive('bsdtar-pipe.zip'))
    bytes[bytes.length - 1] = 1
    archives.set('bsdtar-pipe-not-nul', bytes)
    expect(await refusal('bsdtar-pipe-not-nul')).toMatch(
      /^refused: .*follow the end of central directory record/
    )
  })

  it('refuses a symbolic link (zip -y)', async () => {
    expect(await refusal('infozip-symlink.zip')).toBe(
      "refused entry 'link': symbolic links are not extracted"
    )
  })
})

describe('the download path: what the action places', () => {
  async function download(bytes: Buffer): Promise<{ path: string; failure: string | undefined }> {
    const e = await start()
    e.addArtifact({ name: 'corpus', content: bytes })
    const path = join(freshDir(), 'out')
    // The stall clock runs while a chunk unpacks: one of 10,000 files can take seconds here.
    const { value } = await downloadFrom(e, { name: 'corpus', path }, { ...FAST, stallMs: 10_000 })
    return { path, failure: value.failure }
  }

  it.each([
    'archiver-upload-artifact-level-0',
    'bsdtar-store-pipe.zip',
    'infozip-pipe.zip',
    'archiver-10000-files'
  ])('places %s as zipfile extracts it', async name => {
    const { path, failure } = await download(archive(name))
    expect(failure).toBeUndefined()
    expect(describeTree(path)).toEqual(zipfileTree(name))
  })

  it('places nothing from an archive with a symbolic link', async () => {
    const { path, failure } = await download(archive('infozip-symlink.zip'))
    expect(failure).toMatch(/refused entry 'link': symbolic links are not extracted/)
    expect(existsSync(path) ? describeTree(path) : []).toEqual([])
  })
})
