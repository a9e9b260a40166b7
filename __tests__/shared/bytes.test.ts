// src/shared/bytes.ts: freeing a chunk's memory at once, and writing every byte of one.
import { describe, expect, it } from '@jest/globals'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { release, totalBytes, writeAll } from '../../src/shared/bytes.js'
import { useTempDirs } from '../helpers.js'

const dir = useTempDirs()

// ArrayBuffer.prototype.transfer came with Node 21: on Node 20 release does nothing.
const canFree = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function'

describe('release', () => {
  it('frees a buffer that is the whole of its memory (Node 21 on; Node 20 keeps it whole)', () => {
    const chunk = Buffer.allocUnsafeSlow(64 * 1024).fill(1)
    const before = process.memoryUsage().arrayBuffers
    release(chunk)
    if (canFree) {
      expect(chunk.buffer.byteLength).toBe(0)
      expect(chunk.length).toBe(0)
      expect(process.memoryUsage().arrayBuffers).toBeLessThanOrEqual(before - 64 * 1024)
    } else {
      expect([chunk.length, chunk[64 * 1024 - 1]]).toEqual([64 * 1024, 1])
    }
  })

  it('leaves alone a view that shares its memory with others, and a pooled buffer', () => {
    const whole = Buffer.allocUnsafeSlow(1024).fill(7)
    const head = whole.subarray(0, 512)
    const tail = whole.subarray(512)
    release(tail)
    expect([head.length, tail.length, whole.length]).toEqual([512, 512, 1024])
    expect(tail[0]).toBe(7)
    const pooled = Buffer.from('abc')
    const neighbour = Buffer.from('def')
    release(pooled)
    expect([pooled.toString(), neighbour.toString()]).toEqual(['abc', 'def'])
  })
  it('leaves a whole buffer that cannot be detached as it is, without throwing', () => {
    // A WebAssembly memory's buffer refuses ArrayBuffer.prototype.transfer. (The global is not in
    // the type libraries this project compiles with.)
    const { Memory } = (
      globalThis as unknown as {
        WebAssembly: { Memory: new (size: { initial: number }) => { buffer: ArrayBuffer } }
      }
    ).WebAssembly
    const memory = new Memory({ initial: 1 })
    const view = new Uint8Array(memory.buffer).fill(9)
    expect(() => release(view)).not.toThrow()
    expect([view.length, view[65535]]).toEqual([65536, 9])
  })
})

describe('writeAll', () => {
  it('writes every byte at the position the file is at', () => {
    const file = join(dir(), 'out')
    const fd = openSync(file, 'w')
    try {
      writeAll(fd, Buffer.from('first,'))
      writeAll(fd, Buffer.alloc(300_000, 'x'))
    } finally {
      closeSync(fd)
    }
    const written = readFileSync(file)
    expect(written.length).toBe(6 + 300_000)
    expect(written.subarray(0, 7).toString()).toBe('first,x')
  })
})

describe('totalBytes', () => {
  it('adds the sizes', () => {
    expect(totalBytes([{ size_in_bytes: 2 }, { size_in_bytes: 40 }])).toBe(42)
    expect(totalBytes([])).toBe(0)
  })
})
