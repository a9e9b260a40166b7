// `npm run demo`: the bundled action against a local emulator seeded with a few hundred
// artifacts, run the way the runner runs it. No token, no network. The scenarios are in
// demo-scenarios.mjs, shared with `npm run render-summary`.
import { runScenario, SCENARIOS, withDemoRepository } from './demo-scenarios.mjs'

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

await withDemoRepository(async (emulator, base) => {
  console.log(
    `Emulator: ${emulator.apiUrl} (github.com mode), repository ${emulator.repository}, ${emulator.artifacts.size} artifacts of several names, branches and ages.`
  )
  for (const scenario of SCENARIOS) {
    const { run, files } = await runScenario(emulator, base, scenario)
    show(scenario.title, run)
    if (files !== undefined) console.log(`Files now in the workspace: ${files.join(', ')}`)
  }
  console.log(`\nThe emulator answered ${emulator.apiRequests().length} API requests in all.`)
})
