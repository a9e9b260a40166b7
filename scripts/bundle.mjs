// Builds dist/ with ncc, or with --check proves that the committed dist/ is exactly what the
// committed sources build (byte for byte, every file), or with --if-missing builds only when
// dist/index.js is absent (for `npm run demo` on a fresh checkout), or with --out DIR builds
// into DIR instead (the tests run a bundle built from the sources under test).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const args = new Set(process.argv.slice(2))

/** @param {string} outDir */
function build(outDir) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'src/index.ts',
      '--out',
      outDir,
      '--source-map',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
      '--quiet'
    ],
    { cwd: root, stdio: 'inherit' }
  )
  writeLicenses(outDir)
}

/**
 * Writes licenses.txt for every package in every chunk. ncc writes it per chunk, each over the
 * one before, so that with a chunk for a dynamic import it would keep the last chunk's packages
 * only. Same format as ncc's: name, license, the package's license file, a blank line.
 * @param {string} outDir
 */
function writeLicenses(outDir) {
  /** @type {Map<string, string>} package name → its directory */
  const packages = new Map()
  for (const file of files(outDir).filter(f => f.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(outDir, file), 'utf8'))
    for (const source of /** @type {string[]} */ (map.sources)) {
      const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(
        source.replace(/^webpack:\/\/[^/]*\//, '')
      )
      if (match) packages.set(match[2], join(root, match[1].replace(/^(\.\.?\/)+/, ''), match[2]))
    }
  }
  const entries = [...packages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const text = entries.map(([name, dir]) => {
    const { license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const licenseFile = readdirSync(dir)
      .filter(f => /^(licen[cs]e|copying)(\.|-|$)/i.test(f))
      .sort()[0]
    const body = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : ''
    return `${name}\n${license ?? ''}\n${body}\n`
  })
  writeFileSync(join(outDir, 'licenses.txt'), text.join('\n'))
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function files(dir) {
  /** @type {string[]} */
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...files(full))
    else out.push(relative(dir, full))
  }
  return out.sort()
}

const outAt = process.argv.indexOf('--out')
if (outAt !== -1) {
  const outDir = process.argv[outAt + 1]
  if (!outDir) throw new Error('--out needs a directory')
  build(outDir)
  process.exit(0)
}

if (args.has('--if-missing') && existsSync(join(dist, 'index.js'))) {
  process.exit(0)
}

if (args.has('--check')) {
  const tmp = mkdtempSync(join(tmpdir(), 'artifact-ops-dist-'))
  try {
    build(tmp)
    const built = files(tmp)
    const committed = existsSync(dist) ? files(dist) : []
    /** @type {string[]} */
    const problems = []
    for (const file of new Set([...built, ...committed])) {
      if (!built.includes(file)) problems.push(`dist/${file} is committed but not built`)
      else if (!committed.includes(file)) problems.push(`dist/${file} is built but not committed`)
      else if (!readFileSync(join(tmp, file)).equals(readFileSync(join(dist, file))))
        problems.push(`dist/${file} differs from what the sources build`)
    }
    if (problems.length > 0) {
      console.error(problems.join('\n'))
      console.error("dist/ is stale: run 'npm run bundle' and commit dist/.")
      process.exit(1)
    }
    console.log(`dist/ matches the sources (${built.length} files).`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
} else {
  rmSync(dist, { recursive: true, force: true })
  build(dist)
  console.log(`dist/ built: ${files(dist).join(', ')}`)
}
