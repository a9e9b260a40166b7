import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createStaging, placeFile, placeTree } from '../src/download/place.js'
import { listFiles, tempDir } from './helpers.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function root(): string {
  const dir = tempDir()
  dirs.push(dir)
  return dir
}

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
})
