/** Never at once: short work prints no progress. */
export function progressClock(everyMs: number): () => boolean {
  let last = Date.now()
  return () => {
    const now = Date.now()
    if (now - last < everyMs) return false
    last = now
    return true
  }
}
