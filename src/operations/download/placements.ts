import * as path from 'node:path'
import type { Placed } from '../../archive/place.js'
import { collisionKey, type Platform } from '../../archive/platform-names.js'
import type { Artifact } from '../../github/types.js'
import { formatFirst } from '../../shared/format.js'
import type { Logger } from '../../shared/logger.js'

/**
 * Places the artifacts of one download one at a time. Each placement checks every target and
 * then moves (archive/place.ts); run one after another, no artifact's files appear between
 * another's check and its moves, and a path two artifacts write (merge-multiple) is known
 * exactly: it is reported as a collision naming both. Only the renames wait; transfers and
 * unpacking still run side by side.
 */
export class Placements {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly owners = new Map<string, Artifact>()

  constructor(
    private readonly root: string,
    private readonly log: Logger,
    /** Whose filesystem decides when two paths are one (Windows and macOS ignore case). */
    private readonly platform: Platform = process.platform
  ) {}

  /** Runs `place` for `artifact` once the placements started before it have ended. */
  place(artifact: Artifact, place: () => Promise<Placed>): Promise<Placed> {
    const run = this.queue.then(async () => {
      const placed = await place()
      this.noteCollisions(artifact, placed.files)
      return placed
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private noteCollisions(artifact: Artifact, files: readonly string[]): void {
    const byOwner = new Map<Artifact, string[]>()
    for (const file of files) {
      const key = collisionKey(file, this.platform)
      const owner = this.owners.get(key)
      if (owner !== undefined && owner !== artifact) {
        byOwner.set(owner, [...(byOwner.get(owner) ?? []), path.relative(this.root, file)])
      }
      this.owners.set(key, artifact)
    }
    for (const [owner, paths] of byOwner) {
      this.log.warn(
        `Collision: artifacts '${owner.name}' (id ${owner.id}) and '${artifact.name}' (id ${artifact.id}) both write ${paths.length} path(s): ${formatFirst(paths)}. The files of '${artifact.name}', placed later, are the ones in place.`
      )
    }
  }
}
