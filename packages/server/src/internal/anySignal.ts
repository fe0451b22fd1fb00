/**
 * A signal that aborts when any of `signals` does, with that signal's
 * reason: `AbortSignal.any`, which some edge runtimes lack.
 *
 * @example
 * ```ts
 * const signal = anySignal([request.signal, AbortSignal.timeout(10_000)])
 * ```
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([...signals])
  const controller = new AbortController()
  const aborted = signals.find((signal) => signal.aborted)
  if (aborted) {
    controller.abort(aborted.reason)
    return controller.signal
  }
  const onAbort = (event: Event): void => {
    controller.abort((event.target as AbortSignal).reason)
    for (const signal of signals) signal.removeEventListener('abort', onAbort)
  }
  for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true })
  return controller.signal
}
