/**
 * Largest `width`/`height` in pixels a sign request may carry.
 *
 * @example
 * ```ts
 * if (width > PRESIGN_MAX_DIMENSION) throw new RangeError('too wide')
 * ```
 */
export const PRESIGN_MAX_DIMENSION = 100_000

/**
 * Largest `duration` in seconds a sign request may carry (a week).
 *
 * @example
 * ```ts
 * const seconds = Math.min(duration, PRESIGN_MAX_DURATION)
 * ```
 */
export const PRESIGN_MAX_DURATION = 604_800

/**
 * Most files one batch sign request may carry.
 *
 * @example
 * ```ts
 * const batches = Math.ceil(files.length / PRESIGN_BATCH_LIMIT)
 * ```
 */
export const PRESIGN_BATCH_LIMIT = 50
