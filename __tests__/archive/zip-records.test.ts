// The zip records on their own (src/archive/zip-records.ts): fields a reader must not take on
// trust, from records built byte by byte here.
import { crc32 } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { buildZip } from '../../emulator/zip.js'
import {
  CENTRAL_HEADER,
  decodeName,
  describeBadName,
  END_OF_CENTRAL,
  END_SIZE,
  endRecordLength,
  readCentralRecord,
  readEndRecord,
  readZip64End,
  readZip64Locator,
  UnsafeArchiveError,
  signatureBytes,
  zip64EndLength
} from '../../src/archive/zip-records.js'

/** An archive of one entry, whose records the tests copy and change. */
const ARCHIVE = buildZip([{ name: 'a', data: 'a' }])

/** A copy of its end record: 22 bytes, no comment. */
function endRecord(): Buffer {
  return Buffer.from(ARCHIVE.subarray(ARCHIVE.length - END_SIZE))
}

/** A copy of its central record, with `extra` as its extra field. */
function centralRecord(extra = Buffer.alloc(0)): Buffer {
  const signature = signatureBytes(CENTRAL_HEADER)
  const record = Buffer.from(ARCHIVE.subarray(ARCHIVE.indexOf(signature), -END_SIZE))
  record.writeUInt16LE(extra.length, 30)
  return Buffer.concat([record, extra])
}

const MULTI_DISK = 'refused: multi-disk zip files are not supported'

describe('zip records', () => {
  it('decodes a name as UTF-8 with bit 11, or without it when its bytes are UTF-8, else as code page 437', () => {
    const bytes = Buffer.from([0x61, 0x7f, 0x80, 0x81, 0xff])
    expect(decodeName(bytes, 0)).toBe('a\x7fÇü\u00a0')
    expect(decodeName(Buffer.from('é', 'utf8'), 0x800)).toBe('é')
    expect(decodeName(Buffer.from('café/漢字.txt', 'utf8'), 0)).toBe('café/漢字.txt')
    expect(decodeName(Buffer.from([0x82, 0x41]), 0)).toBe('éA')
  })

  it('refuses a name flagged UTF-8 that is not', () => {
    expect(() => decodeName(Buffer.from([0x61, 0x82]), 0x800)).toThrow(
      'refused: the name aé is flagged UTF-8 but is not'
    )
  })

  describe('the Info-ZIP Unicode Path field', () => {
    const raw = Buffer.from([0x63, 0x61, 0x66, 0x82]) // 'café' in code page 437
    const field = (name: string, crc = crc32(raw) >>> 0, version = 1): Buffer => {
      const utf8 = Buffer.from(name, 'utf8')
      const head = Buffer.alloc(9)
      head.writeUInt16LE(0x7075, 0)
      head.writeUInt16LE(5 + utf8.length, 2)
      head.writeUInt8(version, 4)
      head.writeUInt32LE(crc, 5)
      return Buffer.concat([head, utf8])
    }
    const other = Buffer.from([0x0a, 0x00, 0x04, 0x00, 1, 2, 3, 4])

    it('gives the name when its CRC-32 matches the raw name, after other fields too', () => {
      expect(decodeName(raw, 0, Buffer.concat([other, field('cafè')]))).toBe('cafè')
    })

    it('is ignored when its CRC-32 or version does not match, or bit 11 is set', () => {
      expect(decodeName(raw, 0, field('cafè', 1))).toBe('café')
      expect(decodeName(raw, 0, field('cafè', undefined, 2))).toBe('café')
      expect(decodeName(Buffer.from('x'), 0x800, field('cafè', crc32(Buffer.from('x'))))).toBe('x')
    })

    it('refuses a field that would place the file elsewhere than its raw name', () => {
      const rawPath = Buffer.from('dir/caf\x82', 'latin1')
      const at = (name: string): Buffer => field(name, crc32(rawPath) >>> 0)
      expect(decodeName(rawPath, 0, at('dir/cafè'))).toBe('dir/cafè')
      expect(() => decodeName(rawPath, 0, at('other/cafè'))).toThrow(
        "refused entry 'dir/café': its Unicode Path field names another place, 'other/cafè'"
      )
      expect(() => decodeName(rawPath, 0, at('dir/sub/cafè'))).toThrow('names another place')
      for (const part of ['.', '..', '']) {
        expect(() => decodeName(rawPath, 0, at(`dir/${part}`))).toThrow('names another place')
      }
    })
  })

  it('refuses a comment that holds an end record, which other readers would take for the archive', () => {
    const withComment = (comment: Buffer): Buffer => {
      const end = endRecord()
      end.writeUInt16LE(comment.length, 20)
      return Buffer.concat([end, comment])
    }
    expect(readEndRecord(withComment(Buffer.from('built by ci'))).commentLength).toBe(11)
    for (const signature of [0x06054b50, 0x06064b50, 0x07064b50]) {
      const fake = Buffer.alloc(8)
      fake.writeUInt32LE(signature, 2)
      expect(() => readEndRecord(withComment(fake))).toThrow(
        "refused: the archive comment holds an end record, which other readers would take for the archive's own"
      )
    }
  })

  it('reads a zip64 end record of up to 64 KiB of extensible data, and refuses a longer or shorter one', () => {
    const record = (size: bigint): Buffer => {
      const buffer = Buffer.alloc(56)
      buffer.writeUInt32LE(0x06064b50, 0)
      buffer.writeBigUInt64LE(size, 4)
      return buffer
    }
    expect(zip64EndLength(record(44n))).toBe(56)
    expect(zip64EndLength(record(44n + 65536n))).toBe(56 + 65536)
    expect(() => zip64EndLength(record(44n + 65537n))).toThrow(
      'refused: a zip64 end record of 65593 bytes (at most 65592 are read)'
    )
    expect(() => zip64EndLength(record(2n ** 45n))).toThrow('refused: a zip64 end record of')
    expect(() => zip64EndLength(record(10n))).toThrow('refused: a zip64 end record of 22 bytes')
  })

  it('counts the archive comment in the end record', () => {
    const end = endRecord()
    expect(end.readUInt32LE(0)).toBe(END_OF_CENTRAL)
    expect(endRecordLength(end)).toBe(END_SIZE)
    end.writeUInt16LE(5, 20)
    expect(endRecordLength(end)).toBe(END_SIZE + 5)
    expect(readEndRecord(end).commentLength).toBe(5)
    expect(endRecordLength(end.subarray(0, 21))).toBe(END_SIZE)
  })

  it('refuses an end record of another disk, unless its fields defer to zip64', () => {
    for (const field of [4, 6]) {
      const end = endRecord()
      end.writeUInt16LE(1, field)
      expect(() => readEndRecord(end)).toThrow(new UnsafeArchiveError(MULTI_DISK))
    }
    // Any one field at its largest value defers to zip64 (where the disk numbers are read again).
    for (const [at, bytes] of [
      [4, 2],
      [10, 2],
      [12, 4],
      [16, 4]
    ]) {
      const wide = endRecord()
      wide.writeUIntLE(2 ** (8 * bytes) - 1, at, bytes)
      wide.writeUInt16LE(1, 6)
      expect(readEndRecord(wide).defersToZip64).toBe(true)
    }
    expect(readEndRecord(endRecord()).defersToZip64).toBe(false)
  })

  it('refuses a central record whose entry starts on another disk (0 and 0xffff are this one)', () => {
    expect(readCentralRecord(centralRecord()).nameBytes.toString()).toBe('a')
    const record = centralRecord()
    expect(record.readUInt32LE(0)).toBe(CENTRAL_HEADER)
    record.writeUInt16LE(0xffff, 34)
    expect(readCentralRecord(record).offset).toBe(0)
    record.writeUInt16LE(1, 34)
    expect(() => readCentralRecord(record)).toThrow(new UnsafeArchiveError(MULTI_DISK))
  })

  it('finds the zip64 field after other extra fields', () => {
    // A timestamp field (0x5455, 5 bytes), then zip64 (0x0001) with the offset the record defers.
    const extra = Buffer.alloc(4 + 5 + 4 + 8)
    extra.writeUInt16LE(0x5455, 0)
    extra.writeUInt16LE(5, 2)
    extra.writeUInt16LE(0x0001, 9)
    extra.writeUInt16LE(8, 11)
    extra.writeBigUInt64LE(123_456n, 13)
    const record = centralRecord(extra)
    record.writeUInt32LE(0xffffffff, 42)
    expect(readCentralRecord(record).offset).toBe(123_456)
  })

  it('refuses a zip64 end record of another disk, and sizes beyond 2^53', () => {
    const zip64End = Buffer.alloc(56)
    zip64End.writeUInt32LE(0x06064b50, 0)
    zip64End.writeBigUInt64LE(44n, 4)
    expect(readZip64End(zip64End)).toEqual({
      entries: 0,
      directorySize: 0,
      directoryOffset: 0,
      length: 56
    })
    for (const field of [16, 20]) {
      const other = Buffer.from(zip64End)
      other.writeUInt32LE(1, field)
      expect(() => readZip64End(other)).toThrow(new UnsafeArchiveError(MULTI_DISK))
    }
    for (const [at, what] of [
      [32, 'zip64 entry count'],
      [40, 'zip64 central directory'],
      [48, 'zip64 central directory offset']
    ] as const) {
      const huge = Buffer.from(zip64End)
      huge.writeBigUInt64LE(2n ** 53n, at)
      expect(() => readZip64End(huge)).toThrow(
        new UnsafeArchiveError(
          `refused: a ${what} of ${2n ** 53n} bytes is beyond what is accepted`
        )
      )
    }
    const locator = Buffer.alloc(20)
    locator.writeBigUInt64LE(2n ** 53n, 8)
    expect(() => readZip64Locator(locator)).toThrow(
      new UnsafeArchiveError(
        `refused: a zip64 end record offset of ${2n ** 53n} bytes is beyond what is accepted`
      )
    )
    locator.writeBigUInt64LE(2n ** 53n - 1n, 8)
    expect(readZip64Locator(locator)).toBe(2 ** 53 - 1)
  })
})

describe('describeBadName', () => {
  it('refuses a drive letter only at the start of a name', () => {
    expect(describeBadName('C:/evil.txt')).toBe('absolute path: C:/evil.txt')
    expect(describeBadName('notes/draft:final.txt')).toBeUndefined()
    expect(describeBadName('a:b')).toBe('absolute path: a:b')
  })

  it('is reported as an UnsafeArchiveError, by name', () => {
    expect(String(new UnsafeArchiveError('absolute path: /x'))).toBe(
      'UnsafeArchiveError: absolute path: /x'
    )
  })
})
