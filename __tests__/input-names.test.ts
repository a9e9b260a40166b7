import { describe, expect, it } from '@jest/globals'
import { checkInputNames, findUnknownInputs } from '../src/settings/input-names.js'
import { InputError } from '../src/shared/errors.js'

describe('findUnknownInputs', () => {
  it('names every INPUT_ variable that action.yml does not declare, with what it meant', () => {
    const env = {
      'INPUT_DRY-RUN': 'false',
      'INPUT_RUN-ID': '',
      INPUT_DRY_RUN: 'true',
      INPUT_RUN_ID: '42',
      INPUT_GITHUB_TOKEN: 'x',
      INPUT_WORKFLOW_CONCLUSION: 'success',
      INPUT_REPO: 'o/r',
      INPUT_SKIP_UNPACK: 'true',
      INPUT_PATERN: '*',
      INPUT_COLOUR: 'blue',
      PATH: '/bin'
    }
    expect(findUnknownInputs(env)).toEqual([
      { name: 'colour', suggestion: undefined },
      { name: 'dry_run', suggestion: 'dry-run' },
      { name: 'github_token', suggestion: 'github-token' },
      { name: 'patern', suggestion: 'pattern' },
      { name: 'repo', suggestion: 'repository' },
      { name: 'run_id', suggestion: 'run-id' },
      { name: 'skip_unpack', suggestion: 'skip-decompress' },
      { name: 'workflow_conclusion', suggestion: 'workflow-conclusion' }
    ])
  })

  it('suggests the closest input, the first of equally close ones, none beyond two edits', () => {
    const env = {
      INPUT_PAT: '',
      'INPUT_ONWER-THAN': '',
      'INPUT_DRY-RUNXYZ': '',
      INPUT_IF_NO_ARTIFACT_FOUN: ''
    }
    expect(findUnknownInputs(env)).toEqual([
      { name: 'dry-runxyz', suggestion: undefined },
      // Hyphens for the underscores first, then one edit.
      { name: 'if_no_artifact_foun', suggestion: 'if-no-artifact-found' },
      // 'older-than' and 'newer-than' are two edits away; 'older-than' is declared first.
      { name: 'onwer-than', suggestion: 'older-than' },
      // 'pr' is two edits away, 'path' one.
      { name: 'pat', suggestion: 'path' }
    ])
  })

  it('finds nothing when every input is declared', () => {
    expect(
      findUnknownInputs({ INPUT_OPERATION: 'list', 'INPUT_IF-NO-ARTIFACT-FOUND': '' })
    ).toEqual([])
  })
})

describe('checkInputNames', () => {
  const unknown = [{ name: 'dry_run', suggestion: 'dry-run' }, { name: 'colour' }]

  it('refuses a prune, naming each input and what it meant', () => {
    expect(() => checkInputNames('prune', unknown)).toThrow(InputError)
    expect(() => checkInputNames('prune', unknown)).toThrow(
      "Refusing to prune with inputs this action does not have: 'dry_run' (did you mean 'dry-run'?), 'colour'."
    )
  })

  it('warns on list and download, and says nothing when all is known', () => {
    expect(checkInputNames('list', unknown)).toBe(
      "Ignoring inputs this action does not have: 'dry_run' (did you mean 'dry-run'?), 'colour'. Inputs are kebab-case, as in action.yml."
    )
    expect(checkInputNames('download', unknown)).toContain("'dry_run' (did you mean 'dry-run'?)")
    expect(checkInputNames('prune', [])).toBeUndefined()
  })
})

describe('suggestions by spelling', () => {
  it('offers an input two edits away, and nothing three edits away', () => {
    expect(findUnknownInputs({ INPUT_PATTREN: '*' })).toEqual([
      { name: 'pattren', suggestion: 'pattern' }
    ])
    expect(findUnknownInputs({ INPUT_PTTREN: '*' })).toEqual([
      { name: 'pttren', suggestion: undefined }
    ])
  })

  it('offers the closest of several near inputs', () => {
    // 'limt' is one edit from 'limit' and further from every other input.
    expect(findUnknownInputs({ INPUT_LIMT: '5' })).toEqual([{ name: 'limt', suggestion: 'limit' }])
  })
})
