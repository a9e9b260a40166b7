// `npm run bench`: measures the bundled action against the emulator, each figure beside a
// baseline measured in the same run. Benchmarks measure and report; tests never time anything.
//
//   node scripts/bench.mjs [--only list,coldstart] [--json FILE]
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { startEmulator } from '../emulator/server.js'
import { runAction } from './run-action.mjs'

const args = process.argv.slice(2)
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : ''
const only = new Set(onlyArg ? onlyArg.split(',') : [])
const jsonFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : ''
/** @type {Record<string, unknown>} */
const results = {}

/** @param {string} name */
const wanted = name => only.size === 0 || only.has(name)

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** @param {import('../emulator/server.js').Emulator} emulator */
function inputs(emulator) {
  return { operation: 'list', 'github-token': emulator.token, repository: emulator.repository }
}

execFileSync(process.execPath, ['scripts/bundle.mjs', '--if-missing'], { stdio: 'inherit' })

async function benchList() {
  const count = 5000
  const latencyMs = 20
  const emulator = await startEmulator({ latencyMs })
  try {
    for (let i = 0; i < count; i++) emulator.addArtifact({ name: `artifact-${i % 9}`, size: 1000 })
    // Baseline: the same pages fetched one after another with bare fetch and no client at all.
    const baselineStart = performance.now()
    let pageUrl = `${emulator.apiUrl}/repos/${emulator.repository}/actions/artifacts?per_page=100`
    let baselineRequests = 0
    while (pageUrl) {
      const response = await fetch(pageUrl, {
        headers: { authorization: `token ${emulator.token}` }
      })
      await response.json()
      baselineRequests++
      const next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')
      pageUrl = next ? next[1] : ''
    }
    const baselineMs = performance.now() - baselineStart
    emulator.requests.length = 0
    const run = await runAction({ apiUrl: emulator.apiUrl, inputs: inputs(emulator) })
    if (run.code !== 0) throw new Error(`list failed: ${run.stdout}${run.stderr}`)
    const requests = emulator.apiRequests().length
    const actionMs = run.ms
    results['list'] = {
      artifacts: count,
      latencyMs,
      requests,
      targetRequests: Math.ceil(count / 100),
      listed: Number(run.outputs['count']),
      actionMs: Math.round(actionMs),
      baselineMs: Math.round(baselineMs),
      baselineRequests,
      ratio: Number((actionMs / baselineMs).toFixed(2))
    }
    console.log(
      `list ${count} artifacts (${latencyMs} ms latency): ${requests} requests (target ${Math.ceil(count / 100)}), ` +
        `${actionMs.toFixed(0)} ms for the whole action process vs ${baselineMs.toFixed(0)} ms for bare fetch of the same ${baselineRequests} pages ` +
        `(ratio ${(actionMs / baselineMs).toFixed(2)}, including node start-up)`
    )
  } finally {
    await emulator.close()
  }
}

async function benchColdStart() {
  const emulator = await startEmulator()
  const runs = 15
  try {
    for (let i = 0; i < 10; i++) emulator.addArtifact({ name: `a-${i}` })
    /** @type {number[]} */
    const bare = []
    /** @type {number[]} */
    const action = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      spawnSync(process.execPath, ['-e', ''])
      bare.push(performance.now() - start)
      const run = await runAction({ apiUrl: emulator.apiUrl, inputs: inputs(emulator) })
      if (run.code !== 0) throw new Error(`list failed: ${run.stdout}`)
      action.push(run.ms)
    }
    const bareMs = median(bare)
    const actionMs = median(action)
    results['coldStart'] = {
      runs,
      bareNodeMs: Math.round(bareMs),
      actionMs: Math.round(actionMs),
      overheadMs: Math.round(actionMs - bareMs),
      targetOverheadMs: 150
    }
    console.log(
      `cold start, list of 10 (median of ${runs}): node dist/index.js ${actionMs.toFixed(0)} ms vs bare node -e '' ${bareMs.toFixed(0)} ms: +${(actionMs - bareMs).toFixed(0)} ms (target ≤ +150 ms)`
    )
  } finally {
    await emulator.close()
  }
}

console.log(`node ${process.version}, ${new Date().toISOString()}`)
if (wanted('list')) await benchList()
if (wanted('coldstart')) await benchColdStart()
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`)
