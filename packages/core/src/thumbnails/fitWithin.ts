/**
 * The size of `width` × `height` scaled down (never up) so that its longest
 * side is at most `maxSize`, each side at least 1 pixel.
 *
 * @example
 * ```ts
 * fitWithin(4000, 3000, 320) // { width: 320, height: 240 }
 * ```
 */
export function fitWithin(width: number, height: number, maxSize: number): { width: number; height: number } {
  const scale = Math.min(1, maxSize / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}
