/** Whether the browser says it is offline (`navigator.onLine === false`); never true outside a browser. */
export const isOffline = (): boolean => globalThis.navigator?.onLine === false

/** Resolves at the next `online` event; rejects with the signal's reason when it aborts first. */
export function waitForOnline(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      globalThis.removeEventListener?.('online', done)
      signal.removeEventListener('abort', stop)
      resolve()
    }
    const stop = () => {
      globalThis.removeEventListener?.('online', done)
      reject(signal.reason)
    }
    if (signal.aborted) return stop()
    globalThis.addEventListener?.('online', done)
    signal.addEventListener('abort', stop, { once: true })
  })
}
