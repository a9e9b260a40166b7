/** HFS+ ignores these: `.g\u200Cit` opens `.git` (git's `is_hfs_dotgit`). */
const HFS_IGNORED = /[\u200C-\u200F\u202A-\u202E\u206A-\u206F\uFEFF]/g

/** `.git` as any runner reads it, as git's `verify_path`. */
const DOT_GIT = /^(?:\.git|git~1)[. ]*(?::.*)?$/i

export function isDotGit(component: string): boolean {
  return DOT_GIT.test(component.replace(HFS_IGNORED, ''))
}

/** A `.git` file would become the checkout's config or hooks, run by the next `git`. */
export function hasDotGitComponent(name: string): boolean {
  return name.split(/[/\\]/).some(isDotGit)
}
