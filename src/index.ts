import { prepareEnvironment } from './settings/environment.js'
import { messageOf } from './shared/errors.js'
import { loadProxyAgent, proxyConfigured } from './undici.js'

// GITHUB_API_URL and the proxy variables are read by @actions/github as its modules load: they
// are checked, and the proxy variables put in the form it reads, before anything else is loaded.
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
  // Behind a proxy, @actions/github constructs undici's ProxyAgent as it is evaluated: that part
  // of undici is loaded first, and only then; the action itself is loaded after it.
  if (proxyConfigured()) await loadProxyAgent()
  const { run } = await import('./main.js')
  void run()
}
