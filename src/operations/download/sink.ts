import { type FileHandle, open, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { type UnpackResult, ZipUnpacker } from '../../archive/unpack.js'
import { END_OF_CENTRAL, LOCAL_HEADER } from '../../archive/zip-records.js'
import { writeAll } from '../../shared/bytes.js'

/** Once `write` resolves, the transfer frees the chunk: a sink copies what it keeps. */
export interface ByteSink {
  write(chunk: Buffer): Promise<void>
  reset(): Promise<void>
}

/** One file. */
export class FileSink implements ByteSink {
  private handle: FileHandle | undefined

  constructor(readonly file: string) {}

  async write(chunk: Buffer): Promise<void> {
    this.handle ??= await open(this.file, 'w')
    writeAll(this.handle.fd, chunk)
  }

  async close(): Promise<void> {
    // No bytes still make an (empty) file.
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

/** An unpacked tree, or one file kept as it came. */
export type Arrived =
  | { kind: 'tree'; dir: string; unpacked: UnpackResult }
  | { kind: 'file'; file: string; zip: boolean }

/** Unpacked as it arrives if it starts with a zip signature, else kept as one file. */
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

  /** The tree, checked against its central directory, or the file. */
  async finish(): Promise<Arrived> {
    if (this.target === undefined) {
      // Under four bytes: not an archive.
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
