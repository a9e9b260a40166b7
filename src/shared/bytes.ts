import { writeSync } from 'node:fs'

/** The sum of `size_in_bytes`. */
export function totalBytes(artifacts: readonly { size_in_bytes: number }[]): number {
  return artifacts.reduce((sum, a) => sum + a.size_in_bytes, 0)
}

/**
 * Frees a buffer's memory now instead of at V8's next collection: for a buffer handed over by
 * its producer (a socket read or a body chunk of an archive transfer, an output chunk from zlib)
 * once its bytes are parsed, hashed and on disk. Such chunks hold almost no JavaScript heap, so
 * V8 collects them only after some 64 MiB of them have piled up (its fixed allowance for memory
 * outside the heap); freed as they are used, a 1 GiB download stays near its start-up size
 * instead of growing by those 64 MiB. Only a buffer that is the whole of its ArrayBuffer is
 * freed, never a slice of a pool or of a larger read; on Node 20, where
 * `ArrayBuffer.prototype.transfer` is missing, nothing happens, and a buffer its owner made
 * undetachable is left to the collector. The caller answers for the rest: nothing may hold the
 * buffer or a view of it afterwards (Node's HTTP parser copies what it keeps of a socket read,
 * zlib starts a new output buffer once one is full, and every sink copies what it keeps; see
 * ByteSink).
 */
export function release(chunk: Uint8Array): void {
  const buffer = chunk.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }
  // All of it: a view as long as its buffer starts at its first byte.
  if (chunk.byteLength !== buffer.byteLength || typeof buffer.transfer !== 'function') return
  try {
    buffer.transfer(0)
  } catch {
    // Not detachable (a WebAssembly memory, say): the collector frees it in its time.
  }
}

/**
 * Writes every byte of `chunk` at the file's position, synchronously. A chunk is at most a few
 * hundred KiB going to the page cache, microseconds of work; an asynchronous write costs a trip
 * through libuv's thread pool and an event-loop turn per chunk, and measured a third slower on a
 * 1 GiB download.
 */
export function writeAll(fd: number, chunk: Uint8Array): void {
  for (let done = 0; done < chunk.length;) {
    done += writeSync(fd, chunk, done, chunk.length - done)
  }
}
