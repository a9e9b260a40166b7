// `npm run demo`: the bundled action against a local emulator seeded with a few hundred
// artifacts, run the way the runner runs it. No token, no network.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../emulator/server.ts'
import { seedRepository } from '../emulator/seed.ts'
import { buildZip } from '../emulator/zip.ts'
import { runAction } from './run-action.mjs'

/** @param {string} title @param {import('./run-action.mjs').ActionRun} run */
function show(title, run) {
  console.log(`\n━━ ${title} ━━ exit code ${run.code}, ${run.ms.toFixed(0)} ms`)
  console.log('Log:')
  for (const line of run.stdout.trim().split('\n')) console.log(`  ${line}`)
  console.log('Outputs:')
  for (const [name, value] of Object.entries(run.outputs)) {
    const shown =
      value.length > 300 ? `${value.slice(0, 300)}… (${value.length} characters)` : value
    console.log(`  ${name}: ${shown}`)
  }
  console.log('Job summary (markdown/HTML as written to $GITHUB_STEP_SUMMARY):')
  const summary = run.summary.trim().split('\n')
  for (const line of summary.slice(0, 12))
    console.log(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`)
  if (summary.length > 12) console.log(`  … ${summary.length - 12} more lines`)
}

const emulator = await startEmulator({ latencyMs: 5 })
try {
  seedRepository(emulator, { count: 400, days: 120 })
  console.log(
    `Emulator: ${emulator.apiUrl} (github.com mode), repository ${emulator.repository}, ${emulator.artifacts.size} artifacts of several names, branches and ages.`
  )
  const base = { 'github-token': emulator.token, repository: emulator.repository }

  show(
    'list: the 5 newest coverage artifacts from main',
    await runAction({
      apiUrl: emulator.apiUrl,
      inputs: { ...base, operation: 'list', name: 'coverage', branch: 'main', limit: '5' }
    })
  )
  show(
    'list: everything older than 30 days except logs, sparing the newest 2 of each name',
    await runAction({
      apiUrl: emulator.apiUrl,
      inputs: {
        ...base,
        operation: 'list',
        pattern: '*\n!logs',
        'older-than': '30d',
        'keep-latest': '2'
      }
    })
  )
  show(
    'prune (dry run): what a nightly cleanup would delete — older than 60 days, sparing the newest 3 of each name',
    await runAction({
      apiUrl: emulator.apiUrl,
      inputs: {
        ...base,
        operation: 'prune',
        pattern: '*',
        'older-than': '60d',
        'keep-latest': '3',
        'dry-run': 'true'
      }
    })
  )
  // Two builds of a site from main: the download takes the newest.
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
  const workspace = mkdtempSync(join(tmpdir(), 'artifact-ops-demo-'))
  try {
    show(
      'download: the newest site artifact from main, verified and unpacked into ./site',
      await runAction({
        apiUrl: emulator.apiUrl,
        cwd: workspace,
        inputs: { ...base, operation: 'download', name: 'site', branch: 'main', path: 'site' }
      })
    )
    console.log(
      `Files now in ./site: ${readdirSync(join(workspace, 'site'), { recursive: true }).join(', ')}`
    )
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
  console.log(`\nThe emulator answered ${emulator.apiRequests().length} API requests in all.`)
} finally {
  await emulator.close()
}
