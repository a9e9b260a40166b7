import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { type Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import yauzl from 'yauzl'

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
        autoClose: true,
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

/**
 * Why an entry is refused, or undefined. On top of yauzl's checks: NUL bytes, symbolic links
 * (they could point anywhere, and a later entry could write through them), duplicates (a later
 * entry would silently replace an earlier one) and anything that resolves outside `root`.
 */
function refusal(entry: yauzl.Entry, root: string, seen: Set<string>): string | undefined {
  const name = entry.fileName
  if (name.includes('\0')) return 'the name contains a NUL byte'
  const madeByUnix = entry.versionMadeBy >> 8 === 3
  if (madeByUnix && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    return 'symbolic links are not extracted'
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

/**
 * Extracts a zip into `root` (an empty staging directory), entry by entry, streaming. Any unsafe
 * entry stops the extraction with an error naming it; the caller discards the staging directory.
 */
export async function extractZip(archive: string, root: string): Promise<ExtractResult> {
  const resolvedRoot = path.resolve(root)
  let zip: yauzl.ZipFile
  try {
    zip = await openZip(archive)
  } catch (error) {
    throw new UnsafeArchiveError(`not a readable zip archive: ${(error as Error).message}`)
  }
  const seen = new Set<string>()
  let files = 0
  let bytes = 0
  return new Promise<ExtractResult>((resolve, reject) => {
    let settled = false
    const fail = (error: Error): void => {
      if (settled) return
      settled = true
      zip.close()
      reject(
        error instanceof UnsafeArchiveError
          ? error
          : new UnsafeArchiveError(`refused: ${error.message}`)
      )
    }
    zip.on('error', fail)
    zip.on('end', () => {
      if (settled) return
      settled = true
      resolve({ files, bytes })
    })
    zip.on('entry', (entry: yauzl.Entry) => {
      const why = refusal(entry, resolvedRoot, seen)
      if (why !== undefined) {
        fail(new UnsafeArchiveError(`refused entry '${entry.fileName}': ${why}`))
        return
      }
      const target = path.resolve(resolvedRoot, entry.fileName)
      void (async () => {
        if (entry.fileName.endsWith('/')) {
          await mkdir(target, { recursive: true })
        } else {
          await mkdir(path.dirname(target), { recursive: true })
          const stream = await openEntry(zip, entry)
          // 'wx': never open an existing path, so nothing is written through a link or twice.
          await pipeline(stream, checkCrc(entry), createWriteStream(target, { flags: 'wx' })).catch(
            (error: Error) => {
              throw new UnsafeArchiveError(`refused entry '${entry.fileName}': ${error.message}`)
            }
          )
          files++
          bytes += entry.uncompressedSize
        }
        zip.readEntry()
      })().catch(fail)
    })
    zip.readEntry()
  })
}
