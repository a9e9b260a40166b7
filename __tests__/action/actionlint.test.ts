import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkActionSteps,
  checkExamplesShown,
  checkMarketplace,
  extractYamlBlocks,
  wrapBlock
} from '../../scripts/actionlint.mjs'

const script = fileURLToPath(new URL('../../scripts/actionlint.mjs', import.meta.url))
const action = {
  inputs: { operation: {}, name: {}, 'run-id': {} },
  outputs: { count: {}, 'download-path': {} }
}

/** Runs the script on files written into a fresh directory; returns its exit code and output. */
function lint(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'actionlint-test-'))
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    const run = spawnSync(process.execPath, [script, ...Object.keys(files)], {
      cwd: dir,
      encoding: 'utf8'
    })
    return { status: run.status, output: run.stdout + run.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const GOOD_WORKFLOW = `on: push
permissions:
  actions: read
jobs:
  list:
    runs-on: ubuntu-latest
    steps:
      - id: found
        uses: artifact-ops/artifact-ops@v1
        with:
          name: coverage
      - env:
          COUNT: \${{ steps.found.outputs.count }}
        run: echo "$COUNT"
`

describe('scripts/actionlint.mjs', () => {
  it('passes a clean workflow and a clean README fragment', () => {
    const readme =
      '# x\n\n```yaml\n- uses: artifact-ops/artifact-ops@v1\n  with:\n    name: a\n```\n'
    const { status, output } = lint({ 'ok.yml': GOOD_WORKFLOW, 'README.md': readme })
    expect(output).toContain(
      '2 workflow(s) checked (1 complete, 0 job and 1 step fragment(s) wrapped), 0 finding(s)'
    )
    expect(status).toBe(0)
  })

  it("fails on actionlint's findings in a broken workflow, at their lines", () => {
    const broken = GOOD_WORKFLOW.replace('on: push', 'on: pushh').replace(
      'actions: read',
      'actions: reed'
    )
    const { status, output } = lint({ 'broken.yml': broken })
    expect(output).toMatch(/broken\.yml:1:5: unknown Webhook event "pushh"/)
    expect(output).toMatch(/broken\.yml:3:12: "reed" is invalid for permission/)
    expect(status).toBe(1)
  })

  it('fails on a wrong input, operation or output of this action in a README fragment, at README lines', () => {
    const readme = [
      '# x',
      '',
      '```yaml',
      'steps:',
      '  - id: get',
      '    uses: artifact-ops/artifact-ops@v1',
      '    with:',
      '      operation: downlaod',
      '      run_id: 1',
      '  - run: echo "${{ steps.get.outputs.download_path }}"',
      '```',
      ''
    ].join('\n')
    const { status, output } = lint({ 'README.md': readme })
    expect(output).toMatch(
      /README\.md:8:7: operation "downlaod" is not one of list, download, prune/
    )
    expect(output).toMatch(/README\.md:9:7: input "run_id" is not defined in action\.yml/)
    expect(output).toMatch(/README\.md:10:20: output "download_path" of step "get"/)
    expect(status).toBe(1)
  })

  it('fails on a GitHub action pinned to a major that runs on Node 20', () => {
    const old = GOOD_WORKFLOW.replace(
      '      - id: found',
      '      - uses: actions/checkout@v4\n      - id: found'
    )
    const { status, output } = lint({ 'old.yml': old })
    expect(output).toContain('"actions/checkout@v4" runs on Node 20')
    expect(status).toBe(1)
  })
})

describe('README blocks', () => {
  it('extracts yaml blocks with the line of their first line', () => {
    const blocks = extractYamlBlocks(
      'a\n```yaml\nx: 1\n```\n```sh\nls\n```\n```yml\n- run: b\n```\n'
    )
    expect(blocks).toEqual([
      { line: 3, text: 'x: 1\n' },
      { line: 9, text: '- run: b\n' }
    ])
  })

  it('wraps a list of steps and a job, and keeps a complete workflow as it is', () => {
    expect(wrapBlock('R.md', 10, '- run: a\n')).toMatchObject({ shape: 'steps', lineOffset: 4 })
    expect(wrapBlock('R.md', 10, 'steps:\n  - run: a\n')).toMatchObject({
      shape: 'job',
      lineOffset: 5
    })
    expect(wrapBlock('R.md', 10, GOOD_WORKFLOW)).toMatchObject({
      shape: 'workflow',
      text: GOOD_WORKFLOW,
      lineOffset: 9
    })
  })

  it('refuses a block that is no workflow, job or list of steps', () => {
    expect(() => wrapBlock('R.md', 3, 'with:\n  name: a\n')).toThrow(/R\.md:3: a yaml block/)
  })

  it("checks this action's steps against action.yml, whatever the quoting of outputs", () => {
    const text = GOOD_WORKFLOW.replace(
      'steps.found.outputs.count',
      "steps.found.outputs['download-path'] }} ${{ steps.found.outputs['total'] }}"
    )
    expect(checkActionSteps(text, action).map(f => f.message)).toEqual([
      expect.stringContaining('output "total" of step "found"')
    ])
  })
})

describe('action.yml for the Marketplace', () => {
  const branding = { icon: 'archive', color: 'blue' }

  it('takes a description of up to 125 characters with branding', () => {
    expect(checkMarketplace({ description: 'x'.repeat(125), branding })).toEqual([])
  })

  it('refuses a longer description, an empty one, and missing branding', () => {
    expect(checkMarketplace({ description: 'x'.repeat(126), branding })).toEqual([
      expect.stringContaining('126 characters')
    ])
    expect(checkMarketplace({ branding })).toHaveLength(1)
    expect(checkMarketplace({ description: 'ok' })).toEqual([expect.stringContaining('branding')])
  })
})

describe('examples shown in README.md', () => {
  it('requires a yaml block identical to each example file the README names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actionlint-examples-'))
    try {
      const file = join(dir, 'cleanup.yml')
      writeFileSync(file, GOOD_WORKFLOW)
      const shown = `See examples/cleanup.yml:\n\n\`\`\`yaml\n${GOOD_WORKFLOW}\`\`\`\n`
      expect(checkExamplesShown(shown, [file])).toEqual([])
      expect(checkExamplesShown(shown.replace('name: coverage', 'name: other'), [file])).toEqual([
        'README.md: names examples/cleanup.yml but shows no yaml block identical to it'
      ])
      expect(checkExamplesShown('no mention', [file])).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
