// src/undici.ts, the bundle's `undici`: its ProxyAgent exists only once loadProxyAgent() has
// loaded it, which src/index.ts does before it loads main when the runner has a proxy (the bundle
// runs behind a proxy in e2e.test). Jest gives @actions/http-client the real undici; this file
// imports the stand-in itself, and never undici's index (which would add the dispatcher API).
import { describe, expect, it } from '@jest/globals'
import RealProxyAgent from 'undici/lib/dispatcher/proxy-agent.js'
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
    expect(() => (ProxyAgent as unknown as () => void)()).toThrow(
      "Class constructor ProxyAgent cannot be invoked without 'new'"
    )
    // Without undici's index, a dispatcher has no request API until the stand-in adds it.
    expect('request' in RealProxyAgent.prototype).toBe(false)
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

  it('makes a subclass of the stand-in a subclass of undici’s ProxyAgent', async () => {
    await loadProxyAgent()
    class Named extends ProxyAgent {
      readonly kind = 'named'
    }
    const agent = new Named({ uri: 'http://127.0.0.1:3128' })
    try {
      expect(agent).toBeInstanceOf(RealProxyAgent)
      expect(agent).toBeInstanceOf(Named)
      expect(agent.kind).toBe('named')
    } finally {
      await agent.close()
    }
  })
})
