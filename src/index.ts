import { prepareEnvironment } from './settings/environment.js'
import { messageOf } from './shared/errors.js'
import { loadProxyAgent, proxyConfigured } from './undici.js'

// @actions/github reads these as it loads: check them first.
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
  // @actions/github builds undici's ProxyAgent as it loads.
  if (proxyConfigured()) await loadProxyAgent()
  const { run } = await import('./main.js')
  void run()
}
