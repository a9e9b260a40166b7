import * as path from 'node:path'
import { CodeTable, keyedHash } from './code-table.js'
import { NameList } from './name-list.js'

// git's protectNTFS and protectHFS rules; pure, so all run in tests on Linux.

export type Platform = NodeJS.Platform

/** As git's `is_valid_win32_path`, plus the superscript digits Windows takes too. */
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(?:COM|LPT)[1-9¹²³]) *(?:[.:].*)?$/i

function isForbiddenOnWindows(character: string): boolean {
  return character < ' ' || '<>:"|?*'.includes(character)
}

/** Linux and macOS enforce theirs. */
const WINDOWS_COMPONENT_MAX = 255

function showCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0
  return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${character}'`
}

function describeWindowsComponent(component: string): string | undefined {
  if (WINDOWS_DEVICE.test(component)) {
    return `'${component}' is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9 with any extension, in any case): Windows would open the device, not a file`
  }
  const forbidden = [...component].find(isForbiddenOnWindows)
  if (forbidden !== undefined) {
    return `'${component}' holds the character ${showCharacter(forbidden)}, which Windows does not allow in a file name (< > : " | ? * and control characters)`
  }
  if (/[. ]$/.test(component)) {
    return `'${component}' ends with a ${component.endsWith('.') ? 'dot' : 'space'}, which Windows drops from a file name: it would be written under another name`
  }
  if (component.length > WINDOWS_COMPONENT_MAX) {
    return `a path component of ${component.length} characters is longer than the ${WINDOWS_COMPONENT_MAX} that Windows allows`
  }
  return undefined
}

function componentsOf(name: string): string[] {
  return path.posix
    .normalize(name)
    .split('/')
    .filter(part => part !== '' && part !== '.')
}

/** Only Windows refuses a name by itself; macOS merges two (see `collisionKey`). */
export function describeNameForPlatform(name: string, platform: Platform): string | undefined {
  if (platform !== 'win32') return undefined
  for (const component of componentsOf(name)) {
    const why = describeWindowsComponent(component)
    if (why !== undefined) return why
  }
  return undefined
}

/** Simple (one to one) uppercase, as NTFS and APFS fold case. */
function foldCase(name: string): string {
  let folded = ''
  for (const character of name) {
    const upper = character.toUpperCase()
    folded += [...upper].length === 1 ? upper : character
  }
  return folded
}

/** NTFS ignores case, APFS case and normalisation; Linux compares bytes. */
export function collisionKey(name: string, platform: Platform): string {
  const normal = path.posix.normalize(name).replace(/\/+$/, '')
  if (platform === 'win32') return foldCase(normal)
  if (platform === 'darwin') return foldCase(normal.normalize('NFD'))
  return normal
}

interface Claim {
  /** for an implied directory, the entry's prefix */
  name: string
  kind: 'file' | 'directory' | 'implied'
  /** The entry that claimed it. */
  entry: string
}

const KINDS = ['implied', 'file', 'directory'] as const

function kindOf(code: number): Claim['kind'] {
  return KINDS[code % KINDS.length]
}

/** Refuses entries the platform would make one file, or write through a file. */
export class PathClaims {
  /** index × 3 + kind by collision key */
  private readonly claims: CodeTable
  private readonly entries = new NameList()

  /** `hash`: a keyed hash unless a test needs names that collide. */
  constructor(
    private readonly platform: Platform,
    hash: (key: string) => number = keyedHash()
  ) {
    this.claims = new CodeTable((code, like) => this.keyOf(code, like), hash)
  }

  /** Why the platform cannot write `entry`, or undefined once it is taken. */
  claim(entry: string): string | undefined {
    const unfit = describeNameForPlatform(entry, this.platform)
    if (unfit !== undefined) return unfit
    const index = this.entries.add(entry)
    const parts = componentsOf(entry)
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/')
      const key = collisionKey(prefix, this.platform)
      const code = this.claims.claim(key, index * KINDS.length)
      if (code !== undefined && kindOf(code) === 'file') {
        const held = this.claimOf(code, key)
        return `its directory '${prefix}' is the earlier file '${held.name}'${this.describeSpelling(prefix, held)}`
      }
    }
    const name = parts.join('/')
    const key = collisionKey(entry, this.platform)
    const directory = entry.endsWith('/')
    const own = index * KINDS.length + KINDS.indexOf(directory ? 'directory' : 'file')
    const code = this.claims.claim(key, own)
    if (code === undefined) return undefined
    if (directory && kindOf(code) === 'implied') {
      this.claims.set(key, own)
      return undefined
    }
    const held = this.claimOf(code, key)
    if (held.kind === 'implied') {
      return `it is the directory of the earlier entry '${held.entry}'${this.describeSpelling(name, held)}`
    }
    if (held.name === name) return 'the archive holds this path twice'
    return `it is the same ${held.kind} as the earlier entry '${held.entry}'${this.describeSpelling(name, held)}`
  }

  /** The key `code` was stored under: of as many components as `like` for an implied one. */
  private keyOf(code: number, like: string): string {
    const held = this.claimOf(code, like)
    return collisionKey(held.kind === 'implied' ? held.name : held.entry, this.platform)
  }

  private claimOf(code: number, key: string): Claim {
    const kind = kindOf(code)
    const entry = this.entries.get(Math.floor(code / KINDS.length))
    const parts = componentsOf(entry)
    // An implied directory has as many components as its key.
    const name = (kind === 'implied' ? parts.slice(0, key.split('/').length) : parts).join('/')
    return { name, kind, entry }
  }

  private describeSpelling(name: string, held: Claim): string {
    if (name === held.name) return ''
    return this.platform === 'darwin'
      ? ' on macOS, which ignores case and Unicode normalisation in file names'
      : ' on Windows, which ignores case in file names'
  }
}
