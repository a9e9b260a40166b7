// undici's ProxyAgent and what it needs, a file of dist/ of its own: src/undici.ts loads it
// only when the runner has a proxy. (CommonJS modules imported for their module.exports.)
import api from 'undici/lib/api/index.js'
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js'
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js'

// What undici's index does first: request, stream and the rest as methods of every dispatcher.
Object.assign(Dispatcher.prototype, api)

export { ProxyAgent }
