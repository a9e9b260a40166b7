// Zip extraction (src/archive/extract.ts) on real files: what it writes and counts, and each
// entry it refuses, with the archive built by the emulator's zip writer.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { extractZip, isZipFile, UnsafeArchiveError } from '../src/archive/extract.js'
import { buildZip, type ZipEntry } from '../emulator/zip.js'
import { listFiles, useTempDirs } from './helpers.js'

const temp = useTempDirs()

/** Writes the archive to a file of its own and returns its path. */
function archiveOf(entries: ZipEntry[] | Buffer): string {
  const file = join(temp(), 'archive.zip')
  writeFileSync(file, Buffer.isBuffer(entries) ? entries : buildZip(entries))
  return file
}

async function refusal(archive: string, root: string): Promise<Error> {
  try {
    await extractZip(archive, root)
  } catch (error) {
    return error as Error
  }
  throw new Error('the archive was extracted')
}

/** The offsets of every central directory header of a zip buildZip wrote. */
function centralHeaders(zip: Buffer): number[] {
  const offsets: number[] = []
  for (let i = zip.indexOf('PK\x01\x02'); i >= 0;) {
    offsets.push(i)
    i = zip.indexOf('PK\x01\x02', i + 4)
  }
  return offsets
}

describe('isZipFile', () => {
  it('says yes to a zip with entries and to an empty zip', async () => {
    expect(await isZipFile(archiveOf([{ name: 'a.txt', data: 'a' }]))).toBe(true)
    expect(await isZipFile(archiveOf([]))).toBe(true)
  })

  it('says no to a file shorter than a signature and to one that starts otherwise', async () => {
    expect(await isZipFile(archiveOf(Buffer.from('PK\x03')))).toBe(false)
    expect(await isZipFile(archiveOf(Buffer.from('PK\x01\x02 and more')))).toBe(false)
    expect(await isZipFile(archiveOf(Buffer.from('plain text file')))).toBe(false)
  })
})

describe('extractZip', () => {
  it('writes every file and directory and counts the files and their bytes', async () => {
    const root = temp()
    const result = await extractZip(
      archiveOf([
        { name: 'top.txt', data: 'hello' },
        { name: 'empty/' },
        { name: 'deep/er/file.bin', data: Buffer.alloc(3000, 7), deflate: false },
        { name: 'deep/other.txt', data: 'xyz' }
      ]),
      root
    )
    expect(result).toEqual({ files: 3, bytes: 5 + 3000 + 3 })
    expect(listFiles(root)).toEqual(['deep/er/file.bin', 'deep/other.txt', 'top.txt'])
    expect(readFileSync(join(root, 'top.txt'), 'utf8')).toBe('hello')
    expect(readFileSync(join(root, 'deep/er/file.bin'))).toEqual(Buffer.alloc(3000, 7))
    expect(statSync(join(root, 'empty')).isDirectory()).toBe(true)
  })

  it('extracts an empty archive as nothing', async () => {
    const root = temp()
    expect(await extractZip(archiveOf([]), root)).toEqual({ files: 0, bytes: 0 })
    expect(listFiles(root)).toEqual([])
  })

  it('takes a destination given as a relative path', async () => {
    const root = temp()
    const result = await extractZip(
      archiveOf([{ name: 'dir/a.txt', data: 'a' }]),
      relative(process.cwd(), root)
    )
    expect(result).toEqual({ files: 1, bytes: 1 })
    expect(listFiles(root)).toEqual(['dir/a.txt'])
  })

  it('takes an entry that names the destination itself', async () => {
    const root = temp()
    const result = await extractZip(archiveOf([{ name: './' }, { name: 'a.txt', data: 'a' }]), root)
    expect(result).toEqual({ files: 1, bytes: 1 })
  })

  it('refuses an archive it cannot read, as an UnsafeArchiveError', async () => {
    const error = await refusal(archiveOf(Buffer.from('not a zip at all, not even close')), temp())
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    expect(error.name).toBe('UnsafeArchiveError')
    expect(error.message).toMatch(/^not a readable zip archive: /)
  })

  it('refuses a name with a NUL byte', async () => {
    const error = await refusal(archiveOf([{ name: 'a\0b.txt', data: 'x' }]), temp())
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    expect(error.message).toBe("refused entry 'a\0b.txt': the name contains a NUL byte")
  })

  it('refuses a path given twice however it is spelled, and stops there', async () => {
    const root = temp()
    const error = await refusal(
      archiveOf([
        { name: 'dir/' },
        { name: 'dir/./a.txt', data: 'one' },
        { name: 'dir/a.txt', data: 'two' },
        { name: 'later.txt', data: 'never' }
      ]),
      root
    )
    expect(error.message).toBe("refused entry 'dir/a.txt': the archive holds this path twice")
    expect(listFiles(root)).toEqual(['dir/a.txt'])
    expect(readFileSync(join(root, 'dir/a.txt'), 'utf8')).toBe('one')
  })

  it('refuses a directory entry given again without its slash', async () => {
    const error = await refusal(archiveOf([{ name: 'dir/' }, { name: 'dir', data: 'x' }]), temp())
    expect(error.message).toBe("refused entry 'dir': the archive holds this path twice")
  })

  it('takes names that share a beginning as different paths', async () => {
    const root = temp()
    await extractZip(
      archiveOf([
        { name: 'a', data: '1' },
        { name: 'ab', data: '2' },
        { name: 'a.txt', data: '3' }
      ]),
      root
    )
    expect(listFiles(root)).toEqual(['a', 'a.txt', 'ab'])
  })

  it('extracts a symbolic link entry from a system that is not Unix as the plain file it is', async () => {
    const zip = buildZip([{ name: 'link', data: 'target.txt', symlink: true }])
    for (const offset of centralHeaders(zip)) zip[offset + 5] = 0 // made by MS-DOS
    const root = temp()
    expect(await extractZip(archiveOf(zip), root)).toEqual({ files: 1, bytes: 10 })
    expect(readFileSync(join(root, 'link'), 'utf8')).toBe('target.txt')
  })

  it('refuses an entry whose bytes do not match its CRC-32', async () => {
    const zip = buildZip([{ name: 'a.txt', data: 'hello', deflate: false }])
    zip[14] ^= 0xff // the local header's CRC
    for (const offset of centralHeaders(zip)) zip[offset + 16] ^= 0xff
    const error = await refusal(archiveOf(zip), temp())
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    expect(error.message).toBe("refused entry 'a.txt': CRC-32 mismatch: the entry is corrupt")
  })

  it('never writes over a file already at an entry path', async () => {
    const root = temp()
    writeFileSync(join(root, 'a.txt'), 'mine')
    const error = await refusal(archiveOf([{ name: 'a.txt', data: 'theirs' }]), root)
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    expect(error.message).toMatch(/^refused entry 'a\.txt': EEXIST/)
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('mine')
  })
})
