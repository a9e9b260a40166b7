// A repository's worth of artifacts, the same every time for the same seed.
import type { Emulator } from './server.ts'
import { digestOf } from './store.ts'

/** A small deterministic generator (mulberry32). */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const SEED_NAMES = ['coverage', 'test-results', 'dist', 'logs', 'playwright-report', 'sbom']
export const SEED_BRANCHES = ['main', 'main', 'main', 'develop', 'feature/login', 'release/2.0']

export interface SeedSpec {
  count: number
  days?: number
  now?: Date
  seed?: number
  contentBytes?: number
}

/**
 * Adds `count` artifacts spread over `days` days back from `now`, of several names and branches,
 * a few expired, grouped in runs of one to four artifacts, oldest first so ids grow with time.
 * Takes the emulator (its default repository) or one repository of it.
 */
export function seedRepository(
  emulator: Pick<Emulator, 'addRun' | 'addArtifact'>,
  spec: SeedSpec
): void {
  const random = randomFrom(spec.seed ?? 42)
  const now = (spec.now ?? new Date()).getTime()
  const days = spec.days ?? 120
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)]
  const times = Array.from({ length: spec.count }, () => now - random() * days * 86_400_000).sort(
    (a, b) => a - b
  )
  let i = 0
  while (i < spec.count) {
    const created = new Date(times[i])
    const run = emulator.addRun({
      headBranch: pick(SEED_BRANCHES),
      createdAt: created.toISOString()
    })
    const perRun = 1 + Math.floor(random() * 4)
    const names = [...SEED_NAMES].sort(() => random() - 0.5).slice(0, perRun)
    for (const name of names) {
      if (i >= spec.count) break
      const createdAt = new Date(times[i])
      const expiresAt = new Date(createdAt.getTime() + 90 * 86_400_000)
      emulator.addArtifact({
        name,
        runId: run.id,
        createdAt,
        // The emulator keeps a live artifact past the real clock too (see defaultExpiry).
        ...(expiresAt.getTime() < now
          ? { expiresAt: expiresAt.toISOString(), expired: true }
          : { expired: false }),
        size: spec.contentBytes ?? Math.floor(1024 + random() * 50 * 1024 * 1024),
        digest: digestOf(Buffer.from(`${name}-${i}`))
      })
      i++
    }
  }
}
