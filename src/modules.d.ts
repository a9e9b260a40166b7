// Declarations for modules loaded by a path their packages give no types for.

// The light build is what @octokit/plugin-throttling loads; it has the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
