/**
 * The server's time as the browser can tell it: `Date.now()` plus an offset
 * learnt from the `Date` of sign responses or a storage's skew error, so
 * requests signed in the browser (OSS V1, SigV4) carry a time the storage
 * accepts even when the device clock is off. One per controller.
 *
 * @example
 * ```ts
 * const clock = createClock()
 * clock.sync(Date.parse(response.headers.get('date')!))
 * new Date(clock.now()).toUTCString()
 * ```
 */
export interface Clock {
  /** Corrected epoch ms. */
  now(): number
  /** ms added to `Date.now()`. */
  readonly offset: number
  /**
   * Learns the server's time (epoch ms, read when the answer arrived). Offsets
   * under {@link CLOCK_TOLERANCE_MS} are ignored (HTTP dates have 1 s steps).
   * Returns whether the offset changed.
   */
  sync(serverTime: number): boolean
}

/** Differences the clock ignores, ms. */
export const CLOCK_TOLERANCE_MS = 5_000

/** A new {@link Clock} with no offset. */
export function createClock(): Clock {
  let offset = 0
  return {
    now: () => Date.now() + offset,
    get offset() {
      return offset
    },
    sync(serverTime) {
      if (!Number.isFinite(serverTime)) return false
      const next = serverTime - Date.now()
      if (Math.abs(next - offset) < CLOCK_TOLERANCE_MS) return false
      offset = Math.abs(next) < CLOCK_TOLERANCE_MS ? 0 : next
      return true
    },
  }
}
