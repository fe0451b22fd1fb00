/** Smoothed bytes per second from samples of a growing byte count. */
export interface RateMeter {
  /** Records `bytes` at `now` (ms) and returns the rate; a sample with unchanged bytes returns the last rate. */
  sample(bytes: number, now: number): number
}

/**
 * For the first `tau` ms (and until there is a rate) the rate is the average
 * since the first sample, so it is there from the first progress tick; after that an exponentially
 * weighted moving average with time constant `tau`, so one slow or fast tick
 * does not swing the time left. Bytes going down (a restart) start over.
 */
export function createRateMeter(tau = 2000): RateMeter {
  let t0 = NaN
  let b0 = 0
  let t = 0
  let b = 0
  let rate = 0
  return {
    sample(bytes, now) {
      if (!(bytes >= b) || t0 !== t0) {
        t0 = t = now
        b0 = b = bytes
        return (rate = 0)
      }
      if (bytes === b || now <= t) return rate
      const since = now - t0
      rate = since < tau || !rate ? ((bytes - b0) * 1000) / since : rate + (((bytes - b) * 1000) / (now - t) - rate) * (1 - Math.exp((t - now) / tau))
      t = now
      b = bytes
      return rate
    },
  }
}
