import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { INPUT_DEFAULTS, Inputs, Outputs } from '../src/settings/inputs.js'
import { readAction, renderReadme } from '../scripts/docs.mjs'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const action = readAction()

describe('action.yml, src/settings/inputs.ts and README.md agree', () => {
  it("README's input and output tables are the ones action.yml renders", () => {
    expect(renderReadme(readme, action)).toBe(readme)
  })

  it('action.yml declares exactly the inputs and outputs of constants.ts', () => {
    const inputs: string[] = Object.values(Inputs)
    const outputs: string[] = Object.values(Outputs)
    expect(Object.keys(action.inputs).sort()).toEqual([...inputs].sort())
    expect(Object.keys(action.outputs).sort()).toEqual([...outputs].sort())
  })

  it("the defaults table is action.yml's defaults, input for input", () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [
        name,
        (spec as { default?: string }).default
      ])
    )
    expect(INPUT_DEFAULTS).toEqual(declared)
  })

  it('runs on node24 from dist/index.js', () => {
    const raw = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
    expect(raw).toMatch(/using: 'node24'/)
    expect(raw).toMatch(/main: 'dist\/index.js'/)
  })

  it('README shows the set-up commands CI runs', () => {
    for (const command of ['npm ci', 'npm test', 'npm run demo', 'npm run bench']) {
      expect(readme).toContain(command)
    }
  })
})
