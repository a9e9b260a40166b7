// A dist/ file of its own, loaded only behind a proxy (src/undici.ts).
import api from 'undici/lib/api/index.js'
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js'
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js'

// As undici's index does first: request, stream and the rest on every dispatcher.
Object.assign(Dispatcher.prototype, api)

export { ProxyAgent }
