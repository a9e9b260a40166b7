import * as path from 'node:path'
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

/** FNV-1a. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * Codes by string key, open addressing in typed arrays: a Map would keep every key, and strings
 * kept to the end grow V8's heap. A slot's key is confirmed by its length and `keyOf` (given the
 * key sought: an implied directory's code leaves open how many components its key has).
 */
class CodeTable {
  private hashes = new Uint32Array(1024)
  private lengths = new Uint32Array(1024)
  /** code + 1: 0 is an empty slot */
  private codes = new Float64Array(1024)
  private size = 0

  constructor(private readonly keyOf: (code: number, like: string) => string) {}

  get(key: string): number | undefined {
    const code = this.codes[this.slotOf(key, hashOf(key))]
    return code === 0 ? undefined : code - 1
  }

  set(key: string, code: number): void {
    const hash = hashOf(key)
    const slot = this.slotOf(key, hash)
    if (this.codes[slot] === 0) {
      this.hashes[slot] = hash
      this.lengths[slot] = key.length
      this.size++
    }
    this.codes[slot] = code + 1
    if (4 * this.size > 3 * this.codes.length) this.grow()
  }

  private slotOf(key: string, hash: number): number {
    const mask = this.codes.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.codes[slot]
      if (code === 0) return slot
      const same = this.hashes[slot] === hash && this.lengths[slot] === key.length
      if (same && this.keyOf(code - 1, key) === key) return slot
    }
  }

  private grow(): void {
    const { hashes, lengths, codes } = this
    this.hashes = new Uint32Array(2 * hashes.length)
    this.lengths = new Uint32Array(2 * lengths.length)
    this.codes = new Float64Array(2 * codes.length)
    const mask = this.codes.length - 1
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] === 0) continue
      let slot = hashes[i] & mask
      while (this.codes[slot] !== 0) slot = (slot + 1) & mask
      this.hashes[slot] = hashes[i]
      this.lengths[slot] = lengths[i]
      this.codes[slot] = codes[i]
    }
  }
}

/** Refuses entries the platform would make one file, or write through a file. */
export class PathClaims {
  /** index × 3 + kind by collision key */
  private readonly claims = new CodeTable((code, like) => this.keyOf(code, like))
  private readonly entries = new NameList()

  constructor(private readonly platform: Platform) {}

  /** Why the platform cannot write `entry`, or undefined once it is taken. */
  claim(entry: string): string | undefined {
    const unfit = describeNameForPlatform(entry, this.platform)
    if (unfit !== undefined) return unfit
    const index = this.entries.add(entry)
    const parts = componentsOf(entry)
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/')
      const key = collisionKey(prefix, this.platform)
      const code = this.claims.get(key)
      if (code === undefined) this.claims.set(key, index * KINDS.length)
      else if (kindOf(code) === 'file') {
        const held = this.claimOf(code, key)
        return `its directory '${prefix}' is the earlier file '${held.name}'${this.describeSpelling(prefix, held)}`
      }
    }
    const name = parts.join('/')
    const key = collisionKey(entry, this.platform)
    const code = this.claims.get(key)
    const directory = entry.endsWith('/')
    if (code === undefined || (directory && kindOf(code) === 'implied')) {
      this.claims.set(key, index * KINDS.length + KINDS.indexOf(directory ? 'directory' : 'file'))
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
    const entry = this.entries.get(Math.floor(code / KINDS.length))
    if (kindOf(code) !== 'implied') return collisionKey(entry, this.platform)
    const prefix = componentsOf(entry).slice(0, like.split('/').length)
    return collisionKey(prefix.join('/'), this.platform)
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
