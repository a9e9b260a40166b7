/** Nothing below `main` writes to stdout. */
export interface Logger {
  debug: (message: string) => void
  info: (message: string) => void
  warn: (message: string) => void
  error: (message: string) => void
  /** collapsible, under one title */
  group: (title: string, lines: readonly string[]) => void
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  group: () => undefined
}

/** The runner shows ten a kind; the rest become one, leaving a place for the failure. */
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
