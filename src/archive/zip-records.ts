// Zip records as APPNOTE.TXT 6.3 defines them: pure functions the unpacker drives.

import { crc32 } from 'node:zlib'

/** Refused input: the staging directory is discarded. */
export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsafeArchiveError'
  }
}

export const LOCAL_HEADER = 0x04034b50
export const CENTRAL_HEADER = 0x02014b50
export const END_OF_CENTRAL = 0x06054b50
export const ZIP64_END = 0x06064b50
export const ZIP64_LOCATOR = 0x07064b50
export const DESCRIPTOR = 0x08074b50

/** Fixed parts of the records. */
export const LOCAL_SIZE = 30
export const CENTRAL_SIZE = 46
export const END_SIZE = 22
export const ZIP64_END_SIZE = 56
export const ZIP64_LOCATOR_SIZE = 20
/** Signature, CRC-32 and two 8-byte sizes. */
export const DESCRIPTOR_MAX = 24
/** Plus the next record's signature. */
export const DESCRIPTOR_LOOKAHEAD = DESCRIPTOR_MAX + 4

const MAX32 = 0xffffffff
const MAX16 = 0xffff
const ZIP64_EXTRA = 0x0001
const UNICODE_PATH_EXTRA = 0x7075

/** A record allowed after an entry starts at `at`. */
export function recordFollows(buffer: Buffer, at: number): boolean {
  if (buffer.length < at + 4) return false
  const signature = buffer.readUInt32LE(at)
  return (
    signature === LOCAL_HEADER ||
    signature === CENTRAL_HEADER ||
    signature === ZIP64_END ||
    signature === END_OF_CENTRAL
  )
}

export interface LocalHeader {
  flags: number
  method: number
  crc: number
  /** undefined when the sizes follow the data (bit 3) */
  compressedSize: number | undefined
  size: number | undefined
  /** a view of the bytes read, as `extra`: read before those are freed */
  nameBytes: Buffer
  /** the extra fields, read for the name */
  extra: Buffer
  /** has a zip64 extra field: its descriptor then has 8-byte sizes */
  zip64: boolean
  /** header, name and extra field */
  length: number
}

export interface CentralRecord {
  versionMadeBy: number
  flags: number
  method: number
  crc: number
  compressedSize: number
  size: number
  externalAttributes: number
  offset: number
  nameBytes: Buffer
  extra: Buffer
  length: number
}

export interface EndRecord {
  entries: number
  directorySize: number
  directoryOffset: number
  commentLength: number
  /** a field holds its maximum: a zip64 end record must come first */
  defersToZip64: boolean
}

export interface Zip64End {
  entries: number
  directorySize: number
  directoryOffset: number
  length: number
}

function u64(buffer: Buffer, at: number, what: string): number {
  const value = buffer.readBigUInt64LE(at)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new UnsafeArchiveError(`refused: ${what} of ${value} bytes is beyond what is accepted`)
  }
  return Number(value)
}

/** The zip64 extra field's values for the `wanted` fields, in the format's order; none without it. */
function readZip64Extra(extra: Buffer, wanted: readonly string[]): Map<string, number> | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === ZIP64_EXTRA) {
      const field = extra.subarray(at + 4, at + 4 + size)
      const values = new Map<string, number>()
      let offset = 0
      for (const name of wanted) {
        if (offset + 8 > field.length) break
        values.set(name, u64(field, offset, `a zip64 ${name}`))
        offset += 8
      }
      return values
    }
    at += 4 + size
  }
  return undefined
}

/** A local header's zip64 field holds both sizes, uncompressed first. */
const LOCAL_ZIP64_FIELDS = ['size', 'compressed size']

/** Bytes needed to read the record, or its length once they are here. */
export function localHeaderLength(buffer: Buffer): number {
  if (buffer.length < LOCAL_SIZE) return LOCAL_SIZE
  return LOCAL_SIZE + buffer.readUInt16LE(26) + buffer.readUInt16LE(28)
}

/** Reads a whole local header; its name and extra field are views of `buffer`. */
export function readLocalHeader(buffer: Buffer): LocalHeader {
  const flags = buffer.readUInt16LE(6)
  const nameLength = buffer.readUInt16LE(26)
  const extraLength = buffer.readUInt16LE(28)
  const nameBytes = buffer.subarray(LOCAL_SIZE, LOCAL_SIZE + nameLength)
  const extra = buffer.subarray(LOCAL_SIZE + nameLength, LOCAL_SIZE + nameLength + extraLength)
  let size: number | undefined = buffer.readUInt32LE(22)
  let compressedSize: number | undefined = buffer.readUInt32LE(18)
  const zip64 = readZip64Extra(extra, LOCAL_ZIP64_FIELDS)
  if (size === MAX32) size = zip64?.get('size')
  if (compressedSize === MAX32) compressedSize = zip64?.get('compressed size')
  const deferred = (flags & 0x08) !== 0
  return {
    flags,
    method: buffer.readUInt16LE(8),
    crc: buffer.readUInt32LE(14),
    compressedSize: deferred ? undefined : compressedSize,
    size: deferred ? undefined : size,
    nameBytes,
    extra,
    zip64: zip64 !== undefined,
    length: LOCAL_SIZE + nameLength + extraLength
  }
}

export interface Descriptor {
  crc: number
  compressedSize: number
  size: number
  length: number
}

/** The descriptor form (signed or not, 4- or 8-byte sizes) that matches and is followed by a record. */
export function readDescriptor(
  buffer: Buffer,
  counted: { crc: number; compressedSize: number; size: number },
  zip64First: boolean,
  signed: boolean = buffer.length >= 4 && buffer.readUInt32LE(0) === DESCRIPTOR
): Descriptor | undefined {
  // Signed before unsigned, the header's width before the other; loops, as this runs per entry.
  for (let form = signed ? 0 : 2; form < 4; form++) {
    const at = form < 2 ? 4 : 0
    const wide = form % 2 === 0 ? zip64First : !zip64First
    const length = at + (wide ? 20 : 12)
    if (buffer.length < length || !recordFollows(buffer, length)) continue
    const crc = buffer.readUInt32LE(at)
    const compressedSize = wide
      ? Number(buffer.readBigUInt64LE(at + 4))
      : buffer.readUInt32LE(at + 4)
    const size = wide ? Number(buffer.readBigUInt64LE(at + 12)) : buffer.readUInt32LE(at + 8)
    if (crc === counted.crc && compressedSize === counted.compressedSize && size === counted.size) {
      return { crc, compressedSize, size, length }
    }
  }
  return undefined
}

/** As localHeaderLength, for a central record. */
export function centralRecordLength(buffer: Buffer): number {
  if (buffer.length < CENTRAL_SIZE) return CENTRAL_SIZE
  return CENTRAL_SIZE + buffer.readUInt16LE(28) + buffer.readUInt16LE(30) + buffer.readUInt16LE(32)
}

export function readCentralRecord(buffer: Buffer): CentralRecord {
  const nameLength = buffer.readUInt16LE(28)
  const extraLength = buffer.readUInt16LE(30)
  const nameBytes = buffer.subarray(CENTRAL_SIZE, CENTRAL_SIZE + nameLength)
  const extra = buffer.subarray(CENTRAL_SIZE + nameLength, CENTRAL_SIZE + nameLength + extraLength)
  let size = buffer.readUInt32LE(24)
  let compressedSize = buffer.readUInt32LE(20)
  let offset = buffer.readUInt32LE(42)
  // Here the zip64 field holds only the fields that say 0xffffffff.
  if (size === MAX32 || compressedSize === MAX32 || offset === MAX32) {
    const wanted = [
      ...(size === MAX32 ? ['size'] : []),
      ...(compressedSize === MAX32 ? ['compressed size'] : []),
      ...(offset === MAX32 ? ['offset'] : [])
    ]
    const values = readZip64Extra(extra, wanted)
    size = values?.get('size') ?? size
    compressedSize = values?.get('compressed size') ?? compressedSize
    offset = values?.get('offset') ?? offset
  }
  if (buffer.readUInt16LE(34) !== 0 && buffer.readUInt16LE(34) !== MAX16) {
    throw new UnsafeArchiveError('refused: multi-disk zip files are not supported')
  }
  return {
    versionMadeBy: buffer.readUInt16LE(4),
    flags: buffer.readUInt16LE(8),
    method: buffer.readUInt16LE(10),
    crc: buffer.readUInt32LE(16),
    compressedSize,
    size,
    externalAttributes: buffer.readUInt32LE(38),
    offset,
    nameBytes,
    extra,
    length: centralRecordLength(buffer)
  }
}

/** A zip64 end record is waited for whole, in memory. */
const ZIP64_EXTENSIBLE_MAX = 64 * 1024

export function zip64EndLength(buffer: Buffer): number {
  if (buffer.length < ZIP64_END_SIZE) return ZIP64_END_SIZE
  const length = 12 + u64(buffer, 4, 'a zip64 end record')
  if (length < ZIP64_END_SIZE || length > ZIP64_END_SIZE + ZIP64_EXTENSIBLE_MAX) {
    throw new UnsafeArchiveError(
      `refused: a zip64 end record of ${length} bytes (at most ${ZIP64_END_SIZE + ZIP64_EXTENSIBLE_MAX} are read)`
    )
  }
  return length
}

export function readZip64End(buffer: Buffer): Zip64End {
  if (buffer.readUInt32LE(16) !== 0 || buffer.readUInt32LE(20) !== 0) {
    throw new UnsafeArchiveError('refused: multi-disk zip files are not supported')
  }
  return {
    entries: u64(buffer, 32, 'a zip64 entry count'),
    directorySize: u64(buffer, 40, 'a zip64 central directory'),
    directoryOffset: u64(buffer, 48, 'a zip64 central directory offset'),
    length: zip64EndLength(buffer)
  }
}

export function readZip64Locator(buffer: Buffer): number {
  return u64(buffer, 8, 'a zip64 end record offset')
}

export function endRecordLength(buffer: Buffer): number {
  if (buffer.length < END_SIZE) return END_SIZE
  return END_SIZE + buffer.readUInt16LE(20)
}

/** A record signature as it stands in the archive, to search for. */
export function signatureBytes(signature: number): Buffer {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32LE(signature)
  return bytes
}

const END_SIGNATURES = [END_OF_CENTRAL, ZIP64_END, ZIP64_LOCATOR].map(signatureBytes)

export function readEndRecord(buffer: Buffer): EndRecord {
  // unzip and zipfile search for the last end record: one in the comment would be theirs.
  const comment = buffer.subarray(END_SIZE, END_SIZE + buffer.readUInt16LE(20))
  if (END_SIGNATURES.some(signature => comment.includes(signature))) {
    throw new UnsafeArchiveError(
      "refused: the archive comment holds an end record, which other readers would take for the archive's own"
    )
  }
  const disk = buffer.readUInt16LE(4)
  const directoryDisk = buffer.readUInt16LE(6)
  const entries = buffer.readUInt16LE(10)
  const directorySize = buffer.readUInt32LE(12)
  const directoryOffset = buffer.readUInt32LE(16)
  const defersToZip64 =
    entries === MAX16 || directorySize === MAX32 || directoryOffset === MAX32 || disk === MAX16
  if (!defersToZip64 && (disk !== 0 || directoryDisk !== 0)) {
    throw new UnsafeArchiveError('refused: multi-disk zip files are not supported')
  }
  return {
    entries,
    directorySize,
    directoryOffset,
    commentLength: buffer.readUInt16LE(20),
    defersToZip64
  }
}

/** Code page 437 from 0x80: names without the UTF-8 flag use it. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'

const utf8 = new TextDecoder('utf-8', { fatal: true })

function asUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

function asCp437(bytes: Buffer): string {
  let name = ''
  for (const byte of bytes) {
    name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]
  }
  return name
}

/** The Unicode Path name, when its CRC-32 says it was made from `nameBytes`. */
function unicodePath(extra: Buffer, nameBytes: Buffer): string | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    const field = extra.subarray(at + 4, at + 4 + size)
    // Version 1, CRC-32 of the raw name, UTF-8 name.
    if (id === UNICODE_PATH_EXTRA && field.length >= 5 && field[0] === 1) {
      if (field.readUInt32LE(1) !== crc32(nameBytes) >>> 0) return undefined
      const name = asUtf8(field.subarray(5))
      if (name === undefined)
        throw new UnsafeArchiveError('refused: a Unicode Path field is not UTF-8')
      return name
    }
    at += 4 + size
  }
  return undefined
}

/**
 * UTF-8 if flagged; else a matching Unicode Path; else UTF-8 if valid (Info-ZIP 3.0, Go), else
 * CP437. A Unicode Path moving the file is refused.
 */
export function decodeName(bytes: Buffer, flags: number, extra: Buffer = Buffer.alloc(0)): string {
  if ((flags & 0x800) !== 0) {
    const name = asUtf8(bytes)
    if (name === undefined) {
      throw new UnsafeArchiveError(
        `refused: the name ${asCp437(bytes)} is flagged UTF-8 but is not`
      )
    }
    return name
  }
  const raw = asUtf8(bytes) ?? asCp437(bytes)
  const unicode = unicodePath(extra, bytes)
  if (unicode === undefined || unicode === raw) return raw
  const rawParts = raw.split('/')
  const parts = unicode.split('/')
  // Only a component with bytes outside ASCII may read otherwise, and never as '', '.' or '..'.
  const samePlace =
    rawParts.length === parts.length &&
    rawParts.every(
      (part, i) => part === parts[i] || (/[^ -~]/.test(part) && !['', '.', '..'].includes(parts[i]))
    )
  if (!samePlace) {
    throw new UnsafeArchiveError(
      `refused entry '${raw}': its Unicode Path field names another place, '${unicode}'`
    )
  }
  return unicode
}

/** In yauzl's words; a backslash is refused, not taken as a separator. */
export function describeBadName(name: string): string | undefined {
  if (name.includes('\\')) return `invalid characters in fileName: ${name}`
  if (/^[a-zA-Z]:/.test(name) || name.startsWith('/')) return `absolute path: ${name}`
  if (name.split('/').includes('..')) return `invalid relative path: ${name}`
  return undefined
}
