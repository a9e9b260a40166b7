// Renders README.md's input and output tables from action.yml, between the markers
// <!-- inputs:start --> … <!-- inputs:end --> and <!-- outputs:start --> … <!-- outputs:end -->,
// and src/settings/inputs.ts, the input and output names and defaults the code uses.
// `node scripts/docs.mjs` rewrites both; `--check` fails when either is out of date, or when
// a table cell, rendered as Markdown (marked, as GitHub renders it), loses text of action.yml.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'
import * as prettier from 'prettier'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * @typedef {{ description?: string, default?: string, required?: boolean }} ActionInput
 * @typedef {{ inputs: Record<string, ActionInput>, outputs: Record<string, { description?: string }> }} ActionYml
 */

/** @returns {ActionYml} */
export function readAction() {
  return parse(readFileSync(`${root}action.yml`, 'utf8'))
}

/** @param {string} text */
const oneLine = text => text.replace(/\s+/g, ' ').trim()

/**
 * Plain text as a table cell: every character Markdown or HTML could take as markup is
 * backslash-escaped (`path/<name>/` would otherwise render as `path//`, an HTML tag dropped).
 * @param {string} text
 */
export const escapeCell = text =>
  oneLine(text)
    .replace(/[\\`*[\]<>|~&]/g, '\\$&')
    // An underscore inside a word never emphasises (size_in_bytes stays readable).
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')

/** A code span in a table cell: GitHub splits cells at `|` even inside one. @param {string} text */
const codeCell = text => `\`${oneLine(text).replace(/\|/g, '\\|')}\``

/** An input without a `default` whose description ends "Default: X." has X as its default. */
const SAID_DEFAULT = /\s*Default: ([^]*?)\.?\s*$/

/**
 * What the inputs table shows of one input: its default (`code` for action.yml's own, `said`
 * for one its description gives) and its description.
 * @param {ActionInput} input
 * @returns {{ code?: string, said?: string, description: string }}
 */
export function describeInput(input) {
  const description = oneLine(input.description ?? '')
  if (input.default !== undefined && String(input.default) !== '') {
    return { code: oneLine(String(input.default)), description }
  }
  const said = SAID_DEFAULT.exec(description)
  if (said === null) return { description }
  return { said: said[1], description: description.slice(0, said.index) }
}

/** @param {ActionYml} action */
export function renderInputs(action) {
  const rows = Object.entries(action.inputs).map(([name, input]) => {
    const { code, said, description } = describeInput(input)
    const shown = code !== undefined ? codeCell(code) : said !== undefined ? escapeCell(said) : ''
    return `| \`${name}\` | ${shown} | ${escapeCell(description)} |`
  })
  return ['| input | default | description |', '|---|---|---|', ...rows].join('\n')
}

/** @param {ActionYml} action */
export function renderOutputs(action) {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${escapeCell(output.description ?? '')} |`
  )
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

/**
 * @param {string} readme
 * @param {ActionYml} action
 */
export function renderReadme(readme, action) {
  /** @param {string} text @param {string} marker @param {string} body */
  const replace = (text, marker, body) => {
    const start = `<!-- ${marker}:start -->`
    const end = `<!-- ${marker}:end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`)
    return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
  }
  return replace(replace(readme, 'inputs', renderInputs(action)), 'outputs', renderOutputs(action))
}

export const INPUTS_MODULE = 'src/settings/inputs.ts'

/** `run-id` → `RunId`; `github` keeps its brand's spelling. @param {string} name */
const memberOf = name =>
  name
    .split('-')
    .map(word => (word === 'github' ? 'GitHub' : word[0].toUpperCase() + word.slice(1)))
    .join('')

/** @param {string} text */
const quoted = text => `'${text.replace(/[\\']/g, '\\$&')}'`

/**
 * src/settings/inputs.ts: action.yml's input and output names as constants, and its defaults,
 * so that nothing in the code repeats them by hand. Formatted as Prettier formats the sources.
 * @param {ActionYml} action
 * @returns {Promise<string>}
 */
export async function renderInputsModule(action) {
  const inputs = Object.entries(action.inputs)
  const names = (/** @type {string[]} */ list) =>
    list.map(name => `  ${memberOf(name)}: ${quoted(name)},`)
  const text = [
    '// Generated from action.yml by scripts/docs.mjs (npm run docs); the docs check fails when it',
    '// differs. Do not edit: change action.yml and run npm run docs.',
    '',
    '/** As spelled in action.yml. */',
    'export const Inputs = {',
    ...names(inputs.map(([name]) => name)),
    '} as const',
    'export type Inputs = (typeof Inputs)[keyof typeof Inputs]',
    '',
    '/** As spelled in action.yml. */',
    'export const Outputs = {',
    ...names(Object.keys(action.outputs)),
    '} as const',
    'export type Outputs = (typeof Outputs)[keyof typeof Outputs]',
    '',
    "/** action.yml's defaults. The runner fills in the ${{ }} ones; parsers read its environment. */",
    'export const INPUT_DEFAULTS: Readonly<Record<Inputs, string | undefined>> = {',
    ...inputs.map(
      ([name, input]) =>
        `  ${quoted(name)}: ${input.default === undefined ? 'undefined' : quoted(String(input.default))},`
    ),
    '}',
    ''
  ].join('\n')
  const options = await prettier.resolveConfig(`${root}${INPUTS_MODULE}`)
  return prettier.format(text, { ...options, filepath: `${root}${INPUTS_MODULE}` })
}

/** @param {string} html */
const textOf = html =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code) => {
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
      if (code[0] !== '#') return named[/** @type {keyof typeof named} */ (code)] ?? entity
      return String.fromCodePoint(
        code[1] === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
      )
    })
    .trim()

/**
 * The tables of a Markdown text as a reader sees them: the text of each cell, row by row, after
 * rendering (tags dropped: GitHub drops HTML it does not allow, such as `<name>`).
 * @param {string} markdown
 * @returns {string[][][]}
 */
export function renderedTables(markdown) {
  const html = /** @type {string} */ (marked.parse(markdown, { async: false }))
  return [...html.matchAll(/<table>([^]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([^]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<t[dh][^>]*>([^]*?)<\/t[dh]>/g)].map(([, cell]) => textOf(cell))
    )
  )
}

/**
 * Where the rendered input and output tables of `readme` differ from action.yml's text: a lost
 * `<name>`, a cell cut at a `|`, markup taken from a description.
 * @param {string} readme
 * @param {ActionYml} action
 * @returns {string[]}
 */
export function checkRendered(readme, action) {
  const tables = renderedTables(readme)
  /** @type {string[]} */
  const problems = []
  /**
   * @param {string} header the first header cell of the table
   * @param {[string, string[]][]} expected each row's name and the text of its other cells
   */
  const compare = (header, expected) => {
    const table = tables.find(rows => rows[0]?.[0] === header)
    if (table === undefined) {
      problems.push(`README.md: no rendered table of ${header}s`)
      return
    }
    const rows = table.slice(1)
    if (rows.length !== expected.length) {
      problems.push(
        `README.md: the ${header}s table renders ${rows.length} rows; action.yml has ${expected.length}`
      )
    }
    expected.forEach(([name, cells], i) => {
      const shown = rows[i] ?? []
      for (const [column, want] of [name, ...cells].entries()) {
        if ((shown[column] ?? '') === want) continue
        problems.push(
          `README.md: ${header} ${name}, column ${column + 1} renders as "${shown[column] ?? ''}", not "${want}"`
        )
      }
    })
  }
  compare(
    'input',
    Object.entries(action.inputs).map(([name, input]) => {
      const { code, said, description } = describeInput(input)
      return [name, [code ?? said ?? '', description]]
    })
  )
  compare(
    'output',
    Object.entries(action.outputs).map(([name, output]) => [
      name,
      [oneLine(output.description ?? '')]
    ])
  )
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const module = readFileSync(`${root}${INPUTS_MODULE}`, 'utf8')
  const action = readAction()
  const rendered = renderReadme(readme, action)
  const constants = await renderInputsModule(action)
  if (process.argv.includes('--check')) {
    const problems = checkRendered(readme, action)
    if (rendered !== readme) {
      problems.push("README.md's input/output tables differ from action.yml: run 'npm run docs'.")
    }
    if (constants !== module) {
      problems.push(`${INPUTS_MODULE} differs from action.yml: run 'npm run docs'.`)
    }
    for (const problem of problems) console.error(problem)
    if (problems.length > 0) process.exit(1)
  } else {
    writeFileSync(`${root}README.md`, rendered)
    writeFileSync(`${root}${INPUTS_MODULE}`, constants)
  }
}
