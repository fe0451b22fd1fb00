/**
 * Where a video's poster frame is taken (seconds): 1 s in, or 10 % of a
 * shorter video; 0 when the duration is unknown.
 *
 * @example
 * ```ts
 * posterTime(4) // 0.4
 * ```
 */
export function posterTime(duration: number): number {
  return Number.isFinite(duration) && duration > 0 ? Math.min(1, duration * 0.1) : 0
}
