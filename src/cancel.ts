/** A cancellation the runner asks for, as an AbortSignal. */
export interface Cancellation {
  /** Aborted once SIGINT or SIGTERM arrives. */
  signal: AbortSignal
  /** Stops listening (and restores the default handling of the signals). */
  dispose: () => void
}

/**
 * Listens for the runner's cancellation (SIGINT, then SIGTERM a few seconds later). While it
 * listens, the signals do not end the process: the caller stops at a safe point and reports.
 */
export function listenForCancellation(onCancel: (signal: NodeJS.Signals) => void): Cancellation {
  const controller = new AbortController()
  const handler = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) onCancel(signal)
    controller.abort()
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler)
      process.off('SIGTERM', handler)
    }
  }
}
