import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Emulator } from '../../emulator/server.js'
import { runAction } from '../../scripts/run-action.mjs'
import { daysAgo, useEmulator } from '../helpers.js'

const start = useEmulator()

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
}

/** The `with:` of examples/org-cleanup.yml's prune step, as the runner fills it in. */
function pruneInputs(token: string, owner: string, repository: string): Record<string, string> {
  const workflow = parse(
    readFileSync(new URL('../../examples/org-cleanup.yml', import.meta.url), 'utf8')
  ) as { jobs: { prune: { steps: Step[] } } }
  const step = workflow.jobs.prune.steps.find(s => s.id === 'prune')
  if (step?.with === undefined) throw new Error('examples/org-cleanup.yml has no prune step')
  const values: Record<string, string> = {
    'steps.token.outputs.token': token,
    'github.repository_owner': owner,
    'matrix.repository': repository
  }
  const inputs = Object.fromEntries(
    Object.entries(step.with).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
        const filled = values[expression]
        if (filled === undefined) throw new Error(`no value for \${{ ${expression} }}`)
        return filled
      })
    ])
  )
  // The runner passes every declared input; the ones the step leaves out get their defaults.
  return { 'if-no-artifact-found': '', ...inputs }
}

/** Four artifacts of `build` older than 30 days and one fresh one, in one repository. */
function seed(repository: { addArtifact: Emulator['addArtifact'] }): void {
  for (let i = 0; i < 4; i++) {
    repository.addArtifact({ name: 'build', createdAt: daysAgo(60 - i), size: 1000 })
  }
  repository.addArtifact({ name: 'build', createdAt: daysAgo(1), size: 1000 })
}

describe('examples/org-cleanup.yml, the per-repository step', () => {
  it('prunes three repositories with one token, stops at the shared reserve, and the next run finishes', async () => {
    // One installation token for the whole organisation: one hourly budget shared by every job.
    // 10% of 5,000 is kept in reserve: 509 left means 9 requests to spend.
    const e = await start({ owner: 'octo-org', repo: 'api', rateLimit: 5000, rateRemaining: 509 })
    const repositories = [e.repositories()[0], e.addRepository('octo-org', 'web')]
    repositories.push(e.addRepository('octo-org', 'docs'))
    for (const repository of repositories) seed(repository)

    const runAll = async () => {
      const outputs: Record<string, string>[] = []
      // max-parallel: 2 in the example; here one after another, as the budget sees them.
      for (const name of ['api', 'web', 'docs']) {
        const run = await runAction({
          apiUrl: e.apiUrl,
          repository: 'octo-org/ops',
          inputs: pruneInputs(e.token, 'octo-org', name)
        })
        expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: '' })
        outputs.push(run.outputs)
      }
      return outputs.map(o => [o['deleted-count'], o['remaining-count']].map(Number))
    }

    // api: 1 listing + 4 deletions; web: 1 listing + 3 deletions, then the reserve is reached;
    // docs: 1 listing and nothing more. Each job still succeeds and says what is left.
    expect(await runAll()).toEqual([
      [4, 0],
      [3, 1],
      [0, 4]
    ])
    expect(e.rate.remaining).toBe(499)
    // The newest of each repository is never touched (keep-latest: 1).
    expect(repositories.map(r => r.liveArtifacts().length)).toEqual([1, 2, 5])

    // The next scheduled run, after the hour resets, picks up where this one stopped.
    e.rate.remaining = 5000
    expect(await runAll()).toEqual([
      [0, 0],
      [1, 0],
      [4, 0]
    ])
    expect(repositories.map(r => r.liveArtifacts().length)).toEqual([1, 1, 1])
    const deletedFrom = new Set(
      e.apiRequests('DELETE').map(r => r.path.split('/').slice(2, 4).join('/'))
    )
    expect([...deletedFrom].sort()).toEqual(['octo-org/api', 'octo-org/docs', 'octo-org/web'])
  })
})
