// A cut transfer goes on from the bytes already received (`Range: bytes=N-` on a fresh signed
// URL), the hash and the unpacking continuing where they were. Asserted by what crossed the
// wire: the ranges the client asked for and the archive bytes the server sent.
import { describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import type { Emulator, EmulatorOptions } from '../../../emulator/server.js'
import { buildZip, type ZipEntry } from '../../../emulator/zip.js'
import type { DownloadOptions } from '../../../src/operations/download/index.js'
import { FAST, listFiles, useEmulator, useTempDirs } from '../../helpers.js'
import { downloadFrom } from '../../downloads.js'
import { useServers } from '../../servers.js'

const start = useEmulator()
const serve = useServers()
const dest = useTempDirs()

// Up to three cuts in one transfer, each resumed by another attempt.
const RESUMING: DownloadOptions = { ...FAST, attempts: 5 }
const MiB = 1024 * 1024

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/** Files as the toolkit uploads them: deflated, sizes after the data; one stored file. */
const FILES = {
  'random.bin': randomBytes(2 * MiB),
  'text/log.txt': Buffer.from('a line of a build log, repeated\n'.repeat(40_000)),
  'more.bin': randomBytes(MiB)
}
const ENTRIES: ZipEntry[] = [
  { name: 'random.bin', data: FILES['random.bin'], descriptor: 'signed' },
  { name: 'text/log.txt', data: FILES['text/log.txt'], descriptor: 'unsigned' },
  { name: 'more.bin', data: FILES['more.bin'], deflate: false }
]
const ARCHIVE = buildZip(ENTRIES)

function expectFiles(path: string): void {
  expect(listFiles(path)).toEqual(['more.bin', 'random.bin', 'text/log.txt'])
  for (const [name, data] of Object.entries(FILES)) {
    expect(readFileSync(join(path, name)).equals(data)).toBe(true)
  }
}

async function download(
  content: Buffer,
  inputs: Record<string, string> = {},
  options: EmulatorOptions = {},
  faults: (e: Emulator) => void = () => undefined
) {
  const e = await start(options)
  e.addArtifact({ name: 'x', content })
  faults(e)
  const path = dest()
  const { value, out } = await downloadFrom(e, { name: 'x', path, ...inputs }, RESUMING)
  const blobs = e.blobRequests()
  return {
    value,
    path,
    out,
    ranges: blobs.map(r => r.range),
    statuses: blobs.map(r => r.status),
    onWire: blobs.reduce((sum, r) => sum + (r.bodyBytes ?? 0), 0),
    urls: e.apiRequests().filter(r => r.path.endsWith('/zip')).length
  }
}

/** The fraction of the rest of an archive, after `from`, that ends the part sent at `at`. */
const cutAt = (at: number, from: number, size: number): number => (at - from + 0.5) / (size - from)

/**
 * Where a resumed request starts: within what the cut answer sent, no more than undici's body
 * buffer (64 KiB, dropped with the broken connection) short of it; never from zero.
 */
function resumedFrom(range: string | undefined, sentUpTo: number): number {
  const m = /^bytes=(\d+)-$/.exec(range ?? '')
  expect(m).not.toBeNull()
  const from = Number((m as RegExpExecArray)[1])
  expect(from).toBeLessThanOrEqual(sentUpTo)
  expect(from).toBeGreaterThan(sentUpTo - 64 * 1024 - 1)
  return from
}

describe('a cut transfer resumes from the bytes received', () => {
  it('costs the archive once on the wire when cut at 75%, asking for the rest with a range', async () => {
    const cut = Math.floor(ARCHIVE.length * 0.75)
    const { value, path, ranges, statuses, onWire, urls, out } = await download(
      ARCHIVE,
      {},
      {},
      e => e.addFault({ target: 'blob', kind: 'truncate', fraction: 0.75 })
    )
    expect(value.failure).toBeUndefined()
    expectFiles(path)
    expect(ranges).toHaveLength(2)
    expect(ranges[0]).toBeUndefined()
    const from = resumedFrom(ranges[1], cut)
    // The cut answer never finishes, so only the second has a status on record.
    expect(statuses[1]).toBe(206)
    expect(urls).toBe(2)
    expect(onWire).toBe(cut + ARCHIVE.length - from)
    expect(onWire / ARCHIVE.length).toBeLessThanOrEqual(1.15)
    expect(value.artifacts[0]).toMatchObject({ sha256: sha256(ARCHIVE), digest_check: 'match' })
    expect(out).toContain(`; resuming from byte ${from}`)
  })

  it('resumes inside deflated data, inside a data descriptor and inside the central directory', async () => {
    const size = ARCHIVE.length
    const inData = Math.floor(size * 0.3)
    const descriptor = ARCHIVE.indexOf(
      Buffer.from([
        0x50,
        0x4b,
        0x07,
        0x08,
        ...new Uint8Array(new Uint32Array([crc32(FILES['random.bin'])]).buffer)
      ])
    )
    const inDescriptor = descriptor + 6
    const inCentral = ARCHIVE.readUInt32LE(size - 6) + 20
    expect([inData < descriptor, descriptor > 0, inCentral < size]).toEqual([true, true, true])
    const { value, path, ranges, onWire } = await download(ARCHIVE, {}, {}, e => {
      e.addFault({ target: 'blob', kind: 'truncate', fraction: cutAt(inData, 0, size) })
      e.addFault({ target: 'blob', kind: 'truncate', fraction: cutAt(inDescriptor, inData, size) })
      e.addFault({
        target: 'blob',
        kind: 'truncate',
        fraction: cutAt(inCentral, inDescriptor, size)
      })
    })
    expect(value.failure).toBeUndefined()
    expectFiles(path)
    expect(ranges).toHaveLength(4)
    expect(ranges[0]).toBeUndefined()
    const first = resumedFrom(ranges[1], inData)
    const second = resumedFrom(
      ranges[2],
      first + Math.floor((size - first) * cutAt(inDescriptor, inData, size))
    )
    const third = resumedFrom(
      ranges[3],
      second + Math.floor((size - second) * cutAt(inCentral, inDescriptor, size))
    )
    expect([first < second, second < third]).toEqual([true, true])
    expect(onWire).toBeLessThanOrEqual(size + 3 * 64 * 1024)
  })

  it('resumes a cut within the first four bytes, before it is known to be a zip', async () => {
    const { value, path, ranges } = await download(ARCHIVE, {}, {}, e =>
      e.addFault({ target: 'blob', kind: 'truncate', fraction: 2.5 / ARCHIVE.length })
    )
    expect(value.failure).toBeUndefined()
    expectFiles(path)
    expect(ranges).toEqual([undefined, 'bytes=2-'])
  })

  it('resumes a kept archive (skip-decompress), appending to what arrived', async () => {
    const cut = Math.floor(ARCHIVE.length * 0.5)
    const { value, path, ranges, onWire } = await download(
      ARCHIVE,
      { 'skip-decompress': 'true' },
      {},
      e => e.addFault({ target: 'blob', kind: 'truncate', fraction: 0.5 })
    )
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['x.zip'])
    expect(readFileSync(join(path, 'x.zip')).equals(ARCHIVE)).toBe(true)
    expect(ranges[0]).toBeUndefined()
    const from = resumedFrom(ranges[1], cut)
    expect(onWire).toBe(cut + ARCHIVE.length - from)
  })

  it('resumes an artifact uploaded unarchived, saved as the file it is', async () => {
    const plain = Buffer.concat([Buffer.from('not a zip\n'), randomBytes(MiB)])
    const cut = Math.floor(plain.length * 0.6)
    const { value, path, ranges, onWire } = await download(plain, {}, {}, e =>
      e.addFault({ target: 'blob', kind: 'truncate', fraction: 0.6 })
    )
    expect(value.failure).toBeUndefined()
    expect(listFiles(path)).toEqual(['x'])
    expect(readFileSync(join(path, 'x')).equals(plain)).toBe(true)
    expect(ranges[0]).toBeUndefined()
    const from = resumedFrom(ranges[1], cut)
    expect(onWire).toBe(cut + plain.length - from)
  })
})

describe('a server that does not serve the range asked for starts the transfer over', () => {
  it('starts over from zero when the range is ignored (200), and still succeeds', async () => {
    const cut = Math.floor(ARCHIVE.length * 0.75)
    const { value, path, ranges, statuses, onWire, out } = await download(
      ARCHIVE,
      {},
      { ignoreRanges: true },
      e => e.addFault({ target: 'blob', kind: 'truncate', fraction: 0.75 })
    )
    expect(value.failure).toBeUndefined()
    expectFiles(path)
    expect(ranges[0]).toBeUndefined()
    const from = resumedFrom(ranges[1], cut)
    expect(statuses[1]).toBe(200)
    expect(onWire).toBe(cut + ARCHIVE.length)
    expect(value.artifacts[0]).toMatchObject({ sha256: sha256(ARCHIVE), digest_check: 'match' })
    expect(out).toContain(
      `answered 200 to a request for the bytes from ${from} on; starting over from the first byte`
    )
  })

  /**
   * A download of ARCHIVE from a storage host of the test's own: the first answer is cut at half
   * the archive, a request with a range gets `ranged`, one without gets the whole archive.
   */
  async function fromOwnStorage(ranged: (res: ServerResponse) => void) {
    const e = await start()
    const half = Math.floor(ARCHIVE.length / 2)
    const seen: (string | undefined)[] = []
    const storage = await serve((req, res) => {
      seen.push(req.headers.range)
      if (seen.length === 1) {
        res.writeHead(200, { 'content-length': String(ARCHIVE.length) })
        res.write(ARCHIVE.subarray(0, half), () => setTimeout(() => res.socket?.destroy(), 20))
      } else if (req.headers.range !== undefined) {
        ranged(res)
      } else {
        res.writeHead(200, { 'content-length': String(ARCHIVE.length) })
        res.end(ARCHIVE)
      }
    })
    const artifact = e.addArtifact({ name: 'x', content: ARCHIVE })
    e.addFault({
      path: `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`,
      status: 302,
      headers: { location: `${storage.origin}/blob?sig=x` },
      times: 10
    })
    const path = dest()
    const { value, out } = await downloadFrom(e, { name: 'x', path }, RESUMING)
    expect(value.failure).toBeUndefined()
    expectFiles(path)
    expect(seen).toHaveLength(3)
    expect([seen[0], seen[2]]).toEqual([undefined, undefined])
    return { from: resumedFrom(seen[1], half), out, origin: storage.origin }
  }

  it('refuses a 206 for another part than the one asked for, and starts over', async () => {
    const { from, out, origin } = await fromOwnStorage(res => {
      // The whole archive, labelled as a range that starts at 0.
      res.writeHead(206, {
        'content-length': String(ARCHIVE.length),
        'content-range': `bytes 0-${ARCHIVE.length - 1}/${ARCHIVE.length}`
      })
      res.end(ARCHIVE)
    })
    expect(out).toContain(
      `${origin}/blob answered a request for the bytes from ${from} on with bytes 0-${ARCHIVE.length - 1}; starting over`
    )
  })

  it('starts over from zero when the rest of the archive is not there (416)', async () => {
    const { from, out, origin } = await fromOwnStorage(res => {
      res.writeHead(416, { 'content-range': 'bytes */1000' })
      res.end()
    })
    expect(out).toContain(
      `${origin}/blob answered 416 to a request for the bytes from ${from} on; starting over from the first byte`
    )
  })
})
