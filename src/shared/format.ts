const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** Bytes in human units: `0 B`, `512 B`, `1.5 KiB`, `2.0 GiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${value} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit]}`
}

/** A count with thousands separators: `1,234`. */
export function formatCount(count: number): string {
  // Not toLocaleString: loading ICU's number formatting costs ~15 ms of the action's start-up.
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Seconds with one decimal: `2.5 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** An instant as `2026-11-21 14:05 UTC`. */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The first `max` items joined by commas, then `and N more` for the rest. */
export function formatFirst(items: readonly string[], max = 5): string {
  const more = items.length - max
  return `${items.slice(0, max).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
}
