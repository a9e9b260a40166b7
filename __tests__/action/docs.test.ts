import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_DEFAULTS, Inputs, Outputs } from '../../src/settings/inputs.js'
import {
  checkRendered,
  describeInput,
  INPUTS_MODULE,
  readAction,
  renderedTables,
  renderInputsModule,
  renderReadme
} from '../../scripts/docs.mjs'
import { checkActionSteps, extractYamlBlocks, wrapBlock } from '../../scripts/actionlint.mjs'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const readme = read('README.md')
const action = readAction()
const docs = readdirSync(new URL('../../docs', import.meta.url))
  .filter(name => name.endsWith('.md'))
  .map(name => `docs/${name}`)

/** A README of nothing but the two tables, as the generator renders them. */
const EMPTY_README =
  '<!-- inputs:start -->\n<!-- inputs:end -->\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n'

describe('action.yml, src/settings/inputs.ts and README.md agree', () => {
  it("README's input and output tables are the ones action.yml renders", () => {
    expect(renderReadme(readme, action)).toBe(readme)
  })

  it("README's tables, rendered as Markdown, show every word of action.yml", () => {
    expect(checkRendered(readme, action)).toEqual([])
    const inputs = renderedTables(readme).find(rows => rows[0][0] === 'input') ?? []
    expect(inputs.find(row => row[0] === 'path')?.[2]).toContain('several into path/<name>/.')
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

  it('src/settings/inputs.ts is the one action.yml renders, and follows a new input', async () => {
    expect(await renderInputsModule(action)).toBe(read(INPUTS_MODULE))
    const added = {
      ...action,
      inputs: { ...action.inputs, 'github-host': { description: 'x', default: "it's" } }
    }
    const module = await renderInputsModule(added)
    expect(module).not.toBe(read(INPUTS_MODULE))
    expect(module).toContain("  GitHubHost: 'github-host'\n} as const")
    expect(module).toContain(`  'github-host': "it's"\n}`)
  })

  it('runs on node24 from dist/index.js', () => {
    const raw = read('action.yml')
    expect(raw).toMatch(/using: 'node24'/)
    expect(raw).toMatch(/main: 'dist\/index.js'/)
  })
})

describe('the table generator', () => {
  const tricky = {
    inputs: {
      path: {
        description:
          "Into path/<name>/ or a|b, with '*' and *stars*, _under_ size_in_bytes, `ticks`, [x](y) & ~z~.",
        default: 'a|b'
      },
      found: { description: 'What to do. Default: fail for download, ignore for list.' }
    },
    outputs: { files: { description: 'Names such as <name>.zip | <name>.txt' } }
  }

  it('escapes what Markdown or HTML would take, so that the rendered text is the source', () => {
    const rendered = renderReadme(EMPTY_README, tricky)
    expect(checkRendered(rendered, tricky)).toEqual([])
    const [inputs, outputs] = renderedTables(rendered)
    expect(inputs[1]).toEqual(['path', 'a|b', tricky.inputs.path.description])
    expect(outputs[1]).toEqual(['files', tricky.outputs.files.description])
  })

  it('sees text a renderer loses: a <name> taken for a tag, a cell cut at |, markup', () => {
    const rendered = renderReadme(EMPTY_README, tricky)
    // What the generator wrote before it escaped: every backslash escape undone but the pipes'.
    const unescaped = rendered.replace(/\\([\\`*_[\]<>~&])/g, '$1')
    const problems = checkRendered(unescaped, tricky)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/input path, column 3 renders as "Into path\/\/ or a\|b/),
        expect.stringMatching(/output files, column 2 renders as "Names such as \.zip \| \.txt"/)
      ])
    )
    const cut = rendered.replace('a\\|b, with', 'a|b, with')
    expect(checkRendered(cut, tricky)).toEqual([
      expect.stringMatching(/input path, column 3 renders as "Into path\/<name>\/ or a",/)
    ])
  })

  it("shows the default an input's description gives when action.yml has none", () => {
    expect(describeInput(tricky.inputs.found)).toEqual({
      said: 'fail for download, ignore for list',
      description: 'What to do.'
    })
    const inputs = renderedTables(readme).find(rows => rows[0][0] === 'input') ?? []
    expect(inputs.find(row => row[0] === 'if-no-artifact-found')?.[1]).toBe(
      'fail for download, warn for prune, ignore for list'
    )
  })

  it('fails a README whose tables lost a row, or that has no table at all', () => {
    const rendered = renderReadme(EMPTY_README, tricky)
    const lost = rendered.replace(/^\| `found` .*\n/m, '')
    expect(checkRendered(lost, tricky)).toContain(
      'README.md: the inputs table renders 1 rows; action.yml has 2'
    )
    expect(checkRendered('no tables', tricky)).toEqual([
      'README.md: no rendered table of inputs',
      'README.md: no rendered table of outputs'
    ])
  })
})

/** Each step of this action in a workflow text, with the permissions its job has. */
function actionSteps(text: string) {
  type Step = { uses?: string; with?: Record<string, unknown> }
  type Job = { permissions?: Record<string, string>; steps?: Step[] }
  const workflow = parse(text) as {
    permissions?: Record<string, string>
    jobs: Record<string, Job>
  }
  return Object.values(workflow.jobs).flatMap(job =>
    (job.steps ?? [])
      .filter(step => /^artifact-ops\/artifact-ops@/.test(step.uses ?? ''))
      .map(step => ({
        with: step.with ?? {},
        permissions: job.permissions ?? workflow.permissions
      }))
  )
}

describe('the workflows of README.md and docs/ are correct against action.yml', () => {
  const blocks = ['README.md', ...docs].flatMap(file =>
    extractYamlBlocks(read(file)).map(block => ({ file, ...block }))
  )

  it('finds the workflows to check', () => {
    expect(blocks.filter(block => block.file === 'README.md')).toHaveLength(3)
    expect(blocks.length).toBeGreaterThan(8)
  })

  it("use only action.yml's inputs, operations and outputs, and boolean inputs as booleans", () => {
    const booleans = Object.entries(action.inputs)
      .filter(([, input]) => input.default === 'true' || input.default === 'false')
      .map(([name]) => name)
    for (const block of blocks) {
      const { text } = wrapBlock(block.file, block.line, block.text)
      expect({
        at: `${block.file}:${block.line}`,
        findings: checkActionSteps(text, action)
      }).toEqual({ at: `${block.file}:${block.line}`, findings: [] })
      for (const step of actionSteps(text)) {
        for (const name of booleans.filter(name => name in step.with)) {
          expect([true, false, 'true', 'false']).toContain(step.with[name])
        }
      }
    }
  })

  it("README's quick start workflows are complete and ask for the permissions they need", () => {
    const workflows = extractYamlBlocks(readme).map(block => block.text)
    expect(workflows.map(text => 'jobs' in (parse(text) as object))).toEqual([true, true, true])
    const operations = workflows.flatMap(text =>
      actionSteps(text).map(step => {
        const operation = String(step.with.operation ?? 'list')
        const writes = operation === 'prune' || String(step.with['delete-after']) === 'true'
        const granted = step.permissions?.actions
        expect(writes ? ['write'] : ['read', 'write']).toContain(granted)
        return operation
      })
    )
    expect(operations).toEqual(['list', 'download', 'prune'])
  })
})

describe('README.md for the user, the rest in docs/ and CONTRIBUTING.md', () => {
  it('is at most 15 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15_000)
  })

  it("says the trap first: operation's default and download without run-id", () => {
    const trap = readme.indexOf('Not a drop-in for actions/download-artifact')
    expect(trap).toBeGreaterThan(0)
    expect(trap).toBeLessThan(readme.indexOf('## Inputs'))
    expect(readme.slice(trap, trap + 400)).toMatch(/\(docs\/migration\.md\)/)
  })

  it('lists every document of docs/ and CONTRIBUTING.md', () => {
    for (const file of [...docs, 'CONTRIBUTING.md']) expect(readme).toContain(`](${file})`)
  })

  it('shows the set-up commands; CONTRIBUTING.md the rest', () => {
    for (const command of ['npm ci', 'npm test', 'npm run demo']) {
      expect(readme).toContain(command)
    }
    const contributing = read('CONTRIBUTING.md')
    for (const command of [
      'npm run bench',
      'npm run mutate',
      'bash .ci/run',
      '## Cutting a release'
    ]) {
      expect(contributing).toContain(command)
    }
  })
})

describe('the release', () => {
  const pkg = JSON.parse(read('package.json')) as { version: string; engines: { node: string } }
  const lock = JSON.parse(read('package-lock.json')) as {
    version: string
    packages: Record<string, { version?: string; engines?: { node: string } }>
  }

  it('package.json, package-lock.json, the CHANGELOG and the README name one version', () => {
    expect(lock.version).toBe(pkg.version)
    expect(lock.packages[''].version).toBe(pkg.version)
    expect(/^## (\S+) - \d{4}-\d\d-\d\d/m.exec(read('CHANGELOG.md'))?.[1]).toBe(pkg.version)
    expect(readme).toContain(`artifact-ops/artifact-ops@v${pkg.version}`)
  })

  it('needs Node 24, the Node the action runs on', () => {
    expect(pkg.engines.node).toBe('>=24')
    expect(lock.packages[''].engines?.node).toBe('>=24')
    expect(read('.node-version').trim()).toBe('24')
  })

  it('checks dist/ before it tags, and again before it moves the major tag', () => {
    const release = parse(read('.github/workflows/release.yml')) as {
      jobs: Record<string, { steps: { run?: string }[] }>
    }
    const runs = (job: string) => release.jobs[job].steps.map(step => step.run ?? '')
    const check = (job: string) => runs(job).findIndex(run => run.includes('npm run bundle:check'))
    const tagging = runs('tag').findIndex(run => run.includes('git push origin'))
    expect(check('tag')).toBeGreaterThanOrEqual(0)
    expect(check('tag')).toBeLessThan(tagging)
    expect(check('major-tag')).toBeGreaterThanOrEqual(0)
    expect(check('major-tag')).toBeLessThan(
      runs('major-tag').findIndex(run => run.includes('git push --force'))
    )
  })
})
