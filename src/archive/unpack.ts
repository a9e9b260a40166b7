import { chmodSync, closeSync, fstatSync, mkdirSync, openSync } from 'node:fs'
import { mkdir, rm, statfs } from 'node:fs/promises'
import * as path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32, createInflateRaw, type InflateRaw } from 'node:zlib'
import { Z_FINISH, Z_STREAM_END, ZStream, zlibInflate, zlibInflateInit2 } from 'pako'
import { formatBytes } from '../shared/format.js'
import { release, writeAll } from '../shared/bytes.js'
import { EntryTable, type Unpacked } from './entry-table.js'
import { hasDotGitComponent } from './names.js'
import { PathClaims, type Platform } from './platform-names.js'
import {
  CENTRAL_HEADER,
  type CentralRecord,
  centralRecordLength,
  decodeName,
  describeBadName,
  DESCRIPTOR,
  DESCRIPTOR_LOOKAHEAD,
  END_OF_CENTRAL,
  type EndRecord,
  endRecordLength,
  LOCAL_HEADER,
  type LocalHeader,
  localHeaderLength,
  readCentralRecord,
  readDescriptor,
  readEndRecord,
  readLocalHeader,
  readZip64End,
  readZip64Locator,
  signatureBytes,
  UnsafeArchiveError,
  ZIP64_END,
  ZIP64_LOCATOR,
  ZIP64_LOCATOR_SIZE,
  type Zip64End,
  zip64EndLength
} from './zip-records.js'

export { UnsafeArchiveError } from './zip-records.js'

/** What an unpacking wrote. */
export interface UnpackResult {
  files: number
  bytes: number
}

/** Every buffer between socket and disk is this size, so memory does not grow with the archive. */
export const CHUNK = 64 * 1024

const DESCRIPTOR_SIGNATURE = signatureBytes(DESCRIPTOR)

/** APPNOTE's names of the compression methods other than store and deflate that writers use. */
const METHOD_NAMES = new Map([
  [1, 'Shrink'],
  [6, 'Implode'],
  [9, 'Deflate64'],
  [12, 'bzip2'],
  [14, 'LZMA'],
  [93, 'Zstandard'],
  [95, 'XZ'],
  [98, 'PPMd'],
  [99, 'AES encryption']
])

const S_IFMT = 0o170000

/** Unix file types that are never extracted. */
const REFUSED_TYPES = new Map([
  [0o120000, 'symbolic links are not extracted'],
  [0o010000, 'FIFOs are not extracted'],
  [0o020000, 'device files are not extracted'],
  [0o060000, 'device files are not extracted'],
  [0o140000, 'sockets are not extracted']
])

function unixMode(record: CentralRecord): number | undefined {
  // 3 is Unix, 19 macOS: both keep the st_mode in the high half of the external attributes.
  const madeBy = record.versionMadeBy >> 8
  return madeBy === 3 || madeBy === 19 ? record.externalAttributes >>> 16 : undefined
}

/**
 * 0755 when the owner may execute it (a built binary stays runnable), else 0644: setuid, setgid,
 * sticky and others' write bits are never taken from an archive.
 */
function fileMode(record: CentralRecord): number {
  return ((unixMode(record) ?? 0) & 0o100) !== 0 ? 0o755 : 0o644
}

/** Refuses what would overfill the disk; sizes count as they arrive (the central directory is last). */
class SpaceBudget {
  private declared = 0
  private unknownWritten = 0

  constructor(
    private readonly free: number,
    private readonly where: string
  ) {}

  static async at(where: string): Promise<SpaceBudget> {
    const { bavail, bsize } = await statfs(where)
    return new SpaceBudget(bavail * bsize, where)
  }

  declare(size: number): void {
    this.declared += size
    if (this.declared + this.unknownWritten <= this.free) return
    throw new UnsafeArchiveError(
      `refused: the entries declare ${formatBytes(this.declared)} (${this.declared} bytes) unpacked, but only ${formatBytes(this.free)} (${this.free} bytes) is free at ${this.where}`
    )
  }

  write(bytes: number): void {
    this.unknownWritten += bytes
    if (this.declared + this.unknownWritten <= this.free) return
    const total = this.declared + this.unknownWritten
    throw new UnsafeArchiveError(
      `refused: unpacking would take ${formatBytes(total)} (${total} bytes), but only ${formatBytes(this.free)} (${this.free} bytes) was free at ${this.where}`
    )
  }
}

/** Counts, bounds and checksums an entry's bytes on their way to disk. */
class EntryFile {
  crc = 0
  bytes = 0
  failure: Error | undefined

  constructor(
    private fd: number | undefined,
    private readonly declared: number | undefined,
    private readonly budget: SpaceBudget
  ) {}

  write(chunk: Buffer): void {
    try {
      if (this.declared !== undefined && this.bytes + chunk.length > this.declared) {
        throw new Error(`too many bytes in the stream: more than the ${this.declared} declared`)
      }
      if (this.declared === undefined) this.budget.write(chunk.length)
      if (this.fd === undefined) {
        if (chunk.length > 0) throw new Error('a directory entry holds data')
        return
      }
      this.crc = crc32(chunk, this.crc)
      this.bytes += chunk.length
      writeAll(this.fd, chunk)
    } catch (error) {
      this.failure ??= error as Error
      throw error
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}

class Inflater {
  private readonly zlib: InflateRaw = createInflateRaw({ chunkSize: CHUNK })
  private readonly done: Promise<void>

  constructor(private readonly file: EntryFile) {
    const sink = new Writable({
      highWaterMark: CHUNK,
      write: (chunk: Buffer, _encoding, callback) => {
        try {
          file.write(chunk)
        } catch (error) {
          callback(error as Error)
          return
        }
        release(chunk)
        callback()
      }
    })
    this.done = pipeline(this.zlib, sink)
    this.done.catch(() => undefined)
  }

  /** Returns how many bytes of `data` the deflate stream took (fewer at its end). */
  async feed(data: Buffer): Promise<number> {
    const before = this.zlib.bytesWritten
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error): void => reject(error)
      this.zlib.once('error', onError)
      this.zlib.write(data, error => {
        this.zlib.off('error', onError)
        if (error) reject(error)
        else resolve()
      })
    })
    if (this.file.failure) throw this.file.failure
    return this.zlib.bytesWritten - before
  }

  async finish(): Promise<void> {
    this.zlib.end()
    await this.done
  }

  destroy(): void {
    this.zlib.destroy()
  }
}

const WHOLE_MAX = 64 * 1024

/** Whether `used` bytes of `slice` end the entry's data. */
function endsData(current: Current, slice: Buffer, used: number): boolean {
  return current.remaining === undefined ? used < slice.length : current.remaining === used
}

/** An object's number, string and boolean fields. */
function plainFields(object: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) =>
      ['number', 'string', 'boolean'].includes(typeof value)
    )
  )
}

/**
 * A small entry that has arrived, in one call; undefined leaves it to the stream. One per unpacker,
 * reused: a native zlib object per entry would churn the heap. Write the output before the next.
 */
export class WholeInflater {
  private readonly strm = new ZStream()
  private readonly output = new Uint8Array(WHOLE_MAX)
  /** the stream's and its state's plain fields as a reset leaves them */
  private readonly fresh: [Record<string, unknown>, Record<string, unknown>]

  constructor() {
    zlibInflateInit2(this.strm, -15)
    this.fresh = [plainFields(this.strm), plainFields(this.strm.state as object)]
  }

  /**
   * pako's reset less the two code tables it makes anew each time (5.8 KB that V8 frees only at
   * a scavenge: 2–14 MB at 10,000 entries), which a block header fills before use. pako is pinned.
   */
  private reset(): void {
    const { strm, fresh } = this
    Object.assign(strm, fresh[0])
    Object.assign(strm.state as object, fresh[1])
  }

  inflate(
    data: Buffer,
    remaining: number | undefined,
    size: number | undefined
  ): { output: Buffer; used: number } | undefined {
    if (remaining !== undefined && remaining > data.length) return undefined
    if (size !== undefined && size > WHOLE_MAX) return undefined
    const { strm, output } = this
    this.reset()
    strm.input = data
    strm.avail_in = data.length
    strm.output = output
    strm.avail_out = output.length
    if (zlibInflate(strm, Z_FINISH) !== Z_STREAM_END) return undefined
    const used = strm.next_in
    if (remaining !== undefined && used !== remaining) return undefined
    return { output: Buffer.from(output.buffer, 0, strm.next_out), used }
  }
}

interface Current {
  header: LocalHeader
  record: Unpacked
  file: EntryFile
  inflater: Inflater | undefined
  /** compressed bytes still to come, when the local header says how many */
  remaining: number | undefined
  compressed: number
}

type State = 'record' | 'data' | 'descriptor' | 'central' | 'done' | 'failed'

/**
 * Unpacks a zip into `root` in one pass, checking each file's size and CRC-32, then the central
 * directory against every entry. Hand-written: streaming unzip libraries ignore the central
 * directory and cannot resume.
 */
export class ZipUnpacker {
  private state: State = 'record'
  /** bytes of an incomplete record, kept until the rest arrives (never file data) */
  private carry: Buffer = Buffer.alloc(0)
  private position = 0
  private readonly entries = new EntryTable()
  private readonly seen: PathClaims
  private current: Current | undefined
  private centralStart = -1
  private centralCount = 0
  private zip64End: (Zip64End & { start: number }) | undefined
  private zip64EndAt = -1
  private bytesWritten = 0
  private ready: Promise<SpaceBudget> | undefined
  private readonly directories = new Set<string>()
  private whole: WholeInflater | undefined
  /** the mode files are created with (0644 less the umask), read from the first one */
  private createdMode: number | undefined

  /** `platform`: whose file name rules apply, the runner's or, in tests, another's. */
  constructor(
    private readonly root: string,
    platform: Platform = process.platform
  ) {
    this.seen = new PathClaims(platform)
  }

  /** Takes the next bytes of the archive; refuses (UnsafeArchiveError) what cannot be trusted. */
  async write(chunk: Buffer): Promise<void> {
    const budget = await (this.ready ??= mkdir(this.root, { recursive: true }).then(() =>
      SpaceBudget.at(this.root)
    ))
    let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk
    this.carry = Buffer.alloc(0)
    try {
      while (data.length > 0) {
        // Synchronous for all but a streamed inflate: a promise per step costs more than a small file.
        const step = this.step(data, budget)
        const used = step instanceof Promise ? await step : step
        if (used === undefined) {
          this.carry = Buffer.from(data)
          return
        }
        data = data.subarray(used)
        this.position += used
      }
    } catch (error) {
      const name = this.current?.record.name
      this.closeCurrent()
      this.state = 'failed'
      if (error instanceof UnsafeArchiveError) throw error
      throw new UnsafeArchiveError(
        name === undefined
          ? `refused: ${(error as Error).message}`
          : `refused entry '${name}': ${(error as Error).message}`
      )
    }
  }

  /** After the last byte: refuses an archive that ended before its end record. */
  async finish(): Promise<UnpackResult> {
    if (this.ready === undefined) {
      throw new UnsafeArchiveError('refused: not a zip archive (no bytes)')
    }
    const current = this.current
    if (current?.header.method === 0 && current.remaining === undefined) {
      throw new UnsafeArchiveError(
        `refused entry '${current.record.name}': the archive ends before the data descriptor of this stored entry (its size comes after its data, and only a descriptor with its signature can end it)`
      )
    }
    if (this.state !== 'done' || this.carry.length > 0) {
      throw new UnsafeArchiveError(
        `refused: the archive ends at byte ${this.position + this.carry.length} before its end of central directory record (truncated?)`
      )
    }
    let files = 0
    for (let i = 0; i < this.entries.length; i++) {
      const mode = this.entries.fileMode(i)
      if (mode === undefined) continue
      // Files were created 0644 less the umask; the mode ends exactly one of the two.
      if (mode !== this.createdMode)
        chmodSync(path.resolve(this.root, this.entries.nameOf(i)), mode)
      files++
    }
    return { files, bytes: this.bytesWritten }
  }

  /** Forgets everything unpacked: the next byte written is the archive's first. */
  async discard(): Promise<void> {
    this.closeCurrent()
    await rm(this.root, { recursive: true, force: true })
  }

  private closeCurrent(): void {
    this.current?.inflater?.destroy()
    try {
      this.current?.file.close()
    } catch {
      // Closing a file that is discarded anyway.
    }
    this.current = undefined
  }

  /** Returns the bytes used, or undefined when more are needed. */
  private step(
    data: Buffer,
    budget: SpaceBudget
  ): number | undefined | Promise<number | undefined> {
    switch (this.state) {
      case 'record':
        return this.readRecord(data, budget)
      case 'data':
        return this.readData(data)
      case 'descriptor':
        return this.readDescriptor(data)
      case 'central':
        return this.readCentral(data)
      case 'failed':
        throw new UnsafeArchiveError('refused: the archive was refused already')
      case 'done': {
        // libarchive pads what it writes to a pipe with NULs to its block size; they hide nothing.
        const other = data.findIndex(byte => byte !== 0)
        if (other < 0) return data.length
        throw new UnsafeArchiveError(
          `refused: ${data.length - other}+ bytes other than NUL padding follow the end of central directory record, at byte ${this.position + other}`
        )
      }
    }
  }

  private readRecord(data: Buffer, budget: SpaceBudget): number | undefined {
    if (data.length < 4) return undefined
    const signature = data.readUInt32LE(0)
    if (signature === LOCAL_HEADER) {
      const length = localHeaderLength(data)
      if (data.length < length) return undefined
      this.beginEntry(readLocalHeader(data), budget)
      return length
    }
    if (signature === CENTRAL_HEADER || signature === ZIP64_END || signature === END_OF_CENTRAL) {
      this.centralStart = this.position
      this.state = 'central'
      return 0
    }
    throw new UnsafeArchiveError(
      `refused: unexpected bytes at offset ${this.position}${this.entries.length > 0 ? `, after entry '${this.entries.get(this.entries.length - 1)?.name}'` : ''}: not a local header or the central directory`
    )
  }

  private beginEntry(header: LocalHeader, budget: SpaceBudget): void {
    const name = decodeName(header.nameBytes, header.flags, header.extra)
    const refuse = (why: string): never => {
      throw new UnsafeArchiveError(`refused entry '${name}': ${why}`)
    }
    if ((header.flags & 0x01) !== 0) refuse('the entry is encrypted')
    if (header.method !== 0 && header.method !== 8) {
      const known = METHOD_NAMES.get(header.method)
      refuse(`unsupported compression method ${header.method}${known ? ` (${known})` : ''}`)
    }
    if (name.includes('\0')) refuse('the name contains a NUL byte')
    const bad = describeBadName(name)
    if (bad !== undefined) refuse(bad)
    if (hasDotGitComponent(name)) {
      refuse("a '.git' path component could replace a checkout's configuration or hooks")
    }
    const unfit = this.seen.claim(name)
    if (unfit !== undefined) refuse(unfit)
    const target = path.resolve(this.root, name)
    if (target !== this.root && !target.startsWith(this.root + path.sep)) {
      refuse('the path leads outside the destination')
    }
    if (target === this.root && !name.endsWith('/')) refuse('the name names no file')
    if (header.method === 0 && header.compressedSize !== header.size) {
      refuse('compressed/uncompressed size mismatch for stored file')
    }
    if (header.size !== undefined) budget.declare(header.size)

    const directory = name.endsWith('/')
    let fd: number | undefined
    if (directory) {
      this.makeDirectory(target)
    } else {
      this.makeDirectory(path.dirname(target))
      // 'wx': never open an existing path, so nothing is written through a link or twice.
      // Synchronous: for small files the thread pool costs more than the call.
      fd = openSync(target, 'wx', 0o644)
      this.createdMode ??= fstatSync(fd).mode & 0o777
    }
    const file = new EntryFile(fd, header.size, budget)
    this.current = {
      header,
      file,
      inflater: undefined,
      remaining: header.compressedSize,
      compressed: 0,
      record: {
        name,
        method: header.method,
        start: this.position,
        dataStart: this.position + header.length,
        end: -1,
        crc: 0,
        compressedSize: 0,
        size: 0,
        directory,
        mode: 0o644
      }
    }
    this.state = 'data'
  }

  /** Makes `dir` (inside the staging root, which only this unpacker writes) once. */
  private makeDirectory(dir: string): void {
    if (this.directories.has(dir)) return
    mkdirSync(dir, { recursive: true })
    this.directories.add(dir)
  }

  private readData(data: Buffer): number | undefined | Promise<number | undefined> {
    const current = this.current as Current
    const deflated = current.header.method === 8
    if (!deflated && current.remaining === undefined) {
      return this.readStoredToDescriptor(current, data)
    }
    const slice =
      current.remaining === undefined
        ? data
        : data.subarray(0, Math.min(current.remaining, data.length))
    if (!deflated) {
      current.file.write(slice)
      return this.took(current, slice.length, endsData(current, slice, slice.length))
    }
    if (current.inflater === undefined && current.compressed === 0) {
      this.whole ??= new WholeInflater()
      const whole = this.whole.inflate(slice, current.remaining, current.header.size)
      if (whole !== undefined) {
        current.file.write(whole.output)
        return this.took(current, whole.used, true)
      }
    }
    return this.feed(current, slice)
  }

  private async feed(current: Current, slice: Buffer): Promise<number> {
    current.inflater ??= new Inflater(current.file)
    const used = await current.inflater.feed(slice)
    if (used < slice.length && current.remaining !== undefined) {
      throw new Error(
        `the compressed data ends ${current.remaining - used} bytes before its declared size`
      )
    }
    const ended = endsData(current, slice, used)
    if (ended) await current.inflater.finish()
    return this.took(current, used, ended)
  }

  /** Counts `used` bytes as the entry's. */
  private took(current: Current, used: number, ended: boolean): number {
    current.compressed += used
    if (current.remaining !== undefined) current.remaining -= used
    if (ended) this.endData(current, this.position + used)
    return used
  }

  /** Up to a signed descriptor agreeing on CRC-32 and size and followed by a record. */
  private readStoredToDescriptor(current: Current, data: Buffer): number | undefined {
    let crc = current.file.crc
    let covered = 0
    let end = Math.max(0, data.length - (DESCRIPTOR_SIGNATURE.length - 1))
    for (let at = 0; ;) {
      const candidate = data.indexOf(DESCRIPTOR_SIGNATURE, at)
      if (candidate < 0) break
      if (data.length - candidate < DESCRIPTOR_LOOKAHEAD) {
        end = candidate
        break
      }
      crc = crc32(data.subarray(covered, candidate), crc)
      covered = candidate
      const size = current.file.bytes + candidate
      const counted = { crc: crc >>> 0, compressedSize: size, size }
      if (readDescriptor(data.subarray(candidate), counted, current.header.zip64, true)) {
        this.writeStored(current, data.subarray(0, candidate))
        this.endData(current, this.position + candidate)
        return candidate
      }
      at = candidate + 1
    }
    if (end === 0) return undefined
    this.writeStored(current, data.subarray(0, end))
    return end
  }

  private writeStored(current: Current, data: Buffer): void {
    if (data.length === 0) return
    current.file.write(data)
    current.compressed += data.length
  }

  /** After the inflater, if any, has finished. */
  private endData(current: Current, end: number): void {
    current.file.close()
    const { header, file, record } = current
    Object.assign(record, {
      crc: file.crc >>> 0,
      compressedSize: current.compressed,
      size: file.bytes
    })
    if (header.size !== undefined) {
      if (file.bytes !== header.size) {
        throw new Error(
          `${file.bytes} bytes unpacked where the local header declares ${header.size}`
        )
      }
      if (record.crc !== header.crc >>> 0) throw new Error('CRC-32 mismatch: the entry is corrupt')
      this.closeEntry(end)
    } else {
      this.state = 'descriptor'
    }
  }

  private closeEntry(end: number): void {
    const current = this.current as Current
    current.record.end = end
    this.bytesWritten += current.record.size
    this.entries.add(current.record)
    this.current = undefined
    this.state = 'record'
  }

  private readDescriptor(data: Buffer): number | undefined {
    const current = this.current as Current
    // A valid archive always has at least the end record after a descriptor.
    if (data.length < DESCRIPTOR_LOOKAHEAD) return undefined
    const descriptor = readDescriptor(data, current.record, current.header.zip64)
    if (descriptor === undefined) {
      throw new Error(
        `the data descriptor does not match what was unpacked (${current.record.size} bytes from ${current.record.compressedSize}, CRC-32 ${current.record.crc.toString(16)}): the entry is corrupt`
      )
    }
    this.closeEntry(this.position + descriptor.length)
    return descriptor.length
  }

  private readCentral(data: Buffer): number | undefined {
    if (data.length < 4) return undefined
    const signature = data.readUInt32LE(0)
    if (signature === CENTRAL_HEADER && this.zip64End === undefined && this.zip64EndAt < 0) {
      const length = centralRecordLength(data)
      if (data.length < length) return undefined
      this.checkCentralRecord(readCentralRecord(data))
      return length
    }
    if (signature === ZIP64_END && this.zip64End === undefined) {
      const length = zip64EndLength(data)
      if (data.length < length) return undefined
      this.zip64End = { ...readZip64End(data), start: this.position }
      return length
    }
    if (signature === ZIP64_LOCATOR && this.zip64End !== undefined && this.zip64EndAt < 0) {
      if (data.length < ZIP64_LOCATOR_SIZE) return undefined
      this.zip64EndAt = readZip64Locator(data)
      return ZIP64_LOCATOR_SIZE
    }
    if (signature === END_OF_CENTRAL) {
      const length = endRecordLength(data)
      if (data.length < length) return undefined
      this.checkEnd(readEndRecord(data))
      this.state = 'done'
      return length
    }
    throw new UnsafeArchiveError(
      `refused: unexpected bytes at offset ${this.position} in the central directory`
    )
  }

  private checkCentralRecord(record: CentralRecord): void {
    const index = this.centralCount++
    const entry = this.entries.get(index)
    const name = decodeName(record.nameBytes, record.flags, record.extra)
    if (entry?.start !== record.offset) {
      const sharedAt = this.entries.indexHolding(record.offset)
      const shared = this.entries.get(sharedAt)
      if (shared?.start === record.offset && shared.name === name) {
        throw new UnsafeArchiveError(
          `refused entry '${name}': the central directory lists it as entry ${index + 1}, the archive holds it as entry ${sharedAt + 1}`
        )
      }
      if (shared !== undefined && sharedAt !== index) {
        throw new UnsafeArchiveError(
          `refused: entries '${shared.name}' and '${name}' share bytes of the archive (overlapping entries, as in a zip bomb)`
        )
      }
      throw new UnsafeArchiveError(
        entry === undefined
          ? `refused: the central directory lists entry '${name}' (number ${index + 1}), but the archive holds ${this.entries.length} entries`
          : `refused entry '${entry.name}': the central directory says its local header is at offset ${record.offset}, it is at ${entry.start}`
      )
    }
    // Data the central directory declares longer than what was read runs into the next entry.
    const next = this.entries.startOf(index + 1)
    if (next !== undefined && entry.dataStart + record.compressedSize > next) {
      throw new UnsafeArchiveError(
        `refused: entries '${entry.name}' and '${this.entries.nameOf(index + 1)}' share bytes of the archive (overlapping entries, as in a zip bomb)`
      )
    }
    const refuse = (why: string): never => {
      throw new UnsafeArchiveError(
        `refused entry '${entry.name}': the central directory disagrees with the local entry: ${why}`
      )
    }
    if (name !== entry.name) {
      refuse(`it names it '${name}'`)
    }
    if (record.method !== entry.method) {
      refuse(`compression method ${record.method}, not ${entry.method}`)
    }
    if (record.crc >>> 0 !== entry.crc) {
      refuse(`CRC-32 ${record.crc.toString(16)}, not ${entry.crc.toString(16)}`)
    }
    if (record.compressedSize !== entry.compressedSize) {
      refuse(`${record.compressedSize} bytes compressed, not ${entry.compressedSize}`)
    }
    if (record.size !== entry.size) refuse(`${record.size} bytes unpacked, not ${entry.size}`)
    const type = REFUSED_TYPES.get((unixMode(record) ?? 0) & S_IFMT)
    if (type !== undefined) {
      throw new UnsafeArchiveError(`refused entry '${entry.name}': ${type}`)
    }
    this.entries.setMode(index, fileMode(record))
  }

  private checkEnd(end: EndRecord): void {
    const central = this.zip64End ?? end
    if (end.defersToZip64 && this.zip64End === undefined) {
      throw new UnsafeArchiveError(
        'refused: the end record defers to a zip64 record that is absent'
      )
    }
    if (this.zip64End !== undefined && this.zip64EndAt !== this.zip64End.start) {
      throw new UnsafeArchiveError(
        `refused: the zip64 locator points at offset ${this.zip64EndAt}, the zip64 end record is at ${this.zip64End.start}`
      )
    }
    const directoryEnd = this.zip64End?.start ?? this.position
    const expected = {
      entries: this.entries.length,
      directoryOffset: this.centralStart,
      directorySize: directoryEnd - this.centralStart
    }
    for (const key of ['entries', 'directoryOffset', 'directorySize'] as const) {
      if (central[key] !== expected[key] || this.centralCount !== this.entries.length) {
        throw new UnsafeArchiveError(
          `refused: the end of central directory record does not describe the archive (${key} ${central[key]}, where the archive has ${expected[key]}; ${this.centralCount} central records for ${this.entries.length} entries)`
        )
      }
    }
  }
}
