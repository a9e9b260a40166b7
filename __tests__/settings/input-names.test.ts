import { describe, expect, it } from '@jest/globals'
import { Inputs } from '../../src/settings/inputs.js'
import { checkInputNames, findUnknownInputs } from '../../src/settings/input-names.js'
import { downloadPlugin } from '../../src/operations/download/plugin.js'
import { listPlugin } from '../../src/operations/list/plugin.js'
import { prunePlugin } from '../../src/operations/prune/plugin.js'
import { InputError } from '../../src/shared/errors.js'

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
      { name: 'colour', suggestion: undefined, meant: undefined },
      { name: 'dry_run', suggestion: 'dry-run', meant: 'dry-run' },
      { name: 'github_token', suggestion: 'github-token', meant: 'github-token' },
      { name: 'patern', suggestion: 'pattern', meant: 'pattern' },
      { name: 'repo', suggestion: 'repository', meant: 'repository' },
      { name: 'run_id', suggestion: 'run-id', meant: 'run-id' },
      { name: 'skip_unpack', suggestion: 'skip-decompress', meant: 'skip-decompress' },
      {
        name: 'workflow_conclusion',
        suggestion: 'workflow-conclusion',
        meant: 'workflow-conclusion'
      }
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
      { name: 'dry-runxyz', suggestion: undefined, meant: undefined },
      // Hyphens for the underscores first, then one edit.
      {
        name: 'if_no_artifact_foun',
        suggestion: 'if-no-artifact-found',
        meant: 'if-no-artifact-found'
      },
      // 'older-than' and 'newer-than' are two edits away; 'older-than' is declared first.
      { name: 'onwer-than', suggestion: 'older-than', meant: 'older-than' },
      // 'pr' is two edits away, 'path' one.
      { name: 'pat', suggestion: 'path', meant: 'path' }
    ])
  })

  it('finds nothing when every input is declared', () => {
    expect(
      findUnknownInputs({ INPUT_OPERATION: 'list', 'INPUT_IF-NO-ARTIFACT-FOUND': '' })
    ).toEqual([])
  })
})

describe('misspellings of the filters the peers have', () => {
  it("names ref, run-number, min-size, max-size and keep-tagged, and the peers' names", () => {
    const env = {
      INPUT_MIN_SIZE: '1MB',
      INPUT_MAXSIZE: '1MB',
      INPUT_RUN_NUMBER: '12',
      INPUT_SKIP_TAGS: 'true',
      INPUT_KEEP_TAGED: 'true',
      INPUT_REFF: 'v1',
      INPUT_REF: 'v1'
    }
    expect(findUnknownInputs(env)).toEqual([
      { name: 'keep_taged', suggestion: 'keep-tagged', meant: 'keep-tagged' },
      { name: 'maxsize', suggestion: 'max-size', meant: 'max-size' },
      { name: 'min_size', suggestion: 'min-size', meant: 'min-size' },
      { name: 'reff', suggestion: 'ref', meant: 'ref' },
      { name: 'run_number', suggestion: 'run-number (with workflow)', meant: 'run-number' },
      { name: 'skip_tags', suggestion: 'keep-tagged', meant: 'keep-tagged' }
    ])
    // Each chooses what is downloaded: a download refuses them all.
    for (const name of ['min_size', 'maxsize', 'run_number', 'reff']) {
      const found = findUnknownInputs({ [`INPUT_${name.toUpperCase()}`]: 'x' })
      expect(() => checkInputNames(downloadPlugin, found)).toThrow(
        `Refusing to download with inputs this action does not have: '${name}'`
      )
    }
    expect(() =>
      checkInputNames(prunePlugin, findUnknownInputs({ INPUT_SKIP_TAGS: 'true' }))
    ).toThrow(
      "Refusing to prune with inputs this action does not have: 'skip_tags' (did you mean 'keep-tagged'?)."
    )
  })
})

describe('checkInputNames', () => {
  const unknown = [
    { name: 'dry_run', suggestion: 'dry-run', meant: Inputs.DryRun },
    { name: 'colour' }
  ]

  it('refuses a prune, naming each input and what it meant', () => {
    expect(() => checkInputNames(prunePlugin, unknown)).toThrow(InputError)
    expect(() => checkInputNames(prunePlugin, unknown)).toThrow(
      "Refusing to prune with inputs this action does not have: 'dry_run' (did you mean 'dry-run'?), 'colour'."
    )
  })

  it('warns on list, and says nothing when all is known', () => {
    expect(checkInputNames(listPlugin, unknown)).toBe(
      "Ignoring inputs this action does not have: 'dry_run' (did you mean 'dry-run'?), 'colour'. Inputs are kebab-case, as in action.yml."
    )
    expect(checkInputNames(prunePlugin, [])).toBeUndefined()
    expect(checkInputNames(downloadPlugin, [])).toBeUndefined()
  })

  it('refuses a download given a misspelling of an input that chooses or places the bytes', () => {
    const names = [
      'run_id',
      'run_number',
      'min_size',
      'name_is_regexp',
      'artifact_ids',
      'paht',
      'dry_run',
      'allow_forks',
      'digest_mismatch',
      'skip_unpack',
      'overwite'
    ]
    for (const name of names) {
      const found = findUnknownInputs({ [`INPUT_${name.toUpperCase()}`]: 'x', INPUT_COLOUR: 'x' })
      expect(() => checkInputNames(downloadPlugin, found)).toThrow(InputError)
      // Only the ones that change the download are named in the refusal.
      expect(() => checkInputNames(downloadPlugin, found)).toThrow(
        new RegExp(
          `^Refusing to download with inputs this action does not have: '${name}' \\(did you mean '.+'\\?\\)\\. A misspelt input is ignored`
        )
      )
    }
    expect(() =>
      checkInputNames(downloadPlugin, findUnknownInputs({ INPUT_RUN_ID: '5000' }))
    ).toThrow(
      "Refusing to download with inputs this action does not have: 'run_id' (did you mean 'run-id'?). A misspelt input is ignored, which could download other artifacts than meant or put them elsewhere. Inputs are kebab-case, as in action.yml."
    )
  })

  it('only warns a download of a misspelling whose default is the safe side, or of an unknown name', () => {
    const names = [
      'max_wait',
      'if_no_artifact_found',
      'delete_after',
      'github_token',
      'rate_limit_reserve',
      'operations',
      'search_artifacts',
      'use_unzip',
      'workflow_search',
      'colour'
    ]
    for (const name of names) {
      const found = findUnknownInputs({ [`INPUT_${name.toUpperCase()}`]: 'x' })
      expect(checkInputNames(downloadPlugin, found)).toMatch(
        new RegExp(`^Ignoring inputs this action does not have: '${name}'`)
      )
    }
  })
})

describe('names that are Object.prototype properties', () => {
  it('suggests nothing for constructor, __proto__, toString or hasOwnProperty', () => {
    const env = {
      INPUT_CONSTRUCTOR: 'x',
      INPUT___PROTO__: 'x',
      INPUT_TOSTRING: 'x',
      INPUT_HASOWNPROPERTY: 'x'
    }
    const found = findUnknownInputs(env)
    expect(found.map(({ name, suggestion }) => [name, suggestion])).toEqual([
      ['constructor', undefined],
      ['hasownproperty', undefined],
      ['tostring', undefined],
      ['__proto__', undefined]
    ])
    expect(checkInputNames(downloadPlugin, found)).toBe(
      "Ignoring inputs this action does not have: 'constructor', 'hasownproperty', 'tostring', '__proto__'. Inputs are kebab-case, as in action.yml."
    )
  })
})

describe('suggestions by spelling', () => {
  it('offers an input two edits away, and nothing three edits away', () => {
    expect(findUnknownInputs({ INPUT_PATTREN: '*' })).toEqual([
      { name: 'pattren', suggestion: 'pattern', meant: 'pattern' }
    ])
    expect(findUnknownInputs({ INPUT_PTTREN: '*' })).toEqual([
      { name: 'pttren', suggestion: undefined, meant: undefined }
    ])
  })

  it('offers the closest of several near inputs', () => {
    // 'limt' is one edit from 'limit' and further from every other input.
    expect(findUnknownInputs({ INPUT_LIMT: '5' })).toEqual([
      { name: 'limt', suggestion: 'limit', meant: 'limit' }
    ])
  })
})
