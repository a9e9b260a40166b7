import type { Client } from '../github/client.js'
import type { Logger } from '../shared/logger.js'

/** What `main` gives every operation: the one client, logger and cancellation signal. */
export interface OperationContext {
  client: Client
  log: Logger
  /** Aborted when the runner cancels the step (SIGINT, SIGTERM). */
  signal: AbortSignal
}
