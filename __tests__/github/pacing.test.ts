import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/server.js'
import { deleteArtifact } from '../../src/github/artifacts.js'
import { createClient } from '../../src/github/client.js'
import { DOCUMENTED_WRITE_INTERVAL_MS } from '../../src/github/pacing.js'
import { clientFor, useEmulator } from '../helpers.js'

const start = useEmulator()

/** Gaps between the end of each DELETE and the start of the next, as the server saw them. */
function gaps(e: Emulator): number[] {
  const sent = e.apiRequests('DELETE')
  return sent.slice(1).map((request, i) => request.at - (sent[i].endedAt ?? Infinity))
}

describe('write pacing', () => {
  it('sends writes one at a time, each a full interval after the previous one ended', async () => {
    const e = await start({ latencyMs: 120 })
    for (let id = 1; id <= 4; id++) e.addArtifact({ id })
    const { client } = clientFor(e, { writeIntervalMs: 200 })
    // Asked for all at once: the client still sends them one after another.
    await Promise.all(
      [1, 2, 3, 4].map(id => deleteArtifact(client, e.owner, e.repo, { id, name: 'x' }))
    )
    const sent = e.apiRequests('DELETE')
    expect(sent).toHaveLength(4)
    expect(sent.map(r => r.concurrentWrites)).toEqual([0, 0, 0, 0])
    // Measured from the end: with 120 ms of latency, spacing the starts would leave 80 ms.
    for (const gap of gaps(e)) expect(gap).toBeGreaterThanOrEqual(195)
  })

  it('waits the documented second between writes by default', async () => {
    expect(DOCUMENTED_WRITE_INTERVAL_MS).toBe(1000)
    const e = await start()
    e.addArtifact({ id: 1 })
    e.addArtifact({ id: 2 })
    const client = createClient({ token: e.token, apiUrl: e.apiUrl })
    await deleteArtifact(client, e.owner, e.repo, { id: 1, name: 'a' })
    await deleteArtifact(client, e.owner, e.repo, { id: 2, name: 'b' })
    expect(gaps(e)[0]).toBeGreaterThanOrEqual(995)
  })

  it('does not pace reads', async () => {
    const e = await start()
    const { client } = clientFor(e, { writeIntervalMs: 5000 })
    const began = Date.now()
    for (let i = 0; i < 3; i++) {
      await client.octokit.rest.actions.listArtifactsForRepo({ owner: e.owner, repo: e.repo })
    }
    expect(e.apiRequests('GET')).toHaveLength(3)
    expect(Date.now() - began).toBeLessThan(5000)
  })

  it('starts no write once the signal is aborted during the wait', async () => {
    const e = await start()
    e.addArtifact({ id: 1 })
    e.addArtifact({ id: 2 })
    const controller = new AbortController()
    const { client } = clientFor(e, { writeIntervalMs: 10_000, signal: controller.signal })
    await deleteArtifact(client, e.owner, e.repo, { id: 1, name: 'a' })
    const second = deleteArtifact(client, e.owner, e.repo, { id: 2, name: 'b' })
    setTimeout(() => controller.abort(), 50)
    await expect(second).rejects.toThrow()
    expect(e.apiRequests('DELETE')).toHaveLength(1)
  })
})
