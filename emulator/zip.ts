// A small zip writer for tests, the demo and the benchmarks: stored or deflated entries, names
// taken as given (so tests can build hostile archives: `../`, absolute paths, symlinks,
// duplicates, sizes that lie), and a streaming writer for archives too large for memory.
import { closeSync, openSync, writeSync } from 'node:fs'
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  /** the entry name, written as is (UTF-8) */
  name: string
  /** contents (a directory when the name ends in /) */
  data?: Buffer | string
  /** compress (default true) */
  deflate?: boolean
  /** mark as a symbolic link (Unix mode 0120777); data is the target */
  symlink?: boolean
  /** the uncompressed size to declare, when it must lie */
  declaredSize?: number
}

const u16 = (size: number): Buffer => {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(size)
  return b
}
const u32 = (size: number): Buffer => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(size >>> 0)
  return b
}

/** Builds a zip archive in memory. */
export function buildZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '')
    const isDir = entry.name.endsWith('/')
    const deflate = !isDir && !entry.symlink && entry.deflate !== false
    const body = deflate ? deflateRawSync(data) : data
    const name = Buffer.from(entry.name, 'utf8')
    const crc = crc32(data)
    const size = entry.declaredSize ?? data.length
    const method = deflate ? 8 : 0
    const mode = entry.symlink ? 0o120777 : isDir ? 0o40755 : 0o100644
    const local = Buffer.concat([
      u32(0x04034b50), u16(20), u16(0x0800), u16(method), u16(0), u16(0x21),
      u32(crc), u32(body.length), u32(size), u16(name.length), u16(0), name
    ])
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16(0x031e), u16(20), u16(0x0800), u16(method), u16(0), u16(0x21),
        u32(crc), u32(body.length), u32(size), u16(name.length), u16(0), u16(0), u16(0), u16(0),
        u32(mode * 0x10000), u32(offset), name
      ])
    )
    parts.push(local, body)
    offset += local.length + body.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length),
    u32(directory.length), u32(offset), u16(0)
  ])
  return Buffer.concat([...parts, directory, end])
}

/**
 * Writes a zip with one stored entry of `size` bytes from `fill` (called with a buffer to fill,
 * chunk by chunk) to `file`, never holding more than one chunk. Under 4 GiB (no zip64).
 */
export function writeLargeZip(
  file: string,
  entryName: string,
  size: number,
  fill: (chunk: Buffer) => void
): void {
  if (size >= 0xffffffff) throw new Error('writeLargeZip: no zip64 support')
  const fd = openSync(file, 'w')
  try {
    const name = Buffer.from(entryName, 'utf8')
    const header = (): Buffer =>
      Buffer.concat([
        u32(0x04034b50), u16(10), u16(0x0800), u16(0), u16(0), u16(0x21),
        u32(crc), u32(size), u32(size), u16(name.length), u16(0), name
      ])
    let crc = 0
    const headerLength = header().length
    let position = headerLength
    const chunk = Buffer.alloc(4 * 1024 * 1024)
    for (let written = 0; written < size; ) {
      const slice = chunk.subarray(0, Math.min(chunk.length, size - written))
      fill(slice)
      crc = crc32(slice, crc)
      writeSync(fd, slice, 0, slice.length, position)
      position += slice.length
      written += slice.length
    }
    writeSync(fd, header(), 0, headerLength, 0)
    const centralEntry = Buffer.concat([
      u32(0x02014b50), u16(0x031e), u16(10), u16(0x0800), u16(0), u16(0), u16(0x21),
      u32(crc), u32(size), u32(size), u16(name.length), u16(0), u16(0), u16(0), u16(0),
      u32(0o100644 * 0x10000), u32(0), name
    ])
    const end = Buffer.concat([
      u32(0x06054b50), u16(0), u16(0), u16(1), u16(1),
      u32(centralEntry.length), u32(position), u16(0)
    ])
    writeSync(fd, Buffer.concat([centralEntry, end]), 0, centralEntry.length + end.length, position)
  } finally {
    closeSync(fd)
  }
}
