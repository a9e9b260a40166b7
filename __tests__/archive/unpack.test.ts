// The one-pass unpacker on its own: the bytes of an archive may arrive cut anywhere (a socket's
// chunks, a transfer resumed after a cut), and the tree unpacked must be the same.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { buildZip } from '../../emulator/zip.js'
import { UnsafeArchiveError, WholeInflater, ZipUnpacker } from '../../src/archive/unpack.js'
import { CENTRAL_HEADER, signatureBytes } from '../../src/archive/zip-records.js'
import { listFiles, rejection, useTempDirs } from '../helpers.js'

const dest = useTempDirs()

const ZIP = buildZip(
  [
    { name: 'a.txt', data: 'alpha '.repeat(40), descriptor: 'signed' },
    { name: 'd/', data: '' },
    { name: 'd/b.txt', data: 'beta', descriptor: 'unsigned' },
    {
      name: 'd/c.bin',
      data: Buffer.from([0x50, 0x4b, 0x07, 0x08]),
      descriptor: 'signed',
      zip64: true
    },
    { name: 'e.txt', data: 'stored', deflate: false }
  ],
  { zip64End: true }
)

async function unpack(pieces: Buffer[]): Promise<{ dir: string; files: number; bytes: number }> {
  const dir = join(dest(), 'out')
  const unpacker = new ZipUnpacker(dir)
  for (const piece of pieces) await unpacker.write(piece)
  return { dir, ...(await unpacker.finish()) }
}

/** The message of the UnsafeArchiveError that unpacking `archive` in one piece ends with. */
async function refusal(archive: Buffer): Promise<string> {
  const error = await unpack([archive]).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(UnsafeArchiveError)
  return (error as Error).message
}

/** Where the archive's central record number `n` (from 0) starts. */
function centralRecordAt(archive: Buffer, n: number): number {
  const signature = signatureBytes(CENTRAL_HEADER)
  let at = archive.indexOf(signature)
  for (let i = 0; i < n; i++) at = archive.indexOf(signature, at + 1)
  return at
}

function expectTree(dir: string): void {
  expect(listFiles(dir)).toEqual(['a.txt', 'd/b.txt', 'd/c.bin', 'e.txt'])
  expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha '.repeat(40))
  expect(readFileSync(join(dir, 'd/b.txt'), 'utf8')).toBe('beta')
  expect(readFileSync(join(dir, 'd/c.bin'))).toEqual(Buffer.from([0x50, 0x4b, 0x07, 0x08]))
  expect(readFileSync(join(dir, 'e.txt'), 'utf8')).toBe('stored')
}

describe('WholeInflater', () => {
  it('inflates whole entry after entry with one stream, after a failed attempt too', () => {
    const texts = [
      Array.from({ length: 300 }, (_, j) => `row ${j * 7} of ${j % 17}\n`).join(''),
      'tiny',
      ''
    ].map(text => Buffer.from(text))
    const random = Buffer.from(Array.from({ length: 20_000 }, (_, j) => (j * 7919) % 251))
    const bodies = [...texts, random]
    const fixed = deflateRawSync('fixed codes', { strategy: constants.Z_FIXED })
    const inflater = new WholeInflater()
    for (let round = 0; round < 3; round++) {
      for (const body of bodies) {
        const deflated = deflateRawSync(body)
        // Half the data: no end of stream yet, left to a stream, the next entry still whole.
        expect(
          inflater.inflate(deflated.subarray(0, deflated.length >> 1), undefined, undefined)
        ).toBeUndefined()
        const whole = inflater.inflate(deflated, deflated.length, body.length)
        expect(whole?.used).toBe(deflated.length)
        expect(whole?.output.equals(body)).toBe(true)
      }
      expect(inflater.inflate(fixed, undefined, undefined)?.output.toString()).toBe('fixed codes')
    }
  })
})

describe('ZipUnpacker', () => {
  it('inflates entry after entry with one reused stream, whatever came before', async () => {
    // Dynamic, fixed and stored deflate blocks and empty data, sizes after the data, so that
    // read in pieces many entries are tried whole before all their bytes are here.
    const bodies = [
      (i: number) => Array.from({ length: 300 }, (_, j) => `row ${i * j} of ${j % 17}\n`).join(''),
      (i: number) => `tiny ${i}`,
      (i: number) => Buffer.from(Array.from({ length: 20_000 }, (_, j) => (j * 7919 + i) % 251)),
      () => ''
    ]
    const entries = Array.from({ length: 24 }, (_, i) => ({
      name: `f-${i}`,
      data: bodies[i % bodies.length](i),
      descriptor: 'signed' as const
    }))
    const archive = buildZip(entries)
    for (const size of [archive.length, 777]) {
      const pieces = []
      for (let at = 0; at < archive.length; at += size) pieces.push(archive.subarray(at, at + size))
      const { dir } = await unpack(pieces)
      for (const { name, data } of entries) {
        expect(readFileSync(join(dir, name))).toEqual(Buffer.from(data))
      }
    }
  })

  it('unpacks the same tree wherever the bytes are cut in two', async () => {
    for (let at = 1; at < ZIP.length; at++) {
      const { dir, files, bytes } = await unpack([ZIP.subarray(0, at), ZIP.subarray(at)])
      expect([at, files, bytes]).toEqual([at, 4, 240 + 4 + 4 + 6])
      expectTree(dir)
    }
  })

  it('unpacks the same tree from one byte at a time', async () => {
    const pieces = Array.from({ length: ZIP.length }, (_, i) => ZIP.subarray(i, i + 1))
    expectTree((await unpack(pieces)).dir)
  })

  it('starts over after discard, as when a server ignores a range', async () => {
    const dir = join(dest(), 'out')
    const unpacker = new ZipUnpacker(dir)
    await unpacker.write(ZIP.subarray(0, 200))
    await unpacker.discard()
    const again = new ZipUnpacker(dir)
    await again.write(ZIP)
    await again.finish()
    expectTree(dir)
  })

  it('refuses an archive that ends early, naming the byte', async () => {
    expect(await refusal(ZIP.subarray(0, 100))).toBe(
      'refused: the archive ends at byte 100 before its end of central directory record (truncated?)'
    )
  })
})

/** Data that holds what looks like a stored entry's descriptor, but not its own. */
const DECOY = Buffer.concat([
  Buffer.from('before '),
  Buffer.from([0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 4, 7, 0, 0, 0, 7, 0, 0, 0]),
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from(' after')
])

/** What streaming writers make: stored entries whose sizes follow their data. */
const STREAMED = buildZip([
  { name: 'stored.txt', data: 'stored, size after', deflate: false, descriptor: 'signed' },
  { name: 'empty', data: '', deflate: false, descriptor: 'signed' },
  { name: 'decoy.bin', data: DECOY, deflate: false, descriptor: 'signed' },
  { name: 'wide.txt', data: 'zip64', deflate: false, descriptor: 'signed', zip64: true },
  { name: 'yazl-empty', data: '', descriptor: 'signed', wideDescriptor: true },
  { name: 'yazl.txt', data: 'deflated', descriptor: 'signed', wideDescriptor: true }
])

function expectStreamedTree(dir: string): void {
  expect(listFiles(dir)).toEqual([
    'decoy.bin',
    'empty',
    'stored.txt',
    'wide.txt',
    'yazl-empty',
    'yazl.txt'
  ])
  expect(readFileSync(join(dir, 'stored.txt'), 'utf8')).toBe('stored, size after')
  expect(readFileSync(join(dir, 'empty'))).toHaveLength(0)
  expect(readFileSync(join(dir, 'decoy.bin'))).toEqual(DECOY)
  expect(readFileSync(join(dir, 'wide.txt'), 'utf8')).toBe('zip64')
  expect(readFileSync(join(dir, 'yazl.txt'), 'utf8')).toBe('deflated')
}

describe('ZipUnpacker on streamed stored entries and wide descriptors', () => {
  it('finds where each stored entry ends wherever the bytes are cut in two', async () => {
    for (let at = 1; at < STREAMED.length; at++) {
      const { dir, files } = await unpack([STREAMED.subarray(0, at), STREAMED.subarray(at)])
      expect([at, files]).toEqual([at, 6])
      expectStreamedTree(dir)
    }
  })

  it('finds the same ends from one byte at a time', async () => {
    const pieces = Array.from({ length: STREAMED.length }, (_, i) => STREAMED.subarray(i, i + 1))
    expectStreamedTree((await unpack(pieces)).dir)
  })

  it('refuses a stored entry whose descriptor has no signature, naming the entry', async () => {
    const zip = buildZip([
      { name: 'u.bin', data: 'unsigned', deflate: false, descriptor: 'unsigned' }
    ])
    expect(await refusal(zip)).toBe(
      "refused entry 'u.bin': the archive ends before the data descriptor of this stored entry (its size comes after its data, and only a descriptor with its signature can end it)"
    )
  })

  it('lets the central directory refuse a decoy that a crafted entry ends at', async () => {
    // The entry's data holds its own descriptor: the reader ends it there, the central
    // directory, which says it is longer, refuses the archive.
    const head = Buffer.from('head')
    const own = Buffer.alloc(16)
    own.writeUInt32LE(0x08074b50, 0)
    own.writeUInt32LE(crc32(head) >>> 0, 4)
    own.writeUInt32LE(4, 8)
    own.writeUInt32LE(4, 12)
    // After it, a stored empty entry 'x.txt' whose local header says its sizes.
    const inner = buildZip([{ name: 'x.txt', data: '', deflate: false }])
    const local = inner.subarray(0, 30 + 5)
    const data = Buffer.concat([head, own, local])
    const zip = buildZip([{ name: 'c.bin', data, deflate: false, descriptor: 'signed' }])
    const after = 30 + 5 + head.length + own.length + local.length
    expect(await refusal(zip)).toBe(
      `refused: unexpected bytes at offset ${after}, after entry 'x.txt': not a local header or the central directory`
    )
  })

  it('accepts NUL padding after the end record, and nothing else there', async () => {
    const padded = Buffer.concat([ZIP, Buffer.alloc(10_240 - (ZIP.length % 10_240))])
    expectTree(
      (await unpack([padded.subarray(0, ZIP.length + 3), padded.subarray(ZIP.length + 3)])).dir
    )
    expect(await refusal(Buffer.concat([ZIP, Buffer.alloc(5), Buffer.from('x')]))).toBe(
      `refused: 1+ bytes other than NUL padding follow the end of central directory record, at byte ${ZIP.length + 5}`
    )
  })
})

describe('ZipUnpacker refusals, each with one message', () => {
  it('names the entry once when the entry itself is refused', async () => {
    expect(await refusal(buildZip([{ name: '../evil', data: 'x' }]))).toBe(
      "refused entry '../evil': invalid relative path: ../evil"
    )
  })

  it("says 'refused:' once for a failure between entries (a file where a directory goes)", async () => {
    // A file already in the directory: two entries 'a' and 'a/b' are refused by name first.
    const dir = join(dest(), 'out')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a'), '1')
    const unpacker = new ZipUnpacker(dir)
    const error = await rejection(unpacker.write(buildZip([{ name: 'a/b', data: '2' }])))
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    expect(error.message).toMatch(/^refused: E[A-Z]+: [^:]+, mkdir '/)
  })

  it('says where bytes that are no record start, with no entry before them', async () => {
    expect(await refusal(Buffer.from('not a zip at all, just text'))).toBe(
      'refused: unexpected bytes at offset 0: not a local header or the central directory'
    )
  })

  it('refuses a zip64 end record too long to wait for, at once', async () => {
    const record = Buffer.alloc(56 + 1024)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(2n ** 45n, 4)
    expect(await refusal(record)).toBe(
      `refused: a zip64 end record of ${2 ** 45 + 12} bytes (at most 65592 are read)`
    )
  })

  it('refuses a file entry whose name is empty or the destination itself', async () => {
    expect(await refusal(buildZip([{ name: '.', data: 'x' }]))).toBe(
      "refused entry '.': the name names no file"
    )
    expect(await refusal(buildZip([{ name: '', data: 'x' }]))).toBe(
      "refused entry '': the name names no file"
    )
  })

  it('takes a/b and ab as two paths (only trailing slashes are dropped from a name)', async () => {
    const archive = buildZip([
      { name: 'a/b', data: '1' },
      { name: 'ab', data: '2' }
    ])
    expect(listFiles((await unpack([archive])).dir)).toEqual(['a/b', 'ab'])
  })

  it('refuses a central directory that lists more entries than the archive holds', async () => {
    const archive = buildZip([
      { name: 'a', data: 'a' },
      { name: 'b', sameDataAs: 0 }
    ])
    // The second central record points past every local record.
    archive.writeUInt32LE(1_000_000, centralRecordAt(archive, 1) + 42)
    expect(await refusal(archive)).toBe(
      "refused: the central directory lists entry 'b' (number 2), but the archive holds 1 entries"
    )
  })

  it("refuses a central record whose compression method is not the local header's", async () => {
    const archive = buildZip([{ name: 'a', data: 'a', deflate: false }])
    archive.writeUInt16LE(8, centralRecordAt(archive, 0) + 10)
    expect(await refusal(archive)).toBe(
      "refused entry 'a': the central directory disagrees with the local entry: compression method 8, not 0"
    )
  })
})
