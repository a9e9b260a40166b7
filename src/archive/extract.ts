import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, mkdir, open, stat, statfs } from 'node:fs/promises'
import * as path from 'node:path'
import { type Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import yauzl from 'yauzl'
import { formatBytes } from '../report/format.js'
import { hasDotGitComponent } from './names.js'

/** An archive that would write outside its destination, or is otherwise not to be trusted. */
export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsafeArchiveError'
  }
}

/** What an extraction wrote. */
export interface ExtractResult {
  files: number
  bytes: number
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/** True when the file starts like a zip archive (a local header, or an empty archive's end). */
export async function isZipFile(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0)
    if (bytesRead < 4) return false
    const signature = buffer.readUInt32LE(0)
    return signature === 0x04034b50 || signature === 0x06054b50
  } finally {
    await handle.close()
  }
}

/** Reads in 1 MiB chunks: yauzl's own reader reads 16 KiB at a time, four times slower here. */
const READ_CHUNK = 1024 * 1024

class FileReader extends yauzl.RandomAccessReader {
  // Each range opens the file anew: a stream given a shared descriptor closes it when destroyed.
  constructor(private readonly file: string) {
    super()
  }

  _readStreamForRange(start: number, end: number): Readable {
    return createReadStream(this.file, { start, end: end - 1, highWaterMark: READ_CHUNK })
  }
}

async function openZip(file: string): Promise<yauzl.ZipFile> {
  const { size } = await stat(file)
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(
      new FileReader(file),
      size,
      {
        lazyEntries: true,
        // Entries are read twice: all of the central directory first, then each one's data.
        autoClose: false,
        // yauzl refuses absolute paths, drive letters and `..` segments; strict names make it
        // refuse backslashes too instead of turning them into separators.
        decodeStrings: true,
        strictFileNames: true,
        // An entry that inflates to more than its declared size is an error, not a disk filler.
        validateEntrySizes: true
      },
      (error, zip) => (error ? reject(error) : resolve(zip))
    )
  })
}

/** Passes bytes through, failing at the end if their CRC-32 is not the one the entry declares. */
function checkCrc(entry: yauzl.Entry): Transform {
  let crc = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc)
      callback(null, chunk)
    },
    flush(callback) {
      callback(
        crc >>> 0 === entry.crc32 ? null : new Error('CRC-32 mismatch: the entry is corrupt')
      )
    }
  })
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)))
  })
}

/** The file type bits of a Unix mode, and the types that are refused. */
const REFUSED_TYPES = new Map([
  [S_IFLNK, 'symbolic links are not extracted'],
  [0o010000, 'FIFOs are not extracted'],
  [0o020000, 'device files are not extracted'],
  [0o060000, 'device files are not extracted'],
  [0o140000, 'sockets are not extracted']
])

/** The Unix mode an entry declares, or undefined when the archive was not made on Unix. */
function unixMode(entry: yauzl.Entry): number | undefined {
  // 3 is Unix, 19 macOS: both keep the st_mode in the high half of the external attributes.
  const madeBy = entry.versionMadeBy >> 8
  return madeBy === 3 || madeBy === 19 ? entry.externalFileAttributes >>> 16 : undefined
}

/**
 * The mode a file is written with: 0755 when the archive marks it executable by its owner (a
 * built binary stays runnable), 0644 otherwise. Setuid, setgid and sticky bits, and any write
 * permission for others, are never taken from an archive.
 */
function fileMode(entry: yauzl.Entry): number {
  return ((unixMode(entry) ?? 0) & 0o100) !== 0 ? 0o755 : 0o644
}

/**
 * Why an entry is refused, or undefined. On top of yauzl's checks: NUL bytes, symbolic links
 * (they could point anywhere, and a later entry could write through them), FIFOs, devices and
 * sockets (a reader of the destination would block on or reach something that is not a file),
 * `.git` path components (see names.ts), duplicates (a later entry would silently replace an
 * earlier one) and anything that resolves outside `root`.
 */
function refusal(entry: yauzl.Entry, root: string, seen: Set<string>): string | undefined {
  const name = entry.fileName
  if (name.includes('\0')) return 'the name contains a NUL byte'
  const type = REFUSED_TYPES.get((unixMode(entry) ?? 0) & S_IFMT)
  if (type !== undefined) return type
  if (hasDotGitComponent(name)) {
    return "a '.git' path component could replace a checkout's configuration or hooks"
  }
  const key = path.posix.normalize(name).replace(/\/+$/, '')
  if (seen.has(key)) return 'the archive holds this path twice'
  seen.add(key)
  const target = path.resolve(root, name)
  if (target !== root && !target.startsWith(root + path.sep)) {
    return 'the path leads outside the destination'
  }
  return undefined
}

/** Every entry of the central directory, each checked by `refusal`, before anything is written. */
function readEntries(zip: yauzl.ZipFile, root: string): Promise<yauzl.Entry[]> {
  const seen = new Set<string>()
  const entries: yauzl.Entry[] = []
  return new Promise((resolve, reject) => {
    zip.on('error', reject)
    zip.on('end', () => resolve(entries))
    zip.on('entry', (entry: yauzl.Entry) => {
      const why = refusal(entry, root, seen)
      if (why !== undefined) {
        reject(new UnsafeArchiveError(`refused entry '${entry.fileName}': ${why}`))
        return
      }
      entries.push(entry)
      zip.readEntry()
    })
    zip.readEntry()
  })
}

const LOCAL_HEADER = 0x04034b50
const LOCAL_HEADER_SIZE = 30

/**
 * Refuses entries whose local data share bytes: a small archive whose central directory points
 * many entries into one another's compressed data (the "non-recursive zip bomb") or at one
 * local entry writes far more than it holds. Each entry owns the bytes from its local header to
 * the end of its compressed data; sorted by offset, no entry may start before the previous ends.
 * Info-ZIP's unzip refuses the same archives.
 */
async function checkNoOverlap(archive: string, entries: readonly yauzl.Entry[]): Promise<void> {
  const handle = await open(archive, 'r')
  try {
    const header = Buffer.alloc(LOCAL_HEADER_SIZE)
    const extents: { entry: yauzl.Entry; start: number; end: number }[] = []
    for (const entry of entries) {
      const start = entry.relativeOffsetOfLocalHeader
      const { bytesRead } = await handle.read(header, 0, LOCAL_HEADER_SIZE, start)
      if (bytesRead < LOCAL_HEADER_SIZE || header.readUInt32LE(0) !== LOCAL_HEADER) {
        throw new UnsafeArchiveError(
          `refused entry '${entry.fileName}': no local header at offset ${start}`
        )
      }
      const dataStart =
        start + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28)
      extents.push({ entry, start, end: dataStart + entry.compressedSize })
    }
    extents.sort((a, b) => a.start - b.start)
    for (let i = 1; i < extents.length; i++) {
      const [before, after] = [extents[i - 1], extents[i]]
      if (after.start < before.end) {
        throw new UnsafeArchiveError(
          `refused: entries '${before.entry.fileName}' and '${after.entry.fileName}' share bytes of the archive (overlapping entries, as in a zip bomb)`
        )
      }
    }
  } finally {
    await handle.close()
  }
}

/** Refuses an archive whose declared contents cannot fit in the free space at `root`. */
async function checkFreeSpace(root: string, entries: readonly yauzl.Entry[]): Promise<void> {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  const { bavail, bsize } = await statfs(root)
  const free = bavail * bsize
  if (declared > free) {
    throw new UnsafeArchiveError(
      `refused: the entries declare ${formatBytes(declared)} (${declared} bytes) unpacked, but only ${formatBytes(free)} (${free} bytes) is free at ${root}`
    )
  }
}

/** Writes one entry below `root`; returns the bytes written. */
async function writeEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, root: string): Promise<number> {
  const target = path.resolve(root, entry.fileName)
  if (entry.fileName.endsWith('/')) {
    await mkdir(target, { recursive: true })
    return 0
  }
  await mkdir(path.dirname(target), { recursive: true })
  const stream = await openEntry(zip, entry)
  const mode = fileMode(entry)
  // 'wx': never open an existing path, so nothing is written through a link or twice.
  await pipeline(stream, checkCrc(entry), createWriteStream(target, { flags: 'wx', mode })).catch(
    (error: Error) => {
      throw new UnsafeArchiveError(`refused entry '${entry.fileName}': ${error.message}`)
    }
  )
  // The umask may have taken bits away; the mode is exactly one of the two.
  await chmod(target, mode)
  return entry.uncompressedSize
}

/**
 * Extracts a zip into `root` (created, empty), streaming. The whole central directory is read
 * and checked first (names, types, overlaps, free space), so a refused archive writes nothing;
 * an error while writing names the entry, and the caller discards the staging directory.
 */
export async function extractZip(archive: string, root: string): Promise<ExtractResult> {
  const resolvedRoot = path.resolve(root)
  let zip: yauzl.ZipFile
  try {
    zip = await openZip(archive)
  } catch (error) {
    throw new UnsafeArchiveError(`not a readable zip archive: ${(error as Error).message}`)
  }
  try {
    const entries = await readEntries(zip, resolvedRoot)
    await checkNoOverlap(archive, entries)
    await mkdir(resolvedRoot, { recursive: true })
    await checkFreeSpace(resolvedRoot, entries)
    let files = 0
    let bytes = 0
    for (const entry of entries) {
      bytes += await writeEntry(zip, entry, resolvedRoot)
      if (!entry.fileName.endsWith('/')) files++
    }
    return { files, bytes }
  } catch (error) {
    throw error instanceof UnsafeArchiveError
      ? error
      : new UnsafeArchiveError(`refused: ${(error as Error).message}`)
  } finally {
    zip.close()
  }
}
