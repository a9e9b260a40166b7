import { describe, expect, it } from '@jest/globals'
import { CodeTable, halfSipHash, keyedHash } from '../../src/archive/code-table.js'

/** `bytes` as a string of UTF-16LE code units. */
function utf16le(bytes: number[]): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 2)
    text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8))
  return text
}

describe('halfSipHash', () => {
  it("gives the reference implementation's HalfSipHash-1-3 (key 00..07, 32-bit output)", () => {
    // From veorq/SipHash halfsiphash.c built with cROUNDS=1, dROUNDS=3, on bytes (37i + 11) mod 256.
    const vectors: [number, number][] = [
      [0, 0x5814c896],
      [2, 0xd8cc91ae],
      [4, 0xbc5eea34],
      [6, 0x09ba5fd4],
      [8, 0xb1157150],
      [10, 0xeea846d6],
      [30, 0xe83f2420],
      [64, 0x730ffb51]
    ]
    const key = new Uint32Array([0x03020100, 0x07060504])
    const input = Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)
    for (const [length, expected] of vectors) {
      expect(halfSipHash(key, utf16le(input.slice(0, length)))).toBe(expected)
    }
  })

  it('takes a random key each time: the same name hashes apart', () => {
    const hashes = new Set(Array.from({ length: 4 }, () => keyedHash()('dir/file.txt')))
    expect(hashes.size).toBeGreaterThan(1)
  })
})

describe('CodeTable', () => {
  /** A table whose every key has one hash, each key its own code. */
  function colliding(keys: string[]): CodeTable {
    const table = new CodeTable(
      code => keys[code],
      () => 7
    )
    return table
  }

  it('tells apart keys that share a hash, through growth, and replaces a code in place', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i}`)
    const table = colliding(keys)
    keys.forEach((key, code) => table.set(key, code))
    expect(keys.map(key => table.get(key))).toEqual(keys.map((_, code) => code))
    expect(table.get('k3000')).toBeUndefined()
    keys.push('k5')
    table.set('k5', keys.length - 1)
    expect(table.get('k5')).toBe(keys.length - 1)
    expect(table.get('k6')).toBe(6)
  })
})
