// mapPool (src/shared/pool.ts): results in the order of the items, at most `limit` tasks at once.
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from '@jest/globals'
import { mapPool } from '../../src/shared/pool.js'

/** Runs mapPool over `items`, each task taking `delays[i]` ms; reports the most at once. */
async function run(
  items: number[],
  limit: number,
  delays: number[]
): Promise<{ results: string[]; most: number; started: number[] }> {
  let running = 0
  let most = 0
  const started: number[] = []
  const results = await mapPool(items, limit, async (item, index) => {
    started.push(index)
    running++
    most = Math.max(most, running)
    await sleep(delays[index] ?? 0)
    running--
    return `${item}@${index}`
  })
  return { results, most, started }
}

describe('mapPool', () => {
  it('resolves with the results in the order of the items, whatever order they end in', async () => {
    const { results, started } = await run([5, 6, 7, 8], 4, [40, 5, 30, 1])
    expect(results).toEqual(['5@0', '6@1', '7@2', '8@3'])
    expect(started).toEqual([0, 1, 2, 3])
  })

  it('runs at most `limit` tasks at once, starting them in order', async () => {
    const { results, most, started } = await run([1, 2, 3, 4, 5], 2, [20, 5, 5, 5, 5])
    expect(results).toEqual(['1@0', '2@1', '3@2', '4@3', '5@4'])
    expect(most).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4])
  })

  it('runs one at a time when the limit is below one', async () => {
    const { results, most } = await run([1, 2, 3], 0, [5, 5, 5])
    expect(results).toEqual(['1@0', '2@1', '3@2'])
    expect(most).toBe(1)
  })

  it('runs every item at once when the limit is above their number', async () => {
    const { most } = await run([1, 2, 3], 10, [20, 20, 20])
    expect(most).toBe(3)
  })

  it('resolves with nothing, starting nothing, for no items', async () => {
    const { results, started } = await run([], 3, [])
    expect(results).toEqual([])
    expect(started).toEqual([])
  })
})
