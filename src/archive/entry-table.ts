import { NameList } from './name-list.js'

/** What the central directory must agree with. No buffers: each would pin a pool slab. */
export interface Unpacked {
  name: string
  method: number
  /** offset of the local header in the archive */
  start: number
  /** offset of its data, past the local header */
  dataStart: number
  /** offset just past the entry's data (and descriptor) */
  end: number
  crc: number
  compressedSize: number
  size: number
  directory: boolean
  /** the mode the central directory gives it (0755 or 0644) */
  mode: number
}

const OFFSETS = ['start', 'dataStart', 'end', 'compressedSize', 'size'] as const

/** Entries per block: blocks, not doubling arrays, so that at most one block is unused. */
const BLOCK = 4096

interface Block {
  offsets: Float64Array
  crcs: Uint32Array
  /** method, then mode with 0o1000 for a directory */
  kinds: Uint16Array
}

/** Entries so far, in typed arrays: objects kept to the end would grow V8's heap manyfold. */
export class EntryTable {
  length = 0
  private readonly names = new NameList()
  private readonly blocks: Block[] = []

  add(entry: Unpacked): void {
    const at = this.length++
    if (at % BLOCK === 0) {
      this.blocks.push({
        offsets: new Float64Array(OFFSETS.length * BLOCK),
        crcs: new Uint32Array(BLOCK),
        kinds: new Uint16Array(2 * BLOCK)
      })
    }
    const { offsets, crcs, kinds } = this.blocks[this.blocks.length - 1]
    const slot = at % BLOCK
    this.names.add(entry.name)
    for (let i = 0; i < OFFSETS.length; i++) offsets[slot * OFFSETS.length + i] = entry[OFFSETS[i]]
    crcs[slot] = entry.crc
    kinds[2 * slot] = entry.method
    kinds[2 * slot + 1] = entry.mode | (entry.directory ? 0o1000 : 0)
  }

  /** A copy: change the mode with setMode. */
  get(index: number): Unpacked | undefined {
    if (!this.has(index)) return undefined
    const { offsets, crcs, kinds } = this.blocks[Math.floor(index / BLOCK)]
    const slot = index % BLOCK
    const at = slot * OFFSETS.length
    const mode = kinds[2 * slot + 1]
    return {
      name: this.names.get(index),
      method: kinds[2 * slot],
      start: offsets[at],
      dataStart: offsets[at + 1],
      end: offsets[at + 2],
      compressedSize: offsets[at + 3],
      size: offsets[at + 4],
      crc: crcs[slot],
      directory: (mode & 0o1000) !== 0,
      mode: mode & 0o777
    }
  }

  /** The offset of its local header, as `get` has it, without decoding its name. */
  startOf(index: number): number | undefined {
    return this.has(index) ? this.offset(index, 'start') : undefined
  }

  /** A file's mode, as `get` has it; undefined for a directory. */
  fileMode(index: number): number | undefined {
    const mode = this.blocks[Math.floor(index / BLOCK)].kinds[2 * (index % BLOCK) + 1]
    return (mode & 0o1000) !== 0 ? undefined : mode & 0o777
  }

  nameOf(index: number): string {
    return this.names.get(index)
  }

  setMode(index: number, mode: number): void {
    const { kinds } = this.blocks[Math.floor(index / BLOCK)]
    const at = 2 * (index % BLOCK) + 1
    kinds[at] = (kinds[at] & 0o1000) | (mode & 0o777)
  }

  /** The index of the entry whose bytes hold `offset`, or -1. */
  indexHolding(offset: number): number {
    for (let i = 0; i < this.length; i++) {
      if (this.offset(i, 'start') <= offset && offset < this.offset(i, 'end')) return i
    }
    return -1
  }

  private has(index: number): boolean {
    return Number.isInteger(index) && index >= 0 && index < this.length
  }

  private offset(index: number, key: (typeof OFFSETS)[number]): number {
    const { offsets } = this.blocks[Math.floor(index / BLOCK)]
    return offsets[(index % BLOCK) * OFFSETS.length + OFFSETS.indexOf(key)]
  }
}
