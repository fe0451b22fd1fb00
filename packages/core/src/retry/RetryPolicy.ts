/**
 * How the browser retries its requests: sign calls, every storage request and
 * commits all go through this one policy (see {@link withRetry}).
 *
 * @example
 * ```ts
 * createUploader({ provider: 'presign', retry: { retries: 5, stallTimeout: 60_000 } })
 * ```
 */
export interface RetryPolicy {
  /** Retries of one step after its first attempt (network errors, 5xx, 429, stalls). Default 3. */
  readonly retries: number
  /** Backoff before the first retry, ms; doubles each time, with full jitter. Default 500. */
  readonly baseDelay: number
  /** Longest backoff, ms. Default 8000. */
  readonly maxDelay: number
  /** No retry starts later than this many ms after the step's first attempt, or after the last progress of a later one (time offline not counted). Default 120000. */
  readonly deadline: number
  /**
   * An upload that reports no progress for this many ms is aborted and retried. Once its last byte
   * is sent the storage gets four times as long to answer (it may still be hashing). Default 30000.
   */
  readonly stallTimeout: number
}

/** The defaults of {@link RetryPolicy}. */
export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelay: 500, maxDelay: 8000, deadline: 120_000, stallTimeout: 30_000 }

/** {@link defaultRetryPolicy} with `overrides` applied. */
export const resolveRetryPolicy = (overrides?: Partial<RetryPolicy>): RetryPolicy => ({ ...defaultRetryPolicy, ...overrides })

/** Backoff before retry `attempt` (0-based): full jitter over `baseDelay · 2^attempt`, capped. */
export const backoffDelay = (policy: RetryPolicy, attempt: number, random: () => number = Math.random): number =>
  Math.round(random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt))
