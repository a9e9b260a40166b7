// criteriaFrom (src/core/criteria.ts): the client-side filters of a selection and the rules an
// operation adds, with every rule not given switched off.
import { describe, expect, it } from '@jest/globals'
import { criteriaFrom } from '../../src/core/criteria.js'
import type { SelectionSettings } from '../../src/settings/selection.js'

const selection: SelectionSettings = {
  names: ['build'],
  patterns: ['log-*', '!log-debug'],
  artifactIds: [7, 9],
  runId: 42,
  branch: 'main',
  commit: 'abc123',
  pr: 5,
  workflow: 'ci.yml',
  workflowConclusion: 'success',
  event: 'push',
  olderThan: new Date('2026-11-01T00:00:00Z'),
  newerThan: new Date('2026-10-01T00:00:00Z'),
  keepLatest: 2,
  limit: 10
}

describe('criteriaFrom', () => {
  it('copies the filters of the selection and leaves out what needs a lookup first', () => {
    expect(criteriaFrom(selection, { limitFrom: 'oldest' })).toEqual({
      names: ['build'],
      patterns: ['log-*', '!log-debug'],
      artifactIds: [7, 9],
      runId: 42,
      branch: 'main',
      commit: 'abc123',
      olderThan: new Date('2026-11-01T00:00:00Z'),
      newerThan: new Date('2026-10-01T00:00:00Z'),
      keepLatest: 2,
      limit: 10,
      limitFrom: 'oldest',
      excludeExpired: false,
      excludeForks: false,
      newestPerName: false
    })
  })

  it('passes a selection field on as it is, unless a lookup resolves it', () => {
    const future = { ...selection, largerThanLast: 3 } as SelectionSettings
    expect(criteriaFrom(future, { limitFrom: 'oldest' })).toMatchObject({ largerThanLast: 3 })
  })

  it('switches on the rules an operation gives and keeps the others off', () => {
    const criteria = criteriaFrom(
      { names: [], patterns: [], artifactIds: [] },
      { limitFrom: 'newest', excludeExpired: true, newestPerName: true }
    )
    expect(criteria).toEqual({
      names: [],
      patterns: [],
      artifactIds: [],
      runId: undefined,
      branch: undefined,
      commit: undefined,
      olderThan: undefined,
      newerThan: undefined,
      keepLatest: undefined,
      limit: undefined,
      limitFrom: 'newest',
      excludeExpired: true,
      excludeForks: false,
      newestPerName: true
    })
    expect(criteriaFrom(selection, { limitFrom: 'newest', excludeForks: true }).excludeForks).toBe(
      true
    )
  })

  it('copies the sizes, and a branch or commit that ref names without a lookup', () => {
    const none: SelectionSettings = { names: [], patterns: [], artifactIds: [] }
    const of = (extra: Partial<SelectionSettings>) =>
      criteriaFrom({ ...none, ...extra }, { limitFrom: 'oldest' })
    expect(of({ minSize: 10, maxSize: 20 })).toMatchObject({ minSize: 10, maxSize: 20 })
    expect(of({ ref: { kind: 'branch', name: 'dev' } })).toMatchObject({ branch: 'dev' })
    expect(of({ ref: { kind: 'commit', sha: 'abcdef1' } })).toMatchObject({ commit: 'abcdef1' })
    // A tag's commit, and whether a bare name is a tag, are the lookup's to say.
    for (const ref of [
      { kind: 'tag', name: 'v1' },
      { kind: 'tag-or-branch', name: 'v1' }
    ] as const) {
      const criteria = of({ ref })
      expect([criteria.branch, criteria.commit]).toEqual([undefined, undefined])
    }
  })
})
