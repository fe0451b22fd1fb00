import { backoffDelay, type RetryPolicy } from './RetryPolicy.ts'
import { sleep } from './sleep.ts'
import { isOffline, waitForOnline } from './waitForOnline.ts'

/** What to do after a failed attempt: try again after a backoff, or give up now. */
export type RetryDecision = 'retry' | 'fail'

/** Options of {@link withRetry}. */
export interface WithRetryOptions {
  readonly policy: RetryPolicy
  /** Aborts the waits and is handed to every attempt (as its parent). */
  readonly signal: AbortSignal
  /** Which failures may succeed when tried again. Called only when `signal` has not aborted. */
  readonly decide: (error: unknown) => RetryDecision
  /** Called before each retry, with the failure that caused it. */
  readonly onRetry?: (error: unknown, attempt: number) => void
}

/**
 * Runs `attempt` until it succeeds, the failure is not retryable, the policy's
 * retries are used up or its deadline passed. The deadline bounds time spent
 * failing: an attempt that reports progress (its third argument) restarts it,
 * so a long upload that breaks after ten minutes is still retried. While the browser is offline a
 * retryable failure waits for `online` instead of using a retry. Each attempt
 * gets its own signal (a child of `signal`), so a stall can abort one
 * attempt without stopping the step.
 *
 * @example
 * ```ts
 * const body = await withRetry((signal) => fetch(url, { signal }).then(check), { policy, signal, decide: () => 'retry' })
 * ```
 */
export async function withRetry<T>(attempt: (signal: AbortSignal, n: number, progressed: () => void) => Promise<T>, options: WithRetryOptions): Promise<T> {
  const { policy, signal, decide } = options
  let deadline = Date.now() + policy.deadline
  const progressed = () => {
    deadline = Date.now() + policy.deadline
  }
  for (let n = 0, retries = 0; ; n++) {
    signal.throwIfAborted()
    const child = new AbortController()
    const forward = () => child.abort(signal.reason)
    signal.addEventListener('abort', forward, { once: true })
    try {
      return await attempt(child.signal, n, progressed)
    } catch (error) {
      if (signal.aborted) throw signal.reason ?? error
      if (decide(error) === 'fail') throw error
      if (isOffline()) {
        const offlineSince = Date.now()
        await waitForOnline(signal)
        deadline += Date.now() - offlineSince
      } else {
        const delay = backoffDelay(policy, retries)
        if (retries >= policy.retries || Date.now() + delay > deadline) throw error
        retries++
        await sleep(delay, signal)
      }
      options.onRetry?.(error, n + 1)
    } finally {
      signal.removeEventListener('abort', forward)
    }
  }
}
