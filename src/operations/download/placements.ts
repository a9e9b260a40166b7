import * as path from 'node:path'
import type { Placed } from '../../archive/place.js'
import { collisionKey, type Platform } from '../../archive/platform-names.js'
import type { Artifact } from '../../github/types.js'
import { formatFirst } from '../../shared/format.js'
import type { Logger } from '../../shared/logger.js'

/**
 * One at a time: no files appear between an artifact's check and its moves, so collisions are
 * exact. Only renames wait.
 */
export class Placements {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly owners = new Map<string, Artifact>()
  /** Two artifacts can write one path: only then are their files listed. */
  private readonly shared: boolean

  constructor(
    private readonly root: string,
    private readonly log: Logger,
    /** Decides when two paths are one (Windows and macOS ignore case). */
    private readonly platform: Platform = process.platform,
    /** each artifact's directory, when known before the first is placed */
    targets?: readonly string[]
  ) {
    this.shared =
      targets === undefined ||
      new Set(targets.map(target => collisionKey(target, platform))).size < targets.length
  }

  /** Runs `place` after the placements before it. */
  place(artifact: Artifact, place: (listFiles: boolean) => Promise<Placed>): Promise<Placed> {
    const run = this.queue.then(async () => {
      const placed = await place(this.shared)
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
