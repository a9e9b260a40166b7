// Fault injection: answers that replace the emulator's own for matching requests.
import type { ServerResponse } from 'node:http'
import { type Origin, type RecordedRequest, send } from './http.ts'

export interface Fault {
  /** which origin (default api) */
  target?: Origin
  method?: string
  /** matched against the path without prefix and query */
  path?: RegExp | string
  /** let this many matching requests through first */
  skip?: number
  /** inject this many times (default 1) */
  times?: number
  /** answer with this status */
  status?: number
  headers?: Record<string, string>
  /** JSON body of the answer */
  body?: unknown
  /**
   * absent: answer with status, headers and body; reset: close the socket at once;
   * truncate: send part of the archive then close; stall: send part of the archive then
   * nothing; hang: answer nothing at all (on either origin)
   */
  kind?: 'reset' | 'truncate' | 'stall' | 'hang'
  /** truncate and stall: share of the body sent first */
  fraction?: number
}

/** A fault as the emulator keeps it. */
export interface KeptFault extends Fault {
  /** how many times it was injected */
  hits: number
}

export interface Faults {
  /** Adds a fault; returns the copy the emulator keeps (its `hits` counts injections). */
  add(fault: Fault): KeptFault
  clear(): void
  /** The first fault that matches this request and is still due, counted as injected. */
  take(record: RecordedRequest, target: Origin): KeptFault | undefined
}

export function createFaults(): Faults {
  const faults: KeptFault[] = []
  return {
    add(fault) {
      const kept = { ...fault, hits: 0 }
      faults.push(kept)
      return kept
    },
    clear() {
      faults.length = 0
    },
    take(record, target) {
      for (const fault of faults) {
        if ((fault.target ?? 'api') !== target) continue
        if (fault.method && fault.method !== record.method) continue
        if (fault.path) {
          const ok =
            typeof fault.path === 'string'
              ? fault.path === record.path
              : fault.path.test(record.path)
          if (!ok) continue
        }
        if ((fault.skip ?? 0) > 0) {
          fault.skip = (fault.skip ?? 0) - 1
          continue
        }
        if (fault.hits >= (fault.times ?? 1)) continue
        fault.hits++
        return fault
      }
      return undefined
    }
  }
}

/** Answers as a status fault (no kind) or a reset fault says. */
export function answerFault(res: ServerResponse, fault: Fault): void {
  if (fault.kind === 'reset') {
    res.socket?.destroy()
    return
  }
  send(res, fault.status ?? 500, fault.body ?? { message: 'Server Error' }, fault.headers ?? {})
}
