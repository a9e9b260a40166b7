import { describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Emulator } from '../../emulator/server.js'
import { runAction } from '../../scripts/run-action.mjs'
import { itOn, useEmulator } from '../helpers.js'

const start = useEmulator()

/** Runs the bundle and sends SIGTERM once `ready` says so; resolves with the run and the time sent. */
async function terminateWhen(e: Emulator, inputs: Record<string, string>, ready: () => boolean) {
  let child: ChildProcess | undefined
  const running = runAction({
    apiUrl: e.apiUrl,
    inputs: { 'github-token': e.token, repository: e.repository, ...inputs },
    timeoutMs: 60_000,
    onSpawn: spawned => (child = spawned)
  })
  while (!ready()) await sleep(20)
  const sentAt = Date.now()
  child?.kill('SIGTERM')
  const run = await running
  return { run, sentAt, endedIn: Date.now() - sentAt }
}

describe('SIGTERM ends the step within a few seconds', () => {
  it('ends a listing that hangs', async () => {
    const e = await start()
    e.addFault({ path: '/repos/octo-org/octo-repo/actions/artifacts', kind: 'hang', times: 10 })
    const { run, endedIn } = await terminateWhen(
      e,
      { operation: 'list' },
      () => e.requests.length > 0
    )
    expect(endedIn).toBeLessThan(4000)
    expect(run.code).not.toBe(0)
    expect(e.apiRequests()).toHaveLength(1)
  })

  itOn('posix', 'Windows has no SIGTERM: kill() ends the process at once, no handler runs')(
    'starts no further DELETE in a prune',
    async () => {
      const e = await start()
      for (let i = 0; i < 10; i++) e.addArtifact({ name: 'old' })
      const { run, sentAt, endedIn } = await terminateWhen(
        e,
        { operation: 'prune', name: 'old' },
        () => e.apiRequests('DELETE').length >= 2
      )
      expect(endedIn).toBeLessThan(4000)
      expect(e.apiRequests('DELETE').filter(r => r.at > sentAt)).toEqual([])
      expect(run.stdout).toContain('Received SIGTERM')
      expect(run.outputs['deleted-count']).toBe(String(e.apiRequests('DELETE').length))
    }
  )
})
