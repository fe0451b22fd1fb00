/** Runs a task when fewer than the limit are running; see {@link createLimiter}. */
export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>

/**
 * At most `max` tasks at a time, in the order they were asked for; a task whose
 * signal aborted while it waited is skipped (rejects with the signal's reason).
 *
 * @example
 * ```ts
 * const limit = createLimiter(2)
 * const poster = await limit(() => createThumbnail(file), signal)
 * ```
 */
export function createLimiter(max: number): Limiter {
  let running = 0
  const waiting: (() => void)[] = []
  const next = () => {
    running--
    waiting.shift()?.()
  }
  return (task, signal) =>
    new Promise((resolve, reject) => {
      const start = () => {
        if (signal?.aborted) {
          reject(signal.reason)
          waiting.shift()?.()
          return
        }
        running++
        task().then(resolve, reject).finally(next)
      }
      if (running < max) start()
      else waiting.push(start)
    })
}
