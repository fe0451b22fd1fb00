/** How {@link WorkerWithFallback} talks to its worker and where it runs a job without one. */
export interface WorkerWithFallbackOptions<Job, Result, Reply> {
  /** Starts the worker: `new Worker(new URL('./x.worker.ts', import.meta.url), …)`, written where bundlers see it. */
  readonly spawn: () => Worker
  /** False where the worker cannot run at all (no `Worker`, no `OffscreenCanvas`…): every job runs on the main thread. */
  readonly available: boolean
  /** The same work on the main thread: used when the worker is unavailable or fails to load. */
  readonly onMain: (job: Job, signal?: AbortSignal) => Promise<Result>
  /** The message that asks the worker for `job`, answered with the same `id`. */
  readonly request: (id: number, job: Job) => unknown
  /** The worker's answer: its `id` and the result, or why it failed. */
  readonly reply: (data: Reply) => { readonly id: number; readonly result: Result } | { readonly id: number; readonly error: string }
  /** The message that stops job `id` early (optional: without it an aborted job runs on, unanswered). */
  readonly cancel?: (id: number) => unknown
}

interface Pending<Job, Result> {
  readonly job: Job
  readonly signal: AbortSignal | undefined
  resolve(result: Result): void
  reject(error: unknown): void
}

/**
 * One Web Worker shared by every caller on the page, started on first use,
 * with the main thread as fallback: where workers are unavailable, or when
 * the worker fails to load (CSP, a bundler without worker support), pending
 * and later jobs run through `onMain`. An aborted job rejects with the
 * signal's reason.
 *
 * @example
 * ```ts
 * const hashing = new WorkerWithFallback<Blob, number, Crc32Reply>({
 *   spawn: () => new Worker(new URL('./crc32.worker.ts', import.meta.url), { type: 'module' }),
 *   available: typeof Worker !== 'undefined',
 *   onMain: crc32Blob,
 *   request: (id, blob) => ({ id, blob }),
 *   reply: (data) => ('crc' in data ? { id: data.id, result: data.crc } : data),
 * })
 * const crc = await hashing.run(file, signal)
 * ```
 */
export class WorkerWithFallback<Job, Result, Reply> {
  readonly #options: WorkerWithFallbackOptions<Job, Result, Reply>
  readonly #pending = new Map<number, Pending<Job, Result>>()
  #worker: Worker | undefined
  #broken: boolean
  #seq = 0

  constructor(options: WorkerWithFallbackOptions<Job, Result, Reply>) {
    this.#options = options
    this.#broken = !options.available
  }

  run(job: Job, signal?: AbortSignal): Promise<Result> {
    return new Promise((resolve, reject) => {
      const p: Pending<Job, Result> = { job, signal, resolve, reject }
      const worker = this.#ready()
      if (!worker) return this.#onMain(p)
      const id = ++this.#seq
      this.#pending.set(id, p)
      worker.postMessage(this.#options.request(id, job))
      const abort = () => {
        if (!this.#pending.delete(id)) return
        if (this.#options.cancel) this.#worker?.postMessage(this.#options.cancel(id))
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', abort, { once: true })
    })
  }

  #onMain(p: Pending<Job, Result>): void {
    this.#options.onMain(p.job, p.signal).then(p.resolve, p.reject)
  }

  #ready(): Worker | undefined {
    if (this.#broken) return undefined
    try {
      return (this.#worker ??= this.#spawn())
    } catch {
      this.#broken = true
      return undefined
    }
  }

  #spawn(): Worker {
    const worker = this.#options.spawn()
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const answer = this.#options.reply(data)
      const p = this.#pending.get(answer.id)
      this.#pending.delete(answer.id)
      if ('error' in answer) p?.reject(new Error(answer.error))
      else p?.resolve(answer.result)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      this.#broken = true
      this.#worker = undefined
      worker.terminate()
      for (const p of this.#pending.values()) this.#onMain(p)
      this.#pending.clear()
    }
    return worker
  }
}
