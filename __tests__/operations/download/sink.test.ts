// Where a download's bytes go (src/operations/download/sink.ts): the first four bytes decide
// between unpacking and keeping the file; a reset starts over from nothing.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildZip } from '../../../emulator/zip.js'
import { ArtifactSink, FileSink } from '../../../src/operations/download/sink.js'
import { listFiles, useTempDirs } from '../../helpers.js'

const staging = useTempDirs()

/** Writes `bytes` into the sink `size` bytes at a time, then finishes it. */
async function pour(sink: ArtifactSink, bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) await sink.write(bytes.subarray(at, at + size))
  return sink.finish()
}

const ZIP = buildZip([
  { name: 'a.txt', data: 'alpha' },
  { name: 'dir/b.txt', data: 'beta' }
])
const EMPTY_ZIP = buildZip([])

/** Open file descriptors of this process (Linux, as on the runners and in CI). */
const handles = (): number => readdirSync('/proc/self/fd').length

describe('FileSink', () => {
  it('starts over before its first byte without complaint', async () => {
    const file = join(staging(), 'archive')
    const sink = new FileSink(file)
    await sink.reset()
    await sink.write(Buffer.from('ab'))
    await sink.reset()
    expect(existsSync(file)).toBe(false)
    await sink.write(Buffer.from('cd'))
    await sink.close()
    expect(readFileSync(file, 'utf8')).toBe('cd')
  })
})

describe('ArtifactSink', () => {
  it('leaves no file open once finished, unpacked or kept', async () => {
    const before = handles()
    await pour(new ArtifactSink(staging(), true), ZIP, 100)
    await pour(new ArtifactSink(staging(), false), ZIP, 100)
    await pour(new ArtifactSink(staging(), true), Buffer.alloc(0), 1)
    expect(handles()).toBe(before)
  })

  it.each([1, 3, 4, 1000])('unpacks a zip written %i byte(s) at a time', async size => {
    const dir = staging()
    const arrived = await pour(new ArtifactSink(dir, true), ZIP, size)
    expect(arrived).toEqual({
      kind: 'tree',
      dir: join(dir, 'out'),
      unpacked: { files: 2, bytes: 9 }
    })
    expect(listFiles(join(dir, 'out'))).toEqual(['a.txt', 'dir/b.txt'])
    expect(existsSync(join(dir, 'archive'))).toBe(false)
  })

  it('knows an empty zip by its end record, and unpacks nothing from it', async () => {
    expect(EMPTY_ZIP).toHaveLength(22)
    const dir = staging()
    const arrived = await pour(new ArtifactSink(dir, true), EMPTY_ZIP, 2)
    expect(arrived).toEqual({
      kind: 'tree',
      dir: join(dir, 'out'),
      unpacked: { files: 0, bytes: 0 }
    })
  })

  it('keeps a zip as the file it came as when unpacking is not wanted, saying it is a zip', async () => {
    const dir = staging()
    const arrived = await pour(new ArtifactSink(dir, false), ZIP, 5)
    expect(arrived).toEqual({ kind: 'file', file: join(dir, 'archive'), zip: true })
    expect(readFileSync(join(dir, 'archive')).equals(ZIP)).toBe(true)
  })

  it.each([
    ['text', Buffer.from('plain text, not an archive')],
    ['three bytes', Buffer.from('abc')],
    ['the first three bytes of a zip', ZIP.subarray(0, 3)],
    ['nothing', Buffer.alloc(0)]
  ])('keeps %s as a file that is no zip', async (_what, bytes) => {
    const dir = staging()
    const arrived = await pour(new ArtifactSink(dir, true), bytes, 2)
    expect(arrived).toEqual({ kind: 'file', file: join(dir, 'archive'), zip: false })
    expect(readFileSync(join(dir, 'archive')).equals(bytes)).toBe(true)
  })

  it('starts over on reset: what was written before is gone, the new bytes decide again', async () => {
    const dir = staging()
    const sink = new ArtifactSink(dir, true)
    await sink.write(Buffer.from('not a zip at all'))
    await sink.reset()
    expect(existsSync(join(dir, 'archive'))).toBe(false)
    const arrived = await pour(sink, ZIP, 7)
    expect(arrived.kind).toBe('tree')
    expect(listFiles(dir)).toEqual(['out/a.txt', 'out/dir/b.txt'])
  })

  it('discards a half-unpacked tree on reset, and keeps the file that follows', async () => {
    const dir = staging()
    const sink = new ArtifactSink(dir, true)
    await sink.write(ZIP.subarray(0, ZIP.length - 30))
    await sink.reset()
    const arrived = await pour(sink, Buffer.from('second try'), 100)
    expect(arrived).toEqual({ kind: 'file', file: join(dir, 'archive'), zip: false })
    expect(listFiles(dir)).toEqual(['archive'])
  })

  it('forgets the first bytes it held back on reset', async () => {
    const dir = staging()
    const sink = new ArtifactSink(dir, true)
    await sink.write(Buffer.from('xy'))
    await sink.reset()
    const arrived = await pour(sink, ZIP, 1)
    expect(arrived.kind).toBe('tree')
  })
})
