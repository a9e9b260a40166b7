import type { Client } from '../github/client.js'
import type { Logger } from '../shared/logger.js'

/** From `main`. */
export interface OperationContext {
  client: Client
  log: Logger
  /** the runner cancelled the step */
  signal: AbortSignal
}
