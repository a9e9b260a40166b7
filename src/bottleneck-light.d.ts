// The light build is what @octokit/plugin-throttling loads; it has the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
