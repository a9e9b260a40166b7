import { describe, expect, it } from '@jest/globals'
import { NameList } from '../../src/archive/name-list.js'

describe('NameList', () => {
  it('gives back each name as added: empty, CJK, emoji, combining marks, across blocks', () => {
    const list = new NameList()
    const names = ['', 'a/b.txt', '日本語/ファイル.txt', '😀/🎉.md', 'cafe\u0301', 'x'.repeat(300)]
    const indexes: number[] = []
    for (let i = 0; i < 10_000; i++) indexes.push(list.add(`${names[i % names.length]}-${i}`))
    expect(indexes).toEqual([...Array(10_000).keys()])
    expect(list.length).toBe(10_000)
    for (const i of [0, 1, 2, 3, 4, 5, 4095, 4096, 4097, 9999]) {
      expect(list.get(i)).toBe(`${names[i % names.length]}-${i}`)
    }
  })

  it('keeps a name longer than a block, and an empty name first', () => {
    const list = new NameList()
    const long = 'ü'.repeat(70_000)
    list.add('')
    list.add('short')
    list.add(long)
    list.add('after')
    expect([0, 1, 2, 3].map(i => list.get(i))).toEqual(['', 'short', long, 'after'])
  })

  it('refuses a name that UTF-8 cannot give back, and keeps a paired surrogate', () => {
    const list = new NameList()
    expect(() => list.add('a\uD800b')).toThrow("the name 'a\uD800b' is not well-formed UTF-16")
    expect(() => list.add('\uDC00')).toThrow('not well-formed')
    expect(list.get(list.add('\uD83D\uDE00'))).toBe('😀')
    expect(list.length).toBe(1)
  })
})
