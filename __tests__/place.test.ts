import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createStaging, placeFile, placeTree } from '../src/archive/place.js'
import { listFiles, useTempDirs } from './helpers.js'

const root = useTempDirs()

describe('placeTree', () => {
  it('lets several artifacts create the same directories at once', async () => {
    const dest = root()
    const staged = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const staging = await createStaging(dest)
        mkdirSync(join(staging, 'shared', 'deep'), { recursive: true })
        writeFileSync(join(staging, 'shared', 'deep', `f${i}.txt`), String(i))
        return staging
      })
    )
    await Promise.all(staged.map(staging => placeTree(dest, staging, dest)))
    const files = listFiles(dest).filter(f => f.startsWith('shared/'))
    expect(files).toHaveLength(12)
    expect(readFileSync(join(dest, 'shared', 'deep', 'f7.txt'), 'utf8')).toBe('7')
  })

  it('refuses to replace a directory with a file', async () => {
    const dest = root()
    mkdirSync(join(dest, 'report'))
    const staging = await createStaging(dest)
    writeFileSync(join(staging, 'report'), 'file')
    await expect(placeFile(dest, join(staging, 'report'), join(dest, 'report'))).rejects.toThrow(
      `${join(dest, 'report')} exists and is a directory; not replacing it`
    )
  })

  it('refuses a target outside the destination, however it was made', async () => {
    const parent = root()
    const dest = join(parent, 'dest')
    const staging = await createStaging(dest)
    writeFileSync(join(staging, 'f'), 'f')
    await expect(placeFile(dest, join(staging, 'f'), join(dest, '..', 'f'))).rejects.toThrow(
      'is outside the destination'
    )
    expect(listFiles(parent).filter(f => !f.includes('.artifact-ops-'))).toEqual([])
  })
})
