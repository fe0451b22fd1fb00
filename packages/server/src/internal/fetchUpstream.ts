import { anySignal } from './anySignal.ts'

/** Options of {@link fetchUpstream}: the server's one retry policy for provider API calls. */
export interface FetchUpstreamOptions {
  readonly fetch: typeof globalThis.fetch
  /** Per attempt. */
  readonly timeoutMs: number
  /** Retries after the first attempt (2 = up to 3 attempts). */
  readonly retries: number
  /** First backoff; doubles per retry, capped at {@link UPSTREAM_BACKOFF_CAP_MS}, with full jitter. */
  readonly backoffMs: number
  readonly signal: AbortSignal
  /** The whole call, all attempts and waits included (default: `timeoutMs × (retries + 1)` plus the backoffs, at most 30 s). */
  readonly deadlineMs?: number
  /** Called before each retry with the number of the attempt about to start (2, 3, …). */
  readonly onRetry?: (attempt: number) => void
}

/** The URL of one attempt: fixed, or made anew per attempt (a request signed with a nonce and a timestamp). */
export type UpstreamUrl = string | ((attempt: number) => string | Promise<string>)

/** The longest wait between two attempts. */
export const UPSTREAM_BACKOFF_CAP_MS = 2_000
const DEFAULT_DEADLINE_CAP_MS = 30_000

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

/** Wait before retry `n` (1-based): full jitter over an exponential ceiling, capped; a `Retry-After` the upstream sent wins when it fits the deadline. */
export function upstreamBackoff(n: number, backoffMs: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, UPSTREAM_BACKOFF_CAP_MS)
  const ceiling = Math.min(backoffMs * 2 ** (n - 1), UPSTREAM_BACKOFF_CAP_MS)
  return ceiling / 2 + Math.random() * (ceiling / 2)
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

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after')
  if (value === null) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

type Attempt =
  | { readonly response: Response; readonly failure?: undefined; readonly retryAfterMs?: undefined }
  | { readonly response?: undefined; readonly failure: UpstreamFailure; readonly retryAfterMs?: number | undefined }

async function attempt(url: string, init: RequestInit, options: FetchUpstreamOptions, deadline: AbortSignal): Promise<Attempt> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  try {
    const response = await options.fetch(url, { ...init, redirect: 'error', signal: anySignal([options.signal, timeout, deadline]) })
    if (response.status < 500) return { response }
    void response.body?.cancel()
    return { failure: new UpstreamFailure('http', response.status), retryAfterMs: retryAfterMs(response) }
  } catch (error) {
    if (options.signal.aborted) return { failure: new UpstreamFailure('aborted') }
    if (timeout.aborted || deadline.aborted) return { failure: new UpstreamFailure('timeout') }
    const cause = (error as Error)?.cause as { code?: unknown } | undefined
    return { failure: new UpstreamFailure('network', undefined, typeof cause?.code === 'string' ? cause.code : undefined) }
  }
}

/**
 * One call to a provider API under the server's one retry policy (it runs once
 * per sign, refresh or confirm): no redirects; 4xx answers are returned as
 * they are (a 429 too: the browser's retry policy waits it out, so retries
 * never stack); 5xx, timeouts and network errors are retried up to `retries`
 * times with capped, jittered exponential backoff (a `Retry-After` on a 503 is
 * honoured up to the cap) within one overall deadline, then thrown as an
 * {@link UpstreamFailure}; an abort of `signal` stops at once. `url` may be a
 * function so each attempt is signed anew.
 *
 * @example
 * ```ts
 * const response = await fetchUpstream(url, { headers }, { fetch, timeoutMs: 10_000, retries: 2, backoffMs: 200, signal })
 * ```
 */
export async function fetchUpstream(url: UpstreamUrl, init: RequestInit, options: FetchUpstreamOptions): Promise<Response> {
  const budget =
    options.deadlineMs ??
    Math.min(DEFAULT_DEADLINE_CAP_MS, options.timeoutMs * (options.retries + 1) + UPSTREAM_BACKOFF_CAP_MS * options.retries)
  const deadline = AbortSignal.timeout(budget)
  for (let n = 1; ; n++) {
    const target = typeof url === 'string' ? url : await url(n)
    const result = await attempt(target, init, options, deadline)
    if (result.response) return result.response
    const { failure } = result
    if (n > options.retries || deadline.aborted || failure.reason === 'aborted') throw failure
    options.onRetry?.(n + 1)
    await sleep(upstreamBackoff(n, options.backoffMs, result.retryAfterMs), anySignal([options.signal, deadline]))
    if (options.signal.aborted) throw new UpstreamFailure('aborted')
    if (deadline.aborted) throw failure
  }
}
