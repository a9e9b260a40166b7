// Renders README.md's input and output tables from action.yml, between the markers
// <!-- inputs:start --> … <!-- inputs:end --> and <!-- outputs:start --> … <!-- outputs:end -->.
// `node scripts/docs.mjs` rewrites them; `--check` fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
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
const cell = text => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim()

/** @param {ActionYml} action */
export function renderInputs(action) {
  const rows = Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default !== undefined && input.default !== '' ? `\`${cell(String(input.default))}\`` : ''} | ${cell(input.description ?? '')} |`
  )
  return ['| input | default | description |', '|---|---|---|', ...rows].join('\n')
}

/** @param {ActionYml} action */
export function renderOutputs(action) {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const rendered = renderReadme(readme, readAction())
  if (process.argv.includes('--check')) {
    if (rendered !== readme) {
      console.error("README.md's input/output tables differ from action.yml: run 'npm run docs'.")
      process.exit(1)
    }
  } else {
    writeFileSync(`${root}README.md`, rendered)
  }
}
