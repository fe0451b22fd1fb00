import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky'

/** Options of {@link upstreamClient}. */
export interface UpstreamClientOptions {
  readonly fetch?: typeof globalThis.fetch
  readonly timeoutMs: number
  readonly retries: number
  readonly backoffMs: number
  /** The methods that may be repeated (sign calls only issue URLs or credentials). */
  readonly methods: readonly ('get' | 'post')[]
}

/**
 * ky for calls to a provider API: no redirects; only 5xx answers throw (4xx
 * and business errors are the caller's to pass on); retries with exponential
 * backoff on 5xx, timeouts and network errors, never on 4xx or aborts.
 *
 * @example
 * ```ts
 * const http = upstreamClient({ timeoutMs: 10_000, retries: 2, backoffMs: 200, methods: ['post'] })
 * ```
 */
export function upstreamClient(options: UpstreamClientOptions): KyInstance {
  return ky.create({
    fetch: options.fetch ?? globalThis.fetch,
    timeout: options.timeoutMs,
    redirect: 'error',
    throwHttpErrors: (status) => status >= 500,
    retry: {
      limit: options.retries,
      methods: [...options.methods],
      retryOnTimeout: true,
      delay: (attempt) => options.backoffMs * 2 ** (attempt - 1),
      shouldRetry: ({ error }) => {
        if (isHTTPError(error)) return error.response.status >= 500
        if (isTimeoutError(error)) return true
        if (error.name === 'AbortError') return false
        // fetch reports network failures (refused, reset, DNS) as TypeError.
        return error instanceof TypeError
      },
    },
  })
}
