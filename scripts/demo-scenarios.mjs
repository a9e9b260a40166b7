// The scenarios of `npm run demo`, shared with `npm run render-summary`: a local emulator seeded
// with a few hundred artifacts of several names, branches and ages, and the bundled action run
// against it the way the runner runs it. No token, no network.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../emulator/server.ts'
import { seedRepository } from '../emulator/seed.ts'
import { buildZip } from '../emulator/zip.ts'
import { runAction } from './run-action.mjs'

/**
 * @typedef {import('../emulator/server.ts').Emulator} Emulator
 * @typedef {{ 'github-token': string, repository: string }} BaseInputs
 * @typedef {object} Scenario
 * @property {string} slug    a file name for it: `list-coverage`
 * @property {string} title   what it shows, in one line
 * @property {(base: BaseInputs) => Record<string, string>} inputs
 * @property {(emulator: Emulator) => void} [setup]  adds what it needs before it runs
 * @property {boolean} [workspace]  runs in a fresh directory and tells the files written there
 * @typedef {{ run: import('./run-action.mjs').ActionRun, files?: string[] }} ScenarioResult
 */

/** Two builds of a site from main: the download takes the newest. */
function addSites(/** @type {Emulator} */ emulator) {
  const site = (/** @type {string} */ version) =>
    buildZip([
      { name: 'index.html', data: `<h1>${version}</h1>` },
      { name: 'assets/app.js', data: `console.log('${version}')` }
    ])
  emulator.addArtifact({
    name: 'site',
    headBranch: 'main',
    content: site('v1'),
    createdAt: new Date(Date.now() - 7_200_000)
  })
  emulator.addArtifact({ name: 'site', headBranch: 'main', content: site('v2') })
}

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    slug: 'list-coverage-main',
    title: 'list: the 5 newest coverage artifacts from main',
    inputs: base => ({ ...base, operation: 'list', name: 'coverage', branch: 'main', limit: '5' })
  },
  {
    slug: 'list-older-than-30d',
    title: 'list: everything older than 30 days except logs, sparing the newest 2 of each name',
    inputs: base => ({
      ...base,
      operation: 'list',
      pattern: '*\n!logs',
      'older-than': '30d',
      'keep-latest': '2'
    })
  },
  {
    slug: 'prune-dry-run',
    title:
      'prune (dry run): what a nightly cleanup would delete — older than 60 days, sparing the newest 3 of each name',
    inputs: base => ({
      ...base,
      operation: 'prune',
      pattern: '*',
      'older-than': '60d',
      'keep-latest': '3',
      'dry-run': 'true'
    })
  },
  {
    slug: 'download-site',
    title: 'download: the newest site artifact from main, verified and unpacked into ./site',
    setup: addSites,
    workspace: true,
    inputs: base => ({ ...base, operation: 'download', name: 'site', branch: 'main', path: 'site' })
  }
]

/**
 * Starts the emulator, seeds it and hands it to `use`; closes it after.
 * @template T
 * @param {(emulator: Emulator, base: BaseInputs) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withDemoRepository(use) {
  const emulator = await startEmulator({ latencyMs: 5 })
  try {
    seedRepository(emulator, { count: 400, days: 120 })
    return await use(emulator, { 'github-token': emulator.token, repository: emulator.repository })
  } finally {
    await emulator.close()
  }
}

/**
 * Runs one scenario against the emulator.
 * @param {Emulator} emulator
 * @param {BaseInputs} base
 * @param {Scenario} scenario
 * @returns {Promise<ScenarioResult>}
 */
export async function runScenario(emulator, base, scenario) {
  scenario.setup?.(emulator)
  if (!scenario.workspace) {
    return { run: await runAction({ apiUrl: emulator.apiUrl, inputs: scenario.inputs(base) }) }
  }
  const workspace = mkdtempSync(join(tmpdir(), 'artifact-ops-demo-'))
  try {
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      cwd: workspace,
      inputs: scenario.inputs(base)
    })
    const files = readdirSync(workspace, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(entry => join(entry.parentPath, entry.name).slice(workspace.length + 1))
      .sort()
    return { run, files }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

/** Names from outside that try to be HTML, Markdown, a mention, a table cell or a chart's end. */
export const HOSTILE_NAMES = [
  "x-it's <b>bold</b> & @octo-team",
  'x-`tick` | pipe | **stars** [link](https://example.invalid)',
  'x-"quoted" : 1\n```',
  'x-plain'
]

/**
 * More scenarios for `npm run render-summary` (not the demo): what a person sees when some
 * things fail, and names that try to be markup.
 * @type {Scenario[]}
 */
export const MORE_SCENARIOS = [
  {
    slug: 'download-one-failed',
    title: 'download: three reports, one of which fails its digest check',
    setup: emulator => {
      for (const os of ['linux', 'windows', 'macos']) {
        emulator.addArtifact({
          name: `report-${os}`,
          headBranch: 'main',
          content: buildZip([{ name: `${os}.txt`, data: `report for ${os}\n` }]),
          ...(os === 'windows' ? { digest: `sha256:${'0'.repeat(64)}` } : {})
        })
      }
    },
    workspace: true,
    inputs: base => ({ ...base, operation: 'download', pattern: 'report-*', path: 'reports' })
  },
  {
    slug: 'prune-hostile-names',
    title: 'prune: artifacts with hostile names, the newest of each kept, one deletion failing',
    setup: emulator => {
      let day = 10
      for (const name of HOSTILE_NAMES) {
        for (let i = 0; i < 3; i++) {
          emulator.addArtifact({
            name,
            headBranch: `feature/<i>${name.slice(2, 8)}</i>`,
            size: 1024 * 1024 * (day + 1),
            createdAt: new Date(Date.now() - day-- * 86_400_000)
          })
        }
      }
      const victim = [...emulator.artifacts.values()].find(a => a.name === 'x-plain')
      emulator.addFault({
        method: 'DELETE',
        path: `/repos/${emulator.repository}/actions/artifacts/${victim?.id}`,
        status: 500,
        times: 99
      })
    },
    inputs: base => ({ ...base, operation: 'prune', pattern: 'x-*', 'keep-latest': '1' })
  }
]
