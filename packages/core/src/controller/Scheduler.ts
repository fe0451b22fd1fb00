import type { FileRecord } from './FileRecord.ts'

/** Bytes signed ahead beyond the upload slots, at most: big files are signed just in time. */
export const SIGN_AHEAD_BYTES = 64 * 1024 * 1024

/** Options of {@link Scheduler}. */
export interface SchedulerOptions {
  /** Upload slots (files in flight). */
  readonly concurrency: number
  /** Sign calls in flight, at most, and the look-ahead beyond the upload slots. */
  readonly signConcurrency: number
}

/** What to start now. */
export interface SchedulerPlan<R> {
  readonly sign: FileRecord<R>[]
  readonly upload: FileRecord<R>[]
}

/**
 * Decides what runs next: which `queued` files to sign (ahead of the uploads,
 * in bursts so batching providers get many files per request, within a byte
 * budget) and which `ready` files take a free upload slot. It only keeps
 * queues and counters; the controller starts the work.
 *
 * @example
 * ```ts
 * const scheduler = new Scheduler<Result>({ concurrency: 6, signConcurrency: 16 })
 * scheduler.toSign(record.view.id)
 * const { sign, upload } = scheduler.plan((id) => records.get(id))
 * ```
 */
export class Scheduler<R> {
  #signQueue: string[] = []
  #readyQueue: string[] = []
  #signing = new Map<string, number>()
  #uploading = new Set<string>()

  constructor(readonly options: SchedulerOptions) {}

  /** Queues a file for signing (`front`: before the others, e.g. a re-sign). */
  toSign(id: string, front = false): void {
    if (front) this.#signQueue.unshift(id)
    else this.#signQueue.push(id)
  }

  /** Queues a signed file for an upload slot. */
  toUpload(id: string): void {
    this.#readyQueue.push(id)
  }

  /** The file's sign or upload ended (or was stopped): frees its slot. */
  release(id: string): void {
    this.#signing.delete(id)
    this.#uploading.delete(id)
  }

  get busy(): boolean {
    return this.#signing.size + this.#uploading.size > 0
  }

  plan(get: (id: string) => FileRecord<R> | undefined): SchedulerPlan<R> {
    const { concurrency, signConcurrency } = this.options
    const sign: FileRecord<R>[] = []
    const upload: FileRecord<R>[] = []
    const ahead = concurrency + signConcurrency
    let bytes = 0
    for (const size of this.#signing.values()) bytes += size
    for (const id of this.#readyQueue) bytes += get(id)?.view.size ?? 0
    const waiting = () => this.#readyQueue.length + this.#signing.size
    if (waiting() <= ahead - signConcurrency / 2) {
      while (this.#signing.size < signConcurrency && waiting() < ahead && this.#signQueue.length && (bytes < SIGN_AHEAD_BYTES || waiting() < concurrency)) {
        const record = get(this.#signQueue.shift() as string)
        if (record?.phase !== 'queued' || this.#signing.has(record.view.id)) continue
        bytes += record.view.size
        this.#signing.set(record.view.id, record.view.size)
        sign.push(record)
      }
    }
    while (this.#uploading.size < concurrency && this.#readyQueue.length) {
      const record = get(this.#readyQueue.shift() as string)
      if (record?.phase !== 'ready' || this.#uploading.has(record.view.id)) continue
      this.#uploading.add(record.view.id)
      upload.push(record)
    }
    return { sign, upload }
  }
}
