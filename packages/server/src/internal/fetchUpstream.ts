import { anySignal } from './anySignal.ts'

/** Options of {@link fetchUpstream}. */
export interface FetchUpstreamOptions {
  readonly fetch: typeof globalThis.fetch
  readonly timeoutMs: number
  readonly retries: number
  readonly backoffMs: number
  readonly signal: AbortSignal
  /** Called before each retry with the number of the attempt about to start (2, 3, …). */
  readonly onRetry?: (attempt: number) => void
}

/** Why an upstream call gave up: the last 5xx status, a timeout, or a network error (with its `code`, e.g. `ECONNREFUSED`). */
export class UpstreamFailure extends Error {
  override readonly name = 'UpstreamFailure'
  constructor(
    readonly reason: 'http' | 'timeout' | 'network' | 'aborted',
    readonly status?: number,
    readonly code?: string,
  ) {
    super(reason === 'http' ? `HTTP ${status}` : reason)
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done)
  })

async function attempt(url: string, init: RequestInit, options: FetchUpstreamOptions): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  try {
    const response = await options.fetch(url, { ...init, redirect: 'error', signal: anySignal([options.signal, timeout]) })
    if (response.status < 500) return response
    void response.body?.cancel()
    throw new UpstreamFailure('http', response.status)
  } catch (error) {
    if (error instanceof UpstreamFailure) throw error
    if (options.signal.aborted) throw new UpstreamFailure('aborted')
    if (timeout.aborted) throw new UpstreamFailure('timeout')
    const cause = (error as Error)?.cause as { code?: unknown } | undefined
    throw new UpstreamFailure('network', undefined, typeof cause?.code === 'string' ? cause.code : undefined)
  }
}

/**
 * One call to a provider API, with what a sign call needs and nothing more
 * (it runs once per file): no redirects; 4xx answers are returned, 5xx,
 * timeouts and network errors are retried with exponential backoff
 * (`backoffMs`, ×2 each time), then thrown as an {@link UpstreamFailure};
 * an abort of `signal` stops at once.
 *
 * @example
 * ```ts
 * const response = await fetchUpstream(url, { headers }, { fetch, timeoutMs: 10_000, retries: 2, backoffMs: 200, signal })
 * ```
 */
export async function fetchUpstream(url: string, init: RequestInit, options: FetchUpstreamOptions): Promise<Response> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(url, init, options)
    } catch (error) {
      const failure = error as UpstreamFailure
      if (failure.reason === 'aborted' || n > options.retries) throw failure
      options.onRetry?.(n + 1)
      await sleep(options.backoffMs * 2 ** (n - 1), options.signal)
      if (options.signal.aborted) throw new UpstreamFailure('aborted')
    }
  }
}
