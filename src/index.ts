import { loadProxyAgent, proxyConfigured } from './undici.js'

// Behind a proxy, @actions/github constructs undici's ProxyAgent as it is evaluated: that part of
// undici is loaded first, and only then; the action itself is loaded after it.
if (proxyConfigured()) await loadProxyAgent()
const { run } = await import('./main.js')
void run()
