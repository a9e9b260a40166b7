// A small zip writer for tests, the demo and the benchmarks: stored or deflated entries, names
// taken as given (so tests can build hostile archives: `../`, absolute paths, symlinks, FIFOs,
// `.git`, duplicates, sizes that lie, entries that share their data, an archive of no entries),
// and a streaming writer for archives too large for memory.
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
  /** the Unix st_mode to declare (type and permission bits), instead of the kind's default */
  mode?: number
  /**
   * the uncompressed size to declare, when it must lie; from 0xffffffff up it is written in a
   * zip64 extra field
   */
  declaredSize?: number
  /**
   * index of an earlier entry: this central record points at that entry's local header and
   * data instead of a local record of its own (many central entries, one local entry)
   */
  sameDataAs?: number
  /**
   * stored, and declared to run over every local record that follows it: its data quotes the
   * later entries' headers and data (the overlap of the "non-recursive zip bomb")
   */
  spanFollowing?: boolean
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
const u64 = (size: number): Buffer => {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(size))
  return b
}

/** What a central record says of its entry. */
interface CentralRecord {
  name: Buffer
  method: number
  crc: number
  compressed: number
  size: number
  mode: number
  offset: number
}

function centralRecord(r: CentralRecord): Buffer {
  const zip64 = r.size >= 0xffffffff
  const extra = zip64 ? Buffer.concat([u16(0x0001), u16(8), u64(r.size)]) : Buffer.alloc(0)
  return Buffer.concat([
    u32(0x02014b50), u16(0x031e), u16(zip64 ? 45 : 20), u16(0x0800), u16(r.method), u16(0),
    u16(0x21), u32(r.crc), u32(r.compressed), u32(zip64 ? 0xffffffff : r.size),
    u16(r.name.length), u16(extra.length), u16(0), u16(0), u16(0), u32(r.mode * 0x10000),
    u32(r.offset), r.name, extra
  ])
}

/** Builds a zip archive in memory. */
export function buildZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = []
  const records: CentralRecord[] = []
  let offset = 0
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '')
    const isDir = entry.name.endsWith('/')
    const deflate = !isDir && !entry.symlink && !entry.spanFollowing && entry.deflate !== false
    const body = deflate ? deflateRawSync(data) : data
    const name = Buffer.from(entry.name, 'utf8')
    const mode = entry.mode ?? (entry.symlink ? 0o120777 : isDir ? 0o40755 : 0o100644)
    if (entry.sameDataAs !== undefined) {
      records.push({ ...records[entry.sameDataAs], name, mode })
      continue
    }
    const record = {
      name,
      method: deflate ? 8 : 0,
      crc: crc32(data),
      compressed: body.length,
      size: entry.declaredSize ?? data.length,
      mode,
      offset
    }
    const local = Buffer.concat([
      u32(0x04034b50), u16(20), u16(0x0800), u16(record.method), u16(0), u16(0x21),
      u32(record.crc), u32(record.compressed), u32(Math.min(record.size, 0xffffffff)),
      u16(name.length), u16(0), name
    ])
    records.push(record)
    parts.push(local, body)
    offset += local.length + body.length
  }
  const whole = Buffer.concat(parts)
  entries.forEach((entry, i) => {
    if (!entry.spanFollowing) return
    // The data as a reader takes it: its own bytes, then every later local record verbatim.
    const record = records[i]
    const data = whole.subarray(record.offset + 30 + record.name.length)
    Object.assign(record, { crc: crc32(data), compressed: data.length, size: data.length })
  })
  const directory = Buffer.concat(records.map(centralRecord))
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(records.length), u16(records.length),
    u32(directory.length), u32(offset), u16(0)
  ])
  return Buffer.concat([whole, directory, end])
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
