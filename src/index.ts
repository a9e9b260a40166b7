import { prepareEnvironment } from './settings/environment.js'
import { messageOf } from './shared/errors.js'
import { loadProxyAgent, proxyConfigured } from './undici.js'

// Checked before @actions/github reads them as it loads.
let refused: string | undefined
try {
  prepareEnvironment(process.env)
} catch (error) {
  refused = messageOf(error)
}
if (refused !== undefined) {
  const core = await import('@actions/core')
  core.setFailed(refused)
} else {
  // Before @actions/github builds its ProxyAgent.
  if (proxyConfigured()) await loadProxyAgent()
  const { run } = await import('./main.js')
  void run()
}
