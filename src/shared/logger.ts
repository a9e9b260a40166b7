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
