/**
 * A clock for progress lines on long work: returns true at most once every `everyMs`, the first
 * time only after `everyMs` has passed (short work prints no progress at all).
 */
export function progressClock(everyMs: number): () => boolean {
  let last = Date.now()
  return () => {
    const now = Date.now()
    if (now - last < everyMs) return false
    last = now
    return true
  }
}
