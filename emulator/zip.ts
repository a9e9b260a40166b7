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
  /**
   * sizes and CRC-32 after the data (general purpose bit 3), as the toolkit's uploads write
   * them: with the optional 0x08074b50 signature ('signed') or without ('unsigned')
   */
  descriptor?: 'signed' | 'unsigned'
  /** zip64 fields: in the local header (both sizes), the descriptor (8-byte sizes) and the central record */
  zip64?: boolean
  /** 8-byte sizes in the descriptor without a zip64 local field, as yazl's forceZip64Format */
  wideDescriptor?: boolean
}

export interface ZipOptions {
  /** end with a zip64 end record and locator, the end record's fields saying 0xffff(ffff) */
  zip64End?: boolean
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
  flags: number
  zip64: boolean
}

function centralRecord(r: CentralRecord): Buffer {
  const zip64 = r.zip64 || r.size >= 0xffffffff
  const extra = r.zip64
    ? Buffer.concat([u16(0x0001), u16(24), u64(r.size), u64(r.compressed), u64(r.offset)])
    : zip64
      ? Buffer.concat([u16(0x0001), u16(8), u64(r.size)])
      : Buffer.alloc(0)
  return Buffer.concat([
    u32(0x02014b50), u16(0x031e), u16(zip64 ? 45 : 20), u16(r.flags), u16(r.method), u16(0),
    u16(0x21), u32(r.crc), u32(r.zip64 ? 0xffffffff : r.compressed),
    u32(zip64 ? 0xffffffff : r.size), u16(r.name.length), u16(extra.length), u16(0), u16(0),
    u16(0), u32(r.mode * 0x10000), u32(r.zip64 ? 0xffffffff : r.offset), r.name, extra
  ])
}

/** Builds a zip archive in memory. */
export function buildZip(entries: ZipEntry[], options: ZipOptions = {}): Buffer {
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
    const later = entry.descriptor !== undefined
    const record = {
      name,
      method: deflate ? 8 : 0,
      crc: crc32(data),
      compressed: body.length,
      size: entry.declaredSize ?? data.length,
      mode,
      offset,
      flags: 0x0800 | (later ? 0x08 : 0),
      zip64: entry.zip64 === true
    }
    // A local zip64 field holds both sizes, the uncompressed one first.
    const localZip64 = record.zip64 || record.size >= 0xffffffff
    const extra = localZip64
      ? Buffer.concat([
          u16(0x0001), u16(16), u64(later ? 0 : record.size), u64(later ? 0 : record.compressed)
        ])
      : Buffer.alloc(0)
    const local = Buffer.concat([
      u32(0x04034b50), u16(localZip64 ? 45 : 20), u16(record.flags), u16(record.method), u16(0),
      u16(0x21), u32(later ? 0 : record.crc),
      u32(later ? 0 : localZip64 ? 0xffffffff : record.compressed),
      u32(later ? 0 : localZip64 ? 0xffffffff : record.size), u16(name.length),
      u16(extra.length), name, extra
    ])
    const size = (n: number): Buffer => (record.zip64 || entry.wideDescriptor ? u64(n) : u32(n))
    const descriptor = later
      ? Buffer.concat([
          entry.descriptor === 'signed' ? u32(0x08074b50) : Buffer.alloc(0),
          u32(record.crc), size(record.compressed), size(record.size)
        ])
      : Buffer.alloc(0)
    records.push(record)
    parts.push(local, body, descriptor)
    offset += local.length + body.length + descriptor.length
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
  const wide = options.zip64End === true
  const zip64End = wide
    ? Buffer.concat([
        u32(0x06064b50), u64(44), u16(0x031e), u16(45), u32(0), u32(0), u64(records.length),
        u64(records.length), u64(directory.length), u64(offset),
        u32(0x07064b50), u32(0), u64(offset + directory.length), u32(1)
      ])
    : Buffer.alloc(0)
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(wide ? 0xffff : records.length),
    u16(wide ? 0xffff : records.length), u32(wide ? 0xffffffff : directory.length),
    u32(wide ? 0xffffffff : offset), u16(0)
  ])
  return Buffer.concat([whole, directory, zip64End, end])
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
