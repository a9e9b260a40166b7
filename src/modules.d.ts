// Paths their packages give no types for.

// What @octokit/plugin-throttling loads; the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}

declare module 'undici/lib/web/fetch/index.js' {
  export { fetch } from 'undici/index.js'
}

// CommonJS modules of undici.
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
