/**
 * Characters that HFS+ ignores when it compares names: macOS opens `.g\u200Cit` as `.git`.
 * Git skips the same ones (`is_hfs_dotgit` in its `utf8.c`).
 */
const HFS_IGNORED = /[\u200C-\u200F\u202A-\u202E\u206A-\u206F\uFEFF]/g

/**
 * `.git` as the filesystems of the runners read it: any case (NTFS, APFS and HFS+ ignore case),
 * trailing dots and spaces (Windows drops them), an NTFS alternate stream (`.git::$INDEX_ALLOCATION`)
 * and the NTFS short name `GIT~1`. The same rule as git's own `verify_path` for tree entries.
 */
const DOT_GIT = /^(?:\.git|git~1)[. ]*(?::.*)?$/i

/** True when one path component names a `.git` directory on some runner's filesystem. */
export function isDotGit(component: string): boolean {
  return DOT_GIT.test(component.replace(HFS_IGNORED, ''))
}

/**
 * True when any component of a relative path (separated by `/` or `\`) names `.git`. A file
 * written there would become the checkout's configuration or hooks, and the job's next `git`
 * command would run what the artifact says (`core.fsmonitor`, `hooks/post-checkout`).
 */
export function hasDotGitComponent(name: string): boolean {
  return name.split(/[/\\]/).some(isDotGit)
}
