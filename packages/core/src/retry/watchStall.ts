/** The error an attempt fails with when it made no progress for the stall timeout: a network error, retried. */
export interface StallError extends Error {
  readonly name: 'StallError'
  /** 0, as for other network failures. */
  readonly status: 0
}

/** Whether `error` is a {@link StallError}. */
export const isStallError = (error: unknown): error is StallError => (error as Partial<StallError> | undefined)?.name === 'StallError'

/** How much longer than the stall timeout the storage may take to answer once every byte is sent. */
export const ANSWER_TIMEOUT_FACTOR = 4

/**
 * Runs `run` with a watchdog: when `onProgress` is not called with more bytes
 * for `timeout` ms, the attempt's signal is aborted and the promise rejects
 * with a {@link StallError} (whatever `run` then throws is ignored). Once
 * `total` bytes are reported no more progress can come: the answer then gets
 * `timeout × ANSWER_TIMEOUT_FACTOR`.
 *
 * @example
 * ```ts
 * await watchStall(30_000, signal, (s, progress) => xhrSend({ url, body, signal: s, onProgress: progress }), file.size)
 * ```
 */
export function watchStall<T>(timeout: number, signal: AbortSignal, run: (signal: AbortSignal, onProgress: (bytes: number) => void) => Promise<T>, total = Infinity): Promise<T> {
  const abort = new AbortController()
  const forward = () => abort.abort(signal.reason)
  signal.addEventListener('abort', forward, { once: true })
  let best = -1
  const sent = () => best >= total
  const limit = () => (sent() ? timeout * ANSWER_TIMEOUT_FACTOR : timeout)
  // Progress only moves the deadline; one timer checks it when it fires (progress events come by the hundred).
  let deadline = Date.now() + timeout
  let timer: ReturnType<typeof setTimeout> | undefined
  let stalled = false
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const left = deadline - Date.now()
      if (left > 0) {
        timer = setTimeout(check, left)
        return
      }
      stalled = true
      abort.abort()
      const what = sent() ? 'no answer after the last byte' : 'no progress'
      reject(Object.assign(new Error(`${what} for ${Math.round(limit() / 1000)} s`), { name: 'StallError', status: 0 }))
    }
    timer = setTimeout(check, timeout)
    run(abort.signal, (bytes) => {
      if (bytes <= best) return
      best = bytes
      deadline = Date.now() + limit()
    }).then(
      (value) => !stalled && resolve(value),
      (error: unknown) => !stalled && reject(error),
    )
  }).finally(() => {
    clearTimeout(timer)
    signal.removeEventListener('abort', forward)
  })
}
