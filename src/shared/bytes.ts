/** The sum of `size_in_bytes`. */
export function totalBytes(artifacts: readonly { size_in_bytes: number }[]): number {
  return artifacts.reduce((sum, a) => sum + a.size_in_bytes, 0)
}
