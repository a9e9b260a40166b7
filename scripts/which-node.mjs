// `npm ci` prints this one line instead of npm's warnings: npm judges each package's `engines`
// by the Node that runs npm, but the tests and every npm script run on the `node` devDependency
// (node_modules/.bin comes first on their PATH), the Node 24 the action runs on.
const npmNode = /\bnode\/v(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? 'unknown'
console.log(
  `artifact-ops: the tests and npm scripts run on Node ${process.versions.node} from the node devDependency, as the action runs on node24 (npm itself runs on Node ${npmNode}).`
)
