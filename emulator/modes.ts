// The products and versions the emulator can speak as, and how each one's API behaves
// (shared/api-docs).

export type Mode = 'dotcom' | 'ghec' | 'ghes-3.21' | 'ghes-eol' | 'ghes-older'

export interface ModeTraits {
  /** path prefix of the API */
  prefix: string
  /** whether `?name=` is honoured */
  nameFilter: boolean
  /** whether the run listing honours `?direction=` */
  direction: boolean
  /** how `digest` appears */
  digest: 'value' | 'null' | 'absent'
  /** accepted X-GitHub-Api-Version values (null: header ignored) */
  versions: string[] | null
  /** whether rate-limit headers are sent */
  rateLimitHeaders: boolean
  /** whether archives are served from the API's own host */
  sameHostBlobs: boolean
}

/** github.com and Enterprise Cloud document the same endpoint behaviour. */
const CLOUD: ModeTraits = {
  prefix: '',
  nameFilter: true,
  direction: true,
  digest: 'value',
  versions: ['2022-11-28', '2026-03-10'],
  rateLimitHeaders: true,
  sameHostBlobs: false
}

export const MODES: Record<Mode, ModeTraits> = {
  dotcom: CLOUD,
  ghec: CLOUD,
  'ghes-3.21': {
    prefix: '/api/v3',
    nameFilter: true,
    direction: true,
    digest: 'null',
    versions: ['2022-11-28', '2026-03-10'],
    rateLimitHeaders: false,
    sameHostBlobs: true
  },
  'ghes-eol': {
    prefix: '/api/v3',
    nameFilter: true,
    direction: false,
    digest: 'absent',
    versions: ['2022-11-28'],
    rateLimitHeaders: false,
    sameHostBlobs: true
  },
  'ghes-older': {
    prefix: '/api/v3',
    nameFilter: false,
    direction: false,
    digest: 'absent',
    versions: null,
    rateLimitHeaders: false,
    sameHostBlobs: false
  }
}
