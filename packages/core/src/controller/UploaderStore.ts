import type { FileStatus, UploadFile, UploaderEvents, UploaderSnapshot } from '../types.ts'
import { canTransition, statusOfPhase, type FilePhase } from './FilePhase.ts'
import type { FileRecord } from './FileRecord.ts'

type ViewPatch<R> = Partial<Omit<UploadFile<R>, 'id' | 'status' | 'phase'>>

const emptyCounts = (): Record<FileStatus, number> => ({ queued: 0, signing: 0, uploading: 0, paused: 0, done: 0, error: 0, rejected: 0, canceled: 0 })

/**
 * The controller's state: the file records, the snapshot the UI reads, its
 * subscribers (notified at most once per `interval` ms) and the typed events.
 * A file's phase changes only through {@link UploaderStore.transition}.
 *
 * @example
 * ```ts
 * const store = new UploaderStore<Result>(100, () => true)
 * store.subscribe(() => render(store.getSnapshot()))
 * ```
 */
export class UploaderStore<R> {
  readonly records = new Map<string, FileRecord<R>>()
  readonly counts = emptyCounts()
  #listeners = new Set<() => void>()
  #handlers = new Map<keyof UploaderEvents<R>, Set<(...args: never[]) => void>>()
  #snapshot: UploaderSnapshot<R> | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #lastNotify = 0
  #closed = false
  #running = false

  constructor(
    readonly interval: number,
    readonly started: () => boolean,
  ) {}

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  on<E extends keyof UploaderEvents<R>>(event: E, listener: UploaderEvents<R>[E]): () => void {
    let bucket = this.#handlers.get(event)
    if (!bucket) this.#handlers.set(event, (bucket = new Set()))
    bucket.add(listener)
    return () => bucket.delete(listener)
  }

  emit<E extends keyof UploaderEvents<R>>(event: E, ...args: Parameters<UploaderEvents<R>[E]>): void {
    for (const listener of this.#handlers.get(event) ?? []) {
      try {
        Reflect.apply(listener, undefined, args)
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  insert(record: FileRecord<R>): void {
    this.records.set(record.view.id, record)
    this.counts[record.view.status]++
    this.invalidate()
  }

  delete(record: FileRecord<R>): void {
    if (this.records.get(record.view.id) !== record) return
    this.records.delete(record.view.id)
    this.counts[record.view.status]--
    this.invalidate()
  }

  /** Whether `record` is still listed (not removed meanwhile). */
  has(record: FileRecord<R>): boolean {
    return this.records.get(record.view.id) === record
  }

  /** One file by id (none when unknown), or every file when `id` is undefined. */
  select(id: string | undefined): FileRecord<R>[] {
    if (id === undefined) return [...this.records.values()]
    const one = this.records.get(id)
    return one ? [one] : []
  }

  /** Emits `complete` once every file that was on its way has settled (done, failed, rejected or canceled). */
  settle(): void {
    const c = this.counts
    if (c.queued + c.signing + c.uploading + c.paused) this.#running = true
    else if (this.#running) {
      this.#running = false
      const files = [...this.records.values()].map((r) => r.view)
      this.emit('complete', { successful: files.filter((f) => f.status === 'done'), failed: files.filter((f) => f.status === 'error') })
    }
  }

  /** Moves a file to `to`; throws on a move {@link phaseTransitions} does not list. */
  transition(record: FileRecord<R>, to: FilePhase, patch: ViewPatch<R> = {}): void {
    if (!canTransition(record.phase, to)) throw new Error(`media-uploader: illegal transition ${record.phase} → ${to} (${record.view.name})`)
    const status = statusOfPhase(to)
    if (this.has(record)) {
      this.counts[record.view.status]--
      this.counts[status]++
    }
    record.phase = to
    record.view = { ...record.view, ...patch, status, phase: to }
    this.invalidate()
  }

  /** Changes what the UI sees of a file without moving it (progress, media, a replacement). */
  patch(record: FileRecord<R>, patch: ViewPatch<R>): void {
    record.view = { ...record.view, ...patch }
    this.invalidate()
  }

  getSnapshot(): UploaderSnapshot<R> {
    if (this.#snapshot) return this.#snapshot
    const files: UploadFile<R>[] = []
    let bytesUploaded = 0
    let bytesTotal = 0
    for (const { view } of this.records.values()) {
      files.push(view)
      if (view.status === 'rejected' || view.status === 'canceled') continue
      bytesTotal += view.size
      // Stored plus in flight: a failed file counts nothing, a committing or done one its size.
      bytesUploaded += view.status === 'done' || view.phase === 'committing' ? view.size : view.status === 'error' ? 0 : view.bytesUploaded
    }
    const c = { ...this.counts }
    const status = c.queued + c.signing + c.uploading ? (this.started() ? 'uploading' : 'idle') : c.paused ? 'paused' : c.error ? 'error' : c.done ? 'complete' : 'idle'
    return (this.#snapshot = { files, status, totals: { bytesUploaded, bytesTotal, progress: bytesTotal ? bytesUploaded / bytesTotal : 0, count: c } })
  }

  /** Drops the cached snapshot and schedules one notification (at most one per `interval`). */
  invalidate(): void {
    this.#snapshot = undefined
    if (this.#timer !== undefined || this.#closed) return
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined
        this.#lastNotify = Date.now()
        for (const listener of [...this.#listeners]) listener()
      },
      Math.max(0, this.#lastNotify + this.interval - Date.now()),
    )
  }

  close(): void {
    this.#closed = true
    clearTimeout(this.#timer)
    this.#listeners.clear()
    this.#handlers.clear()
  }
}
