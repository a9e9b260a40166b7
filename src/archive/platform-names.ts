import * as path from 'node:path'

/**
 * The name rules of the filesystem each runner writes to, as git applies them with
 * `core.protectNTFS` and `core.protectHFS`: a name that Windows would open as a device, change,
 * or refuse, and two names that Windows or macOS would take for one file, are refused before
 * anything is placed. A pure function of the platform, so that every rule runs in tests on Linux.
 */

/** The operating system whose rules apply (`process.platform` where the action runs). */
export type Platform = NodeJS.Platform

/**
 * Windows' device names, in any case, followed by nothing, spaces, an extension or a stream: as
 * git's `is_valid_win32_path`, with the superscript digits Windows also takes (`COM¹`).
 */
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(?:COM|LPT)[1-9¹²³]) *(?:[.:].*)?$/i

/** What Windows refuses in a file name: `<>:"|?*` and the control characters (tab included). */
function isForbiddenOnWindows(character: string): boolean {
  return character < ' ' || '<>:"|?*'.includes(character)
}

/** NTFS's limit on one component, in UTF-16 units; Linux and macOS say so themselves. */
const WINDOWS_COMPONENT_MAX = 255

function showCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0
  return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${character}'`
}

/** Why one path component cannot be a file or directory name on Windows, or undefined. */
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

/** The components of a relative `/`-separated path, without empty and `.` ones. */
function componentsOf(name: string): string[] {
  return path.posix
    .normalize(name)
    .split('/')
    .filter(part => part !== '' && part !== '.')
}

/**
 * Why the relative path `name` (an archive entry, `/`-separated, or an artifact name) cannot be
 * written on `platform`'s filesystem, or undefined. Only Windows refuses names by themselves;
 * macOS's rules are about two names (see `collisionKey`).
 */
export function describeNameForPlatform(name: string, platform: Platform): string | undefined {
  if (platform !== 'win32') return undefined
  for (const component of componentsOf(name)) {
    const why = describeWindowsComponent(component)
    if (why !== undefined) return why
  }
  return undefined
}

/** Each character by its simple (one to one) uppercase, as NTFS's and APFS's tables fold case. */
function foldCase(name: string): string {
  let folded = ''
  for (const character of name) {
    const upper = character.toUpperCase()
    folded += [...upper].length === 1 ? upper : character
  }
  return folded
}

/**
 * The key under which two relative paths are one file on `platform`: NTFS ignores case; APFS
 * (as macOS formats it by default) ignores case and Unicode normalisation (`café` in NFC and in
 * NFD); Linux's filesystems compare bytes.
 */
export function collisionKey(name: string, platform: Platform): string {
  const normal = path.posix.normalize(name).replace(/\/+$/, '')
  if (platform === 'win32') return foldCase(normal)
  if (platform === 'darwin') return foldCase(normal.normalize('NFD'))
  return normal
}

interface Claim {
  /** The path as an entry spelt it (for a directory only implied, that entry's prefix). */
  name: string
  kind: 'file' | 'directory' | 'implied'
  /** The entry that claimed it. */
  entry: string
}

/**
 * The paths an archive's entries have taken so far, under their `collisionKey`: refuses an entry
 * that the platform would write over an earlier one, or through a file as if it were a directory.
 * Directories implied by several entries (`A/x`, `a/y` on Windows) are one directory, as there.
 */
export class PathClaims {
  private readonly claims = new Map<string, Claim>()

  constructor(private readonly platform: Platform) {}

  /**
   * Takes the relative path `entry` (a directory ends with `/`), or returns why the platform
   * cannot write it: by its name alone (`describeNameForPlatform`) or beside the earlier entries.
   */
  claim(entry: string): string | undefined {
    const unfit = describeNameForPlatform(entry, this.platform)
    if (unfit !== undefined) return unfit
    const parts = componentsOf(entry)
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/')
      const key = collisionKey(prefix, this.platform)
      const held = this.claims.get(key)
      if (held === undefined) this.claims.set(key, { name: prefix, kind: 'implied', entry })
      else if (held.kind === 'file') {
        return `its directory '${prefix}' is the earlier file '${held.name}'${this.describeSpelling(prefix, held)}`
      }
    }
    const name = parts.join('/')
    const key = collisionKey(entry, this.platform)
    const held = this.claims.get(key)
    const directory = entry.endsWith('/')
    if (held === undefined || (directory && held.kind === 'implied')) {
      this.claims.set(key, { name, kind: directory ? 'directory' : 'file', entry })
      return undefined
    }
    if (held.kind === 'implied') {
      return `it is the directory of the earlier entry '${held.entry}'${this.describeSpelling(name, held)}`
    }
    if (held.name === name) return 'the archive holds this path twice'
    return `it is the same ${held.kind} as the earlier entry '${held.entry}'${this.describeSpelling(name, held)}`
  }

  /** Where `name` and what `held` holds are spelt differently, the rule that makes them one. */
  private describeSpelling(name: string, held: Claim): string {
    if (name === held.name) return ''
    return this.platform === 'darwin'
      ? ' on macOS, which ignores case and Unicode normalisation in file names'
      : ' on Windows, which ignores case in file names'
  }
}
