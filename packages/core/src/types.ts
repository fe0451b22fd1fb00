import type { FilePhase } from './controller/FilePhase.ts'
import type { MediaUploaderError } from './errors/MediaUploaderError.ts'

/** Where a file is in its life. `rejected` files failed a restriction and are never sent. */
export type FileStatus =
  | 'queued'
  | 'signing'
  | 'uploading'
  | 'paused'
  | 'done'
  | 'error'
  | 'rejected'
  | 'canceled'

/**
 * One file as the UI sees it. Immutable: a new object each time this file
 * changes, the same object otherwise, so `getFile(id)` works as a selector.
 */
export interface UploadFile<R = unknown> {
  readonly id: string
  readonly name: string
  readonly size: number
  readonly type: string
  /** The original File (or Blob); use it for previews. Never copied. */
  readonly data: Blob
  readonly status: FileStatus
  /** The step the file is in, finer than `status`: `ready` (signed, waiting for a slot) shows as `queued`, `committing` (bytes stored, commit running) as `uploading`. */
  readonly phase: FilePhase
  /**
   * Bytes stored plus those in flight in the live attempt: a failed attempt's bytes are taken
   * back, a failed file shows 0, a paused file what the storage kept for it (0 unless `resumable`),
   * a committing or done file its size.
   */
  readonly bytesUploaded: number
  /** 0..1, `bytesUploaded / size`. */
  readonly progress: number
  /** Set when `status === 'done'`. */
  readonly result: R | undefined
  /** Set when `status` is `error` or `rejected`. */
  readonly error: MediaUploaderError | undefined
  /** Width/height/duration probed in the browser, when the provider asks for them. */
  readonly media: MediaInfo | undefined
  /** Whether pausing keeps the bytes sent so far (multipart, chunked); `false` = a pause restarts from 0. */
  readonly resumable?: boolean
  /** 0..1: the share of the file an earlier session had already stored when this upload resumed it. */
  readonly resumedFrom?: number
}

/** Media facts probed in the browser before signing. */
export interface MediaInfo {
  readonly width?: number
  readonly height?: number
  /** Seconds. */
  readonly duration?: number
}

/** Aggregate over all files that are not rejected or canceled. Byte-weighted. */
export interface UploadTotals {
  /** The files' `bytesUploaded` summed: bytes confirmed by storage plus bytes in flight of live attempts (failed files count 0). */
  readonly bytesUploaded: number
  readonly bytesTotal: number
  /** 0..1, byte-weighted over the files counted. */
  readonly progress: number
  readonly count: Readonly<Record<FileStatus, number>>
}

/** Overall state: `idle` before start or after all files are removed. */
export type UploaderStatus = 'idle' | 'uploading' | 'paused' | 'complete' | 'error'

/** What `getSnapshot()` returns; a new object only when something changed. */
export interface UploaderSnapshot<R = unknown> {
  readonly files: readonly UploadFile<R>[]
  readonly status: UploaderStatus
  readonly totals: UploadTotals
}

/** Events with their listener arguments. */
export interface UploaderEvents<R> {
  'files-added': (files: readonly UploadFile<R>[]) => void
  'file-rejected': (file: UploadFile<R>, error: MediaUploaderError) => void
  'upload-start': (files: readonly UploadFile<R>[]) => void
  'upload-success': (file: UploadFile<R>, result: R) => void
  'upload-error': (file: UploadFile<R>, error: MediaUploaderError) => void
  /** Once every queued file has settled (done, error, rejected or canceled; paused files are not settled). */
  complete: (summary: { successful: readonly UploadFile<R>[]; failed: readonly UploadFile<R>[] }) => void
}

/** What `retry()` without an id also re-queues. */
export interface RetryAllOptions {
  /** Also restart canceled files. Default false. */
  readonly canceled?: boolean
}

/** Restrictions a host app adds on top of the provider's own rules. */
export interface Restrictions {
  /** MIME types or extensions, e.g. `['image/*', '.mp4']`. Intersected with the provider's. */
  readonly accept?: readonly string[]
  /** Bytes. The smaller of this and the provider's limit applies. */
  readonly maxFileSize?: number
  readonly maxFiles?: number
  /** Reject a file with the same name, size and lastModified as one already listed. Default true. */
  readonly rejectDuplicates?: boolean
}

/**
 * What `onBeforeUpload` may return: a replacement `File`/`Blob` (resized,
 * compressed, renamed…), `false` to reject the file, or nothing to keep it.
 *
 * @example
 * ```ts
 * const keepSmallOnes = (file: File): BeforeUploadResult => (file.size < 1024 ? undefined : false)
 * ```
 */
export type BeforeUploadResult = File | Blob | false | undefined | void

/**
 * Runs once per file, after the restrictions passed and before it is signed.
 * A replacement is checked against the restrictions again; `false` lists the
 * file as `rejected` with code `rejected-by-app`. A thrown error fails the file
 * (retrying runs the hook again).
 *
 * @example
 * ```ts
 * const onBeforeUpload: BeforeUpload = (file) => (file.name.startsWith('.') ? false : undefined)
 * ```
 */
export type BeforeUpload = (file: File) => BeforeUploadResult | Promise<BeforeUploadResult>

/**
 * The headless uploader every UI binds to: `subscribe`/`getSnapshot` for
 * `useSyncExternalStore`, plus commands. Every method is bound, so it can be
 * passed around (`useSyncExternalStore(uploader.subscribe, …)`). Commands
 * without an `id` apply to every file they can; don't hand them an event
 * (`onClick={() => uploader.pause()}`, not `onClick={uploader.pause}`).
 *
 * @example
 * ```ts
 * const uploader = createUploader({ provider: 'presign' })
 * uploader.subscribe(() => render(uploader.getSnapshot()))
 * await uploader.add(input.files)
 * uploader.start()
 * ```
 */
export interface UploadController<R = unknown> {
  /** Called (throttled, ≈10/s) whenever the snapshot changed. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** The same object until something changes. */
  getSnapshot(): UploaderSnapshot<R>
  /** One file's state; stable identity while that file is unchanged. */
  getFile(id: string): UploadFile<R> | undefined
  on<E extends keyof UploaderEvents<R>>(event: E, listener: UploaderEvents<R>[E]): () => void
  /** Validates and lists files; starts them when `autoStart` is on. Never throws for bad files: they are listed as `rejected`. */
  add(files: Iterable<File | Blob> | ArrayLike<File | Blob>): Promise<readonly UploadFile<R>[]>
  /** Starts queued files (needed only when `autoStart` is off). */
  start(): void
  /** Stops queued, signing, uploading or paused files; they stay listed as `canceled`. */
  cancel(id?: string): void
  /**
   * Re-queues a failed or canceled file. Without an id, every failed file whose
   * error is `retryable`, and canceled files only with `{ canceled: true }`
   * (a canceled file was stopped on purpose: "Retry failed" leaves it alone,
   * "Retry all" — `retry({ canceled: true })` — restarts it too). Files that
   * failed with `network` or `sign-failed` are also retried automatically when
   * the browser fires `online`.
   *
   * @example
   * ```ts
   * uploader.retry(file.id) // one file, failed or canceled
   * uploader.retry() // every retryable failure
   * uploader.retry({ canceled: true }) // … and every canceled file
   * ```
   */
  retry(target?: string | RetryAllOptions): void
  remove(id: string): void
  /**
   * Stops queued, signing or uploading files and keeps them as `paused`. The
   * file's signed ticket is kept, so a `resumable` upload (multipart with
   * recorded parts) continues from them and keeps their bytes in the totals;
   * any other upload restarts from 0 and shows 0 meanwhile.
   */
  pause(id?: string): void
  /** Re-queues paused files; a kept ticket is reused (re-signed only if it expired). */
  resume(id?: string): void
  /** Removes every file in a final state (done, rejected, canceled). */
  clearFinished(): void
  destroy(): void
}
