/**
 * Loads code once it is needed and keeps it (a provider with its runner, the
 * Uppy engine) — but only once it loaded: a failed dynamic import (the file
 * was added offline, a deploy replaced the chunk) is forgotten, so the next
 * `get()` (on the next add or retry, or when the browser is back online)
 * imports again.
 *
 * @example
 * ```ts
 * const loader = new CodeLoader(() => import('./providers/presign/presign.ts').then((m) => m.presign))
 * const provider = await loader.get()
 * ```
 */
export class CodeLoader<P> {
  #promise: Promise<P> | undefined
  #value: P | undefined

  constructor(readonly load: () => Promise<P>) {}

  /** The value once loaded, else `undefined` (never starts a load). */
  get loaded(): P | undefined {
    return this.#value
  }

  get(): Promise<P> {
    return (this.#promise ??= this.load().then(
      (value) => (this.#value = value),
      (error: unknown) => {
        this.#promise = undefined
        throw error
      },
    ))
  }
}
