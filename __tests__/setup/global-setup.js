// Runs once before the suite: prints the runtime (so that CI's log shows which Node the suite
// ran on) and builds the action from the sources under test into a temporary directory, so
// that the end-to-end tests run what the sources build now, not only the committed dist/.
// ARTIFACT_OPS_ACTION_ENTRY set beforehand names a bundle to use instead (e.g. dist/index.js).
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function globalSetup() {
  process.stdout.write(`\ntests run on Node ${process.version}\n`)
  if (process.env.ARTIFACT_OPS_ACTION_ENTRY) return
  const out = mkdtempSync(join(tmpdir(), 'artifact-ops-bundle-'))
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', out], { stdio: 'inherit' })
  process.env.ARTIFACT_OPS_ACTION_ENTRY = join(out, 'index.js')
  process.env.ARTIFACT_OPS_BUNDLE_DIR = out
}
