/** Options of {@link fetchWithRetry}. */
export interface FetchWithRetryOptions {
  readonly fetch: typeof globalThis.fetch
  readonly init: RequestInit
  /** Extra attempts after the first. */
  readonly retries: number
  /** Per-attempt timeout. */
  readonly timeoutMs: number
  /** Delay before retry `n` (0-based). */
  readonly delay: (retry: number) => number
  /** Aborts the whole operation (the browser went away). */
  readonly signal?: AbortSignal | undefined
}

/** How a {@link fetchWithRetry} call ended. */
export type FetchWithRetryResult =
  | { readonly ok: true; readonly response: Response; readonly attempts: number }
  | { readonly ok: false; readonly reason: string; readonly attempts: number; readonly aborted: boolean }

/**
 * Fetches `url`, retrying with backoff on 5xx answers, network errors and
 * timeouts only; any other answer (2xx, 3xx, 4xx) is returned at once.
 */
export async function fetchWithRetry(url: string, options: FetchWithRetryOptions): Promise<FetchWithRetryResult> {
  let reason = 'no attempt made'
  let attempts = 0
  for (let retry = 0; retry <= options.retries; retry++) {
    if (retry > 0) {
      const slept = await sleep(options.delay(retry - 1), options.signal)
      if (!slept) return { ok: false, reason: 'aborted', attempts, aborted: true }
    }
    if (options.signal?.aborted) return { ok: false, reason: 'aborted', attempts, aborted: true }
    attempts++
    const timeout = AbortSignal.timeout(options.timeoutMs)
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
    try {
      const response = await options.fetch(url, { ...options.init, signal })
      if (response.status < 500) return { ok: true, response, attempts }
      reason = `HTTP ${response.status}`
      await response.body?.cancel().catch(() => undefined)
    } catch (error) {
      if (options.signal?.aborted) return { ok: false, reason: 'aborted', attempts, aborted: true }
      reason = timeout.aborted ? `timeout after ${options.timeoutMs} ms` : describeNetworkError(error)
    }
  }
  return { ok: false, reason, attempts, aborted: false }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined
    return code ? `network error (${code})` : `network error (${error.message})`
  }
  return 'network error'
}

/** Resolves `true` after `ms`, or `false` as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false)
  if (ms <= 0) return Promise.resolve(true)
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
