/**
 * Where every line of the action goes. `main` makes one from @actions/core and passes it down;
 * tests pass one that collects lines. No module below `main` writes to stdout itself.
 */
export interface Logger {
  debug: (message: string) => void
  info: (message: string) => void
  warn: (message: string) => void
  error: (message: string) => void
  /** A collapsible group of detail lines under one title. */
  group: (title: string, lines: readonly string[]) => void
}

/** A logger that drops everything (for code paths whose caller does not care). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  group: () => undefined
}

/**
 * The runner shows at most ten annotations of a kind per step and hides the rest. This passes
 * the first `max - 1` warnings (and errors) through and keeps the others, which `flush` then
 * gives as one annotation naming how many there were; every line still reaches the log as info.
 * (One place is left free for the step's failure, itself an error annotation.)
 */
export function limitAnnotations(log: Logger, max = 10): { log: Logger; flush: () => void } {
  const held = { warn: [] as string[], error: [] as string[] }
  const counted = { warn: 0, error: 0 }
  const limited =
    (kind: 'warn' | 'error') =>
    (message: string): void => {
      counted[kind]++
      if (counted[kind] < max) return log[kind](message)
      held[kind].push(message)
      log.info(message)
    }
  return {
    log: { ...log, warn: limited('warn'), error: limited('error') },
    flush: () => {
      for (const kind of ['warn', 'error'] as const) {
        const more = held[kind].splice(0)
        if (more.length === 0) continue
        const shown = more.slice(0, 5).join('; ')
        log[kind](
          `${more.length} more ${kind === 'warn' ? 'warnings' : 'errors'} (in the log above): ${shown}${more.length > 5 ? '; …' : ''}`
        )
      }
    }
  }
}
