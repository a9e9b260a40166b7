import { writeSync } from 'node:fs'

export function totalBytes(artifacts: readonly { size_in_bytes: number }[]): number {
  return artifacts.reduce((sum, a) => sum + a.size_in_bytes, 0)
}

/** Frees a chunk now (docs/performance.md); nothing may hold it after. */
export function release(chunk: Uint8Array): void {
  const buffer = chunk.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }
  // Whole buffers only, never a pool slice.
  if (chunk.byteLength !== buffer.byteLength || typeof buffer.transfer !== 'function') return
  try {
    buffer.transfer(0)
  } catch {
    // Not detachable: left to the collector.
  }
}

/** Synchronous: see docs/performance.md. */
export function writeAll(fd: number, chunk: Uint8Array): void {
  for (let done = 0; done < chunk.length;) {
    done += writeSync(fd, chunk, done, chunk.length - done)
  }
}
