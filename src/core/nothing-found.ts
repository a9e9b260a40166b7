import type { Logger } from '../shared/logger.js'
import type { NotFoundMode } from '../settings/index.js'

/** `if-no-artifact-found` applied to a message: throws for `fail`, warns for `warn`. */
export function applyNotFoundMode(mode: NotFoundMode, message: string, log: Logger): void {
  if (mode === 'fail') throw new Error(message)
  if (mode === 'warn') log.warn(message)
  else log.info(message)
}
