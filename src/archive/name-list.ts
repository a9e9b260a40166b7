/** Bytes per block of names; a longer name gets a block of its own. */
const BYTES = 64 * 1024
/** Names per block of spans. */
const NAMES = 4096
const LONE_SURROGATE = /\p{Surrogate}/u

/**
 * Strings kept as UTF-8 outside V8's heap: a string per entry kept to the end makes V8 grow its
 * young generation, twice over at 70,000 entries (docs/performance.md).
 */
export class NameList {
  length = 0
  private readonly blocks: Buffer[] = []
  private free = 0
  /** block, offset and length of each name */
  private readonly spans: Uint32Array[] = []

  /** Adds `name` and returns its index. */
  add(name: string): number {
    // UTF-8 would give back another string, and a claim keyed by it would never be found again.
    if (LONE_SURROGATE.test(name)) throw new Error(`the name '${name}' is not well-formed UTF-16`)
    const size = Buffer.byteLength(name)
    if (this.blocks.length === 0 || size > this.free) {
      const block = Buffer.allocUnsafeSlow(Math.max(BYTES, size))
      this.blocks.push(block)
      this.free = block.length
    }
    const block = this.blocks.length - 1
    const offset = this.blocks[block].length - this.free
    this.blocks[block].write(name, offset)
    this.free -= size
    const index = this.length++
    if (index % NAMES === 0) this.spans.push(new Uint32Array(3 * NAMES))
    const spans = this.spans[this.spans.length - 1]
    const at = 3 * (index % NAMES)
    spans[at] = block
    spans[at + 1] = offset
    spans[at + 2] = size
    return index
  }

  get(index: number): string {
    const spans = this.spans[Math.floor(index / NAMES)]
    const at = 3 * (index % NAMES)
    const offset = spans[at + 1]
    return this.blocks[spans[at]].toString('utf8', offset, offset + spans[at + 2])
  }
}
