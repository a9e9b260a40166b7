import { type FileHandle, open, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { type UnpackResult, ZipUnpacker } from '../../archive/unpack.js'
import { END_OF_CENTRAL, LOCAL_HEADER } from '../../archive/zip-records.js'
import { writeAll } from '../../shared/bytes.js'

/**
 * Where the bytes of a transfer go, in order; `reset` when they start over from the first. Once
 * `write` resolves the chunk is the sink's no longer: the transfer frees its memory (release), so
 * a sink copies whatever it keeps of it.
 */
export interface ByteSink {
  write(chunk: Buffer): Promise<void>
  reset(): Promise<void>
}

/** Bytes written as they come to one file. */
export class FileSink implements ByteSink {
  private handle: FileHandle | undefined

  constructor(readonly file: string) {}

  async write(chunk: Buffer): Promise<void> {
    this.handle ??= await open(this.file, 'w')
    writeAll(this.handle.fd, chunk)
  }

  async close(): Promise<void> {
    // A transfer of no bytes still leaves its (empty) file.
    this.handle ??= await open(this.file, 'w')
    await this.handle.close()
    this.handle = undefined
  }

  async reset(): Promise<void> {
    await this.handle?.close()
    this.handle = undefined
    await rm(this.file, { force: true })
  }
}

/** What arrived: a tree unpacked into `dir`, or one file kept as it came. */
export type Arrived =
  | { kind: 'tree'; dir: string; unpacked: UnpackResult }
  | { kind: 'file'; file: string; zip: boolean }

/**
 * The bytes of one artifact, unpacked as they arrive into `staging/out` when they start like a
 * zip archive (a local header, or an empty archive's end record) and unpacking is wanted, kept
 * as the file `staging/archive` otherwise (skip-decompress, or an artifact uploaded unarchived).
 * The first four bytes decide; nothing is read twice.
 */
export class ArtifactSink implements ByteSink {
  private head: Buffer = Buffer.alloc(0)
  private target: ZipUnpacker | FileSink | undefined
  private zip = false

  constructor(
    private readonly staging: string,
    private readonly unpack: boolean
  ) {}

  async write(chunk: Buffer): Promise<void> {
    if (this.target === undefined) {
      this.head = Buffer.concat([this.head, chunk])
      if (this.head.length < 4) return
      chunk = this.head
      this.head = Buffer.alloc(0)
      this.choose(chunk)
    }
    await (this.target as ZipUnpacker | FileSink).write(chunk)
  }

  private choose(head: Buffer): void {
    const signature = head.length >= 4 ? head.readUInt32LE(0) : undefined
    this.zip = signature === LOCAL_HEADER || signature === END_OF_CENTRAL
    this.target =
      this.zip && this.unpack
        ? new ZipUnpacker(path.join(this.staging, 'out'))
        : new FileSink(path.join(this.staging, 'archive'))
  }

  /** After the last byte: the unpacked tree, verified against its central directory, or the file. */
  async finish(): Promise<Arrived> {
    if (this.target === undefined) {
      // Fewer than four bytes came, maybe none: no archive, so a file.
      this.choose(this.head)
      await (this.target as unknown as FileSink).write(this.head)
    }
    const target = this.target as ZipUnpacker | FileSink
    if (target instanceof ZipUnpacker) {
      return { kind: 'tree', dir: path.join(this.staging, 'out'), unpacked: await target.finish() }
    }
    await target.close()
    return { kind: 'file', file: target.file, zip: this.zip }
  }

  async reset(): Promise<void> {
    const target = this.target
    this.target = undefined
    this.head = Buffer.alloc(0)
    await (target instanceof ZipUnpacker ? target.discard() : target?.reset())
  }
}
