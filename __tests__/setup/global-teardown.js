// Removes the bundle that global-setup.js built.
import { rmSync } from 'node:fs'

export default function globalTeardown() {
  const dir = process.env.ARTIFACT_OPS_BUNDLE_DIR
  if (dir) rmSync(dir, { recursive: true, force: true })
}
