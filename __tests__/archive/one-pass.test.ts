// One pass: the archive is unpacked as it arrives, and the central directory, which arrives
// last, must agree with what was unpacked before anything is placed. Archives are served by the
// emulator on 127.0.0.1 and fetched by the real download path.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildZip, type ZipEntry } from '../../emulator/zip.js'
import { listFiles, useEmulator, useTempDirs } from '../helpers.js'
import { downloadFrom } from '../downloads.js'

const start = useEmulator()
const dest = useTempDirs()

async function download(content: Buffer, inputs: Record<string, string> = {}, size?: number) {
  const e = await start()
  e.addArtifact({ name: 'x', content, ...(size !== undefined ? { size } : {}) })
  const path = dest()
  const { value, out } = await downloadFrom(e, { name: 'x', path, ...inputs })
  return { value, path, out, blobs: e.blobRequests() }
}

const TWO: ZipEntry[] = [
  { name: 'a.txt', data: 'first file' },
  { name: 'b.txt', data: 'second file, a little longer' }
]

/** Offsets of the central records and of the end record of a buildZip archive. */
function layout(zip: Buffer): { central: number[]; end: number } {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const central: number[] = []
  for (let at = zip.readUInt32LE(end + 16); at < end;) {
    central.push(at)
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return { central, end }
}

/** A copy of `zip` with `change` applied. */
function altered(zip: Buffer, change: (copy: Buffer) => void): Buffer {
  const copy = Buffer.from(zip)
  change(copy)
  return copy
}

describe('unpacking as the bytes arrive', () => {
  it("unpacks the toolkit's shape: deflated entries with data descriptors, signed or not, zip64", async () => {
    const big = Buffer.alloc(300_000, 'log line\n')
    const { value, path, out } = await download(
      buildZip(
        [
          { name: 'signed.txt', data: big, descriptor: 'signed' },
          { name: 'unsigned.txt', data: 'short', descriptor: 'unsigned' },
          { name: 'empty.txt', data: '', descriptor: 'signed' },
          { name: 'dir/' },
          { name: 'dir/zip64.bin', data: big, descriptor: 'signed', zip64: true },
          { name: 'dir/tool', data: '#!/bin/sh\n', descriptor: 'unsigned', mode: 0o100755 },
          { name: 'stored.bin', data: 'kept as is', deflate: false }
        ],
        { zip64End: true }
      )
    )
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual([
      'dir/tool',
      'dir/zip64.bin',
      'empty.txt',
      'signed.txt',
      'stored.bin',
      'unsigned.txt'
    ])
    expect(readFileSync(join(path, 'signed.txt')).equals(big)).toBe(true)
    expect(readFileSync(join(path, 'dir/zip64.bin')).equals(big)).toBe(true)
    expect(readFileSync(join(path, 'unsigned.txt'), 'utf8')).toBe('short')
    expect(readFileSync(join(path, 'stored.bin'), 'utf8')).toBe('kept as is')
    // Windows has no executable bit (its modes say 0666); the bit is kept where there is one.
    if (process.platform !== 'win32')
      expect(statSync(join(path, 'dir/tool')).mode & 0o777).toBe(0o755)
    expect(out).toContain(
      `Unpacked 6 file(s), ${((2 * big.length + 25) / 1024).toFixed(1)} KiB, into ${path} as the bytes arrived`
    )
  })

  it('saves an artifact of fewer than four bytes as the file it is', async () => {
    const { value, path } = await download(Buffer.from('PK'))
    expect(value.failure).toBeUndefined()
    expect(readFileSync(join(path, 'x'), 'utf8')).toBe('PK')
  })

  it('refuses an artifact larger than the free space before asking for a byte', async () => {
    const { value, path, blobs } = await download(buildZip(TWO), {}, 2 ** 52)
    expect(value.failure).toMatch(
      /refused: the artifact is 4096\.0 TiB \(4503599627370496 bytes, size_in_bytes\), but only .* is free at /
    )
    expect(blobs).toHaveLength(0)
    expect(listFiles(path)).toEqual([])
  })

  it('unpacks stored entries whose size comes after their data (compression-level 0)', async () => {
    const { value, path } = await download(
      buildZip([
        { name: 's.bin', data: 'stored', deflate: false, descriptor: 'signed' },
        { name: 'dir/empty', data: '', deflate: false, descriptor: 'signed' }
      ])
    )
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['dir/empty', 's.bin'])
    expect(readFileSync(join(path, 's.bin'), 'utf8')).toBe('stored')
  })

  it('refuses a data descriptor that disagrees with the data', async () => {
    const zip = buildZip([{ name: 'd.txt', data: 'described', descriptor: 'signed' }])
    const descriptor = zip.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]))
    const { value, path } = await download(altered(zip, z => z.writeUInt32LE(0, descriptor + 4)))
    expect(value.failure).toMatch(
      /refused entry 'd\.txt': the data descriptor does not match what was unpacked \(9 bytes from \d+, CRC-32 [0-9a-f]+\): the entry is corrupt/
    )
    expect(listFiles(path)).toEqual([])
  })
})

describe('the central directory must agree with what was unpacked, or nothing is placed', () => {
  const zip = buildZip(TWO)
  const { central, end } = layout(zip)
  const cases: [string, (z: Buffer) => void, string][] = [
    [
      'a CRC-32 that differs',
      z => z.writeUInt32LE(0x12345678, central[1] + 16),
      "refused entry 'b.txt': the central directory disagrees with the local entry: CRC-32 12345678, not "
    ],
    [
      'a size that differs',
      z => z.writeUInt32LE(999, central[0] + 24),
      "refused entry 'a.txt': the central directory disagrees with the local entry: 999 bytes unpacked, not 10"
    ],
    [
      'a name that differs',
      z => z.write('c', central[1] + 46),
      "refused entry 'b.txt': the central directory disagrees with the local entry: it names it 'c.txt'"
    ],
    [
      'a local header offset that differs',
      z => z.writeUInt32LE(1, central[0] + 42),
      "refused entry 'a.txt': the central directory says its local header is at offset 1, it is at 0"
    ],
    [
      'an entry count that differs',
      z => {
        z.writeUInt16LE(3, end + 8)
        z.writeUInt16LE(3, end + 10)
      },
      'refused: the end of central directory record does not describe the archive (entries 3, where the archive has 2;'
    ]
  ]
  it.each(cases)('refuses %s', async (_what, change, message) => {
    const { value, path } = await download(altered(zip, change))
    expect(value.failure).toContain(message)
    expect(listFiles(path)).toEqual([])
  })

  it('refuses entries listed in another order', async () => {
    const [first, second] = central
    const records = [zip.subarray(first, second), zip.subarray(second, end)]
    const swapped = Buffer.concat([
      zip.subarray(0, first),
      records[1],
      records[0],
      zip.subarray(end)
    ])
    const { value, path } = await download(swapped)
    expect(value.failure).toContain(
      "refused entry 'b.txt': the central directory lists it as entry 1, the archive holds it as entry 2"
    )
    expect(listFiles(path)).toEqual([])
  })

  it('refuses bytes between entries', async () => {
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 1)
    const gap = Buffer.concat([zip.subarray(0, second), Buffer.from('junk'), zip.subarray(second)])
    const { value, path } = await download(gap)
    expect(value.failure).toContain(
      `refused: unexpected bytes at offset ${second}, after entry 'a.txt': not a local header or the central directory`
    )
    expect(listFiles(path)).toEqual([])
  })

  it('refuses bytes after the end record', async () => {
    const { value, path } = await download(Buffer.concat([zip, Buffer.from('trailing')]))
    expect(value.failure).toContain(
      `refused: 8+ bytes other than NUL padding follow the end of central directory record, at byte ${zip.length}`
    )
    expect(listFiles(path)).toEqual([])
  })

  it('refuses an archive that ends before its end record, having unpacked every entry', async () => {
    const { value, path } = await download(zip.subarray(0, end))
    expect(value.failure).toContain(
      `refused: the archive ends at byte ${end} before its end of central directory record (truncated?)`
    )
    expect(listFiles(path)).toEqual([])
  })
})

describe('a local header is checked before its data is unpacked', () => {
  // One stored entry, its sizes in the local header (no data descriptor): name at 30, data after.
  const zip = buildZip([{ name: 'a.txt', data: 'plain text', deflate: false }])
  const data = 30 + zip.readUInt16LE(26) + zip.readUInt16LE(28)
  const cases: [string, (z: Buffer) => void, string][] = [
    [
      'data that differs from its CRC-32',
      z => void (z[data] ^= 0xff),
      'CRC-32 mismatch: the entry is corrupt'
    ],
    [
      'an encrypted entry',
      z => z.writeUInt16LE(z.readUInt16LE(6) | 0x01, 6),
      "refused entry 'a.txt': the entry is encrypted"
    ],
    [
      'a compression method other than stored or deflate',
      z => z.writeUInt16LE(12, 8),
      "refused entry 'a.txt': unsupported compression method 12 (bzip2)"
    ],
    ['a NUL byte in the name', z => void (z[30 + 1] = 0), 'the name contains a NUL byte'],
    [
      'a stored entry whose two sizes differ',
      z => z.writeUInt32LE(z.readUInt32LE(18) + 1, 18),
      "refused entry 'a.txt': compressed/uncompressed size mismatch for stored file"
    ]
  ]
  it.each(cases)('refuses %s, placing nothing', async (_what, change, message) => {
    const { value, path } = await download(altered(zip, change))
    expect(value.failure).toContain(message)
    expect(listFiles(path)).toEqual([])
  })
})

describe('entries whose contents are not what they claim', () => {
  it('refuses a directory entry that holds data', async () => {
    const { value, path } = await download(buildZip([{ name: 'dir/', data: 'hidden' }]))
    expect(value.failure).toContain("refused entry 'dir/': a directory entry holds data")
    expect(listFiles(path)).toEqual([])
  })

  it('refuses deflated data that does not inflate', async () => {
    const zip = buildZip([{ name: 'a.txt', data: 'some text to deflate, some text to deflate' }])
    const data = 30 + zip.readUInt16LE(26) + zip.readUInt16LE(28)
    // Block type 3 (reserved): no inflater takes it.
    const { value, path } = await download(altered(zip, z => void (z[data] = 0xff)))
    expect(value.failure).toContain("refused entry 'a.txt': invalid block type")
    expect(listFiles(path)).toEqual([])
  })
})
