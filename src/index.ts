import { prepareEnvironment } from './settings/environment.js'
import { messageOf } from './shared/errors.js'

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
  const { run } = await import('./main.js')
  void run()
}
