// src/undici.ts, the bundle's `undici`: its ProxyAgent exists only once loadProxyAgent() has
// loaded it, which main does when the runner has a proxy (the bundle runs behind a proxy in
// e2e.test). Jest gives @actions/http-client the real undici; this file imports the module itself.
import { describe, expect, it } from '@jest/globals'
import { ProxyAgent as RealProxyAgent } from 'undici'
import { loadProxyAgent, ProxyAgent, proxyConfigured } from '../src/undici.js'

describe('the bundle’s undici', () => {
  it('has a proxy when any of the four variables http-client reads is set, and not when empty', () => {
    expect(proxyConfigured({})).toBe(false)
    expect(proxyConfigured({ https_proxy: '', HTTP_PROXY: '', NO_PROXY: 'example.com' })).toBe(
      false
    )
    for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
      expect(proxyConfigured({ [name]: 'http://proxy:3128' })).toBe(true)
    }
  })

  it('refuses to make a ProxyAgent before loading it, then makes undici’s own', async () => {
    expect(() => new ProxyAgent({ uri: 'http://127.0.0.1:3128' })).toThrow(
      "undici's ProxyAgent was used before loadProxyAgent() loaded it."
    )
    await loadProxyAgent()
    const agent = new ProxyAgent({ uri: 'http://127.0.0.1:3128' })
    try {
      expect(agent).toBeInstanceOf(RealProxyAgent)
      // The dispatcher API that undici's index adds to every dispatcher.
      expect(typeof agent.request).toBe('function')
      expect(typeof agent.stream).toBe('function')
    } finally {
      await agent.close()
    }
  })
})
