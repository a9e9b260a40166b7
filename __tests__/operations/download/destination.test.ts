// The `path` input as each runner's filesystem reads it, tested here with path.win32 and
// path.posix by passing the platform.
import { describe, expect, it } from '@jest/globals'
import { resolveDestination } from '../../../src/operations/download/settings.js'

const WIN_HOME = 'C:\\Users\\runneradmin'
const WIN_CWD = 'D:\\a\\repo\\repo'

function onWindows(value: string): string {
  return resolveDestination(value, 'win32', WIN_HOME, WIN_CWD)
}

function onPosix(value: string, platform: NodeJS.Platform = 'linux'): string {
  return resolveDestination(value, platform, '/home/runner', '/home/runner/work/repo')
}

describe('resolveDestination on win32', () => {
  it('expands ~, ~\\ and ~/ to the home directory', () => {
    expect(onWindows('~')).toBe(WIN_HOME)
    expect(onWindows('~\\dl')).toBe(`${WIN_HOME}\\dl`)
    expect(onWindows('~/dl/sub')).toBe(`${WIN_HOME}\\dl\\sub`)
    expect(onWindows('~user\\dl')).toBe(`${WIN_CWD}\\~user\\dl`)
  })

  it('takes drive letters, either slash, UNC and long-path prefixes as Windows does', () => {
    expect(onWindows('E:\\out')).toBe('E:\\out')
    expect(onWindows('e:/out/sub')).toBe('e:\\out\\sub')
    expect(onWindows('out/sub\\deep')).toBe(`${WIN_CWD}\\out\\sub\\deep`)
    expect(onWindows('\\out')).toBe('D:\\out')
    expect(onWindows('\\\\server\\share\\dl')).toBe('\\\\server\\share\\dl')
    expect(onWindows('//server/share/dl')).toBe('\\\\server\\share\\dl')
    expect(onWindows('\\\\?\\C:\\very\\long')).toBe('\\\\?\\C:\\very\\long')
  })

  it('keeps a destination longer than 260 characters whole (Node writes it as \\\\?\\)', () => {
    const deep = Array(30).fill('directory').join('\\')
    expect(onWindows(deep)).toBe(`${WIN_CWD}\\${deep}`)
    expect(onWindows(deep).length).toBeGreaterThan(260)
  })
})

describe('resolveDestination on linux and darwin', () => {
  it('expands ~ and ~/ only; a backslash is part of a name', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(onPosix('~', platform)).toBe('/home/runner')
      expect(onPosix('~/dl', platform)).toBe('/home/runner/dl')
      expect(onPosix('~\\dl', platform)).toBe('/home/runner/work/repo/~\\dl')
      expect(onPosix('C:\\out', platform)).toBe('/home/runner/work/repo/C:\\out')
      expect(onPosix('/abs//x/', platform)).toBe('/abs/x')
    }
  })
})
