import { describe, expect, it } from '@jest/globals'
import { globFromRegex, looksLikeRegex, regexPatternWarnings } from '../../src/core/patterns.js'

describe('patterns that read like regular expressions', () => {
  it.each(['^build-.*$', 'build-\\d+', '(linux|mac)-dist', 'cov.*', 'a.+b', '[0-9]+'])(
    'recognises %p',
    pattern => expect(looksLikeRegex(pattern)).toBe(true)
  )

  it.each(['build-*', 'coverage', '*.zip', 'dist-?', '{linux,mac}-dist', 'v1.2'])(
    'leaves the glob %p alone',
    pattern => expect(looksLikeRegex(pattern)).toBe(false)
  )

  it.each([
    ['^build-.*$', 'build-*'],
    ['^coverage$', 'coverage'],
    ['(linux|mac)-dist', '*{linux,mac}-dist*'],
    ['^report\\.v.$', 'report.v?'],
    ['^a.+b$', 'a?*b'],
    ['^(linux|mac|win)-dist$', '{linux,mac,win}-dist'],
    ['.*dist', '*dist*']
  ])('offers the glob %p most likely meant: %p', (pattern, glob) => {
    expect(globFromRegex(pattern)).toBe(glob)
  })

  it('offers nothing where the meaning is not obvious', () => {
    expect(globFromRegex('build-\\d+')).toBeUndefined()
    // Anchors only count at the ends: inside a name they leave the meaning open.
    expect(globFromRegex('a^b.*')).toBeUndefined()
    expect(globFromRegex('a$b.*')).toBeUndefined()
  })

  it('warns only for regular-expression patterns that matched nothing', () => {
    const names = ['build-1', 'build-2', 'coverage']
    expect(regexPatternWarnings(['^build-.*$', 'cov*', '!^x$', 'build-1'], names)).toEqual([
      "Pattern '^build-.*$' matched no artifact name and reads like a regular expression, but patterns are globs (minimatch): did you mean 'build-*'?",
      "Pattern '^x$' matched no artifact name and reads like a regular expression, but patterns are globs (minimatch): did you mean 'x'?"
    ])
    expect(regexPatternWarnings(['^build-.*$'], [])).toHaveLength(1)
    expect(regexPatternWarnings(['cov.*'], ['cov.*'])).toEqual([])
    // A glob that matched nothing is not this warning's business.
    expect(regexPatternWarnings(['nothing-*'], names)).toEqual([])
    expect(regexPatternWarnings(['build-\\d+'], names)).toEqual([
      "Pattern 'build-\\d+' matched no artifact name and reads like a regular expression, but patterns are globs (minimatch)"
    ])
  })
})
