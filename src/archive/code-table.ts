import { randomFillSync } from 'node:crypto'

const rotl = (x: number, bits: number): number => (x << bits) | (x >>> (32 - bits))

/** HalfSipHash's state, shared: the hash runs to its end without yielding. */
const v = new Int32Array(4)

function sipRound(): void {
  v[0] += v[1]
  v[1] = rotl(v[1], 5) ^ v[0]
  v[0] = rotl(v[0], 16)
  v[2] += v[3]
  v[3] = rotl(v[3], 8) ^ v[2]
  v[0] += v[3]
  v[3] = rotl(v[3], 7) ^ v[0]
  v[2] += v[1]
  v[1] = rotl(v[1], 13) ^ v[2]
  v[2] = rotl(v[2], 16)
}

/**
 * HalfSipHash-1-3 (Aumasson's keyed hash, as Linux's `hsiphash`) of `text` as UTF-16LE, 32 bits:
 * an archive cannot choose names that collide under a key it does not know.
 */
export function halfSipHash(key: Uint32Array, text: string): number {
  v[0] = key[0]
  v[1] = key[1]
  v[2] = key[0] ^ 0x6c796765
  v[3] = key[1] ^ 0x74656462
  const words = text.length >> 1
  for (let i = 0; i < words; i++) {
    const word = text.charCodeAt(2 * i) | (text.charCodeAt(2 * i + 1) << 16)
    v[3] ^= word
    sipRound()
    v[0] ^= word
  }
  const last =
    ((2 * text.length) << 24) | (text.length % 2 === 1 ? text.charCodeAt(text.length - 1) : 0)
  v[3] ^= last
  sipRound()
  v[0] ^= last
  v[2] ^= 0xff
  for (let i = 0; i < 3; i++) sipRound()
  return (v[1] ^ v[3]) >>> 0
}

/** HalfSipHash under a random key of its own. */
export function keyedHash(): (text: string) => number {
  const key = randomFillSync(new Uint32Array(2))
  return text => halfSipHash(key, text)
}

/**
 * Codes by string key, open addressing in typed arrays: a Map would keep every key, and strings
 * kept to the end grow V8's heap. A slot's key is confirmed by its length and `keyOf` (given the
 * key sought: an implied directory's code leaves open how many components its key has).
 */
export class CodeTable {
  private hashes = new Uint32Array(1024)
  private lengths = new Uint32Array(1024)
  /** code + 1: 0 is an empty slot */
  private codes = new Float64Array(1024)
  private size = 0

  constructor(
    private readonly keyOf: (code: number, like: string) => string,
    private readonly hash: (key: string) => number
  ) {}

  get(key: string): number | undefined {
    const code = this.codes[this.slotOf(key, this.hash(key))]
    return code === 0 ? undefined : code - 1
  }

  set(key: string, code: number): void {
    this.store(key, code, true)
  }

  /** The code held under `key`; else stores `code` and gives undefined. One probe either way. */
  claim(key: string, code: number): number | undefined {
    return this.store(key, code, false)
  }

  private store(key: string, code: number, replace: boolean): number | undefined {
    const hash = this.hash(key)
    const slot = this.slotOf(key, hash)
    const held = this.codes[slot]
    if (held !== 0 && !replace) return held - 1
    if (held === 0) {
      this.hashes[slot] = hash
      this.lengths[slot] = key.length
      this.size++
    }
    this.codes[slot] = code + 1
    if (4 * this.size > 3 * this.codes.length) this.grow()
    return undefined
  }

  private slotOf(key: string, hash: number): number {
    const mask = this.codes.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.codes[slot]
      if (code === 0) return slot
      const same = this.hashes[slot] === hash && this.lengths[slot] === key.length
      if (same && this.keyOf(code - 1, key) === key) return slot
    }
  }

  private grow(): void {
    const { hashes, lengths, codes } = this
    this.hashes = new Uint32Array(2 * hashes.length)
    this.lengths = new Uint32Array(2 * lengths.length)
    this.codes = new Float64Array(2 * codes.length)
    const mask = this.codes.length - 1
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] === 0) continue
      let slot = hashes[i] & mask
      while (this.codes[slot] !== 0) slot = (slot + 1) & mask
      this.hashes[slot] = hashes[i]
      this.lengths[slot] = lengths[i]
      this.codes[slot] = codes[i]
    }
  }
}
