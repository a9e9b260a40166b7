import { describe, expect, it } from '@jest/globals'
import { EntryTable, type Unpacked } from '../../src/archive/entry-table.js'

function entry(i: number): Unpacked {
  return {
    name: `dir/file-${i}.txt`,
    method: i % 2 === 0 ? 8 : 0,
    // Offsets past 2^32, as zip64 archives have them.
    start: 2 ** 33 + i * 100,
    dataStart: 2 ** 33 + i * 100 + 40,
    end: 2 ** 33 + i * 100 + 90,
    crc: 0xffffffff - i,
    compressedSize: 50 - (i % 7),
    size: 1000 + i,
    directory: i % 3 === 0,
    mode: 0o644
  }
}

describe('EntryTable', () => {
  it('gives back every entry as it was added, across blocks', () => {
    const table = new EntryTable()
    for (let i = 0; i < 10_000; i++) table.add(entry(i))
    expect(table.length).toBe(10_000)
    for (const i of [0, 1, 4095, 4096, 4097, 8191, 8192, 9999]) {
      expect(table.get(i)).toEqual(entry(i))
    }
    expect(table.get(-1)).toBeUndefined()
    expect(table.get(10_000)).toBeUndefined()
    expect(table.get(0.5)).toBeUndefined()
  })

  it('changes the mode alone', () => {
    const table = new EntryTable()
    for (let i = 0; i < 5000; i++) table.add(entry(i))
    table.setMode(4098, 0o755)
    table.setMode(4099, 0o755)
    expect(table.get(4098)).toEqual({ ...entry(4098), mode: 0o755 })
    expect(table.get(4099)).toEqual({ ...entry(4099), mode: 0o755 })
    expect(table.get(4097)?.mode).toBe(0o644)
  })

  it('reads one field without the rest: start, a file mode, a name', () => {
    const table = new EntryTable()
    for (let i = 0; i < 5000; i++) table.add(entry(i))
    table.setMode(4097, 0o755)
    expect(table.startOf(4097)).toBe(entry(4097).start)
    expect(table.startOf(5000)).toBeUndefined()
    expect(table.fileMode(4097)).toBe(0o755)
    expect(table.fileMode(4100)).toBe(0o644)
    expect(table.fileMode(4098)).toBeUndefined()
    expect(table.nameOf(4099)).toBe(entry(4099).name)
  })

  it('finds the entry whose bytes hold an offset', () => {
    const table = new EntryTable()
    for (let i = 0; i < 5000; i++) table.add(entry(i))
    expect(table.indexHolding(2 ** 33 + 4500 * 100 + 89)).toBe(4500)
    expect(table.indexHolding(2 ** 33 + 4500 * 100 + 90)).toBe(-1)
    expect(table.indexHolding(2 ** 33 - 1)).toBe(-1)
  })
})
