// Declarations for modules loaded by a path their packages give no types for.

// The light build is what @octokit/plugin-throttling loads; it has the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}

// undici's fetch module, loaded on its own by src/undici.ts.
declare module 'undici/lib/web/fetch/index.js' {
  export { fetch } from 'undici/index.js'
}

// The parts of undici that src/undici-proxy.ts loads, each a CommonJS module.
declare module 'undici/lib/api/index.js' {
  const api: Record<string, unknown>
  export default api
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  import { Dispatcher } from 'undici/index.js'
  export default Dispatcher
}
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  import { ProxyAgent } from 'undici/index.js'
  export default ProxyAgent
}

// snappyjs ships no types; src/operations/download/attestation.ts uses its decoder only.
declare module 'snappyjs' {
  /** Decodes a snappy block; throws when the declared length is above `maxLength`. */
  export function uncompress(compressed: Uint8Array, maxLength?: number): Uint8Array
  export function compress(uncompressed: Uint8Array): Uint8Array
  const snappy: { uncompress: typeof uncompress; compress: typeof compress }
  export default snappy
}
