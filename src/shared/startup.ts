import { setFlagsFromString } from 'node:v8'

/**
 * Has V8 keep undici's WebAssembly HTTP parser at its baseline compiler (Liftoff) for the rest of
 * the process, on Node before 22. There, compiling the parser at the first connection also
 * starts an optimising compilation on a background thread, and the process cannot exit before
 * that ends: 40 ms after the action's last write on a quiet machine, 80 to 100 ms on a busy
 * one, every run (`node --cpu-prof` shows it as idle time after the outputs are written; the
 * flag `--liftoff-only` takes it away; Node 24 does not wait). The parser's work per answer is
 * small, so the baseline code costs nothing measurable for API answers; downloads, where it
 * parses a whole archive's framing, keep the optimising compiler.
 */
export function skipWasmOptimisation(operation: string): void {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 22 && operation !== 'download') setFlagsFromString('--liftoff-only')
}
