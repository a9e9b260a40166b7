const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** `1.5 KiB` */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${value} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit]}`
}

/** `1,234` */
export function formatCount(count: number): string {
  // Not toLocaleString: see docs/performance.md.
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `2.5 s` */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** `2026-11-21 14:05 UTC` */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** `a, b and 3 more` */
export function formatFirst(items: readonly string[], max = 5): string {
  const more = items.length - max
  return `${items.slice(0, max).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
}
