import { FileIntake } from './controller/FileIntake.ts'
import { fileRefOf, keptBytes, providerFileOf, type FileRecord } from './controller/FileRecord.ts'
import { CodeLoader } from './controller/CodeLoader.ts'
import type { ProviderRunner } from './controller/ProviderRunner.ts'
import { Scheduler } from './controller/Scheduler.ts'
import { signFile } from './controller/signFile.ts'
import { transferFile } from './controller/transferFile.ts'
import { UploaderStore } from './controller/UploaderStore.ts'
import { MediaUploaderError, isMediaUploaderError } from './errors/MediaUploaderError.ts'
import { resolveEndpoint } from './internal/resolveEndpoint.ts'
import { resolveRetryPolicy } from './retry/RetryPolicy.ts'
import type { Restrictions, RetryAllOptions, UploadController, UploadFile } from './types.ts'
import type { UploaderControllerConfig } from './UploaderControllerConfig.ts'

export type { UploaderControllerConfig } from './UploaderControllerConfig.ts'

const ADD_CHUNK = 500

/**
 * The headless uploader: a file list that is the source of truth
 * ({@link UploaderStore}), a {@link Scheduler} that signs ahead of the
 * uploads, a {@link ProviderRunner} that runs the provider's steps under the
 * retry policy, and Uppy — through `MediaUploaderPlugin` — as the transfer
 * engine for the files in flight. Use {@link createUploader} for the built-in
 * providers; this class takes any provider.
 *
 * @example
 * ```ts
 * const uploader = new UploaderController<MyResult>({ providerId: 'mine', rules: mine.rules, loadProvider: async () => mine })
 * ```
 */
export class UploaderController<R, Id extends string = string> implements UploadController<R> {
  /** The provider's id this controller uploads with. */
  readonly provider: Id
  /** The app's restrictions (on top of the provider's rules). */
  readonly restrictions: Restrictions
  readonly #config: UploaderControllerConfig<R, Id>
  readonly #store: UploaderStore<R>
  readonly #scheduler: Scheduler<R>
  readonly #loader: CodeLoader<ProviderRunner<R>>
  readonly #intake: FileIntake<R>
  #started: boolean
  #destroyed = false
  #watchingOnline = false
  // Uppy and the runner (with the sign client and the retry policy) load with the first file, not with the page.
  readonly #engine = new CodeLoader(() => import('./controller/onFirstAdd.ts').then(({ UppyEngine }) => new UppyEngine((id, uppyId, job) => this.#transfer(id, uppyId, job.onProgress))))

  constructor(config: UploaderControllerConfig<R, Id>) {
    this.#config = config
    this.provider = config.providerId
    this.restrictions = config.restrictions ?? {}
    this.#started = config.autoStart ?? true
    this.#store = new UploaderStore<R>(config.progressInterval ?? 100, () => this.#started)
    this.#intake = new FileIntake<R>(config, this.#store)
    this.#scheduler = new Scheduler<R>({ concurrency: config.concurrency ?? 6, signConcurrency: config.signConcurrency ?? config.rules.signAhead ?? 16 })
    const policy = resolveRetryPolicy(config.retry)
    this.#loader = new CodeLoader(async () => {
      const [provider, { ProviderRunner }] = await Promise.all([config.loadProvider(), import('./controller/onFirstAdd.ts')])
      return new ProviderRunner<R>(provider, { endpoint: resolveEndpoint(config.providerId, config.endpoint), options: config.providerOptions, policy })
    })
  }

  readonly subscribe = (listener: () => void): (() => void) => this.#store.subscribe(listener)
  readonly getSnapshot = () => this.#store.getSnapshot()
  readonly getFile = (id: string): UploadFile<R> | undefined => this.#store.records.get(id)?.view
  readonly on: UploadController<R>['on'] = (event, listener) => this.#store.on(event, listener)

  readonly add = async (files: Iterable<File | Blob> | ArrayLike<File | Blob>): Promise<readonly UploadFile<R>[]> => {
    const list = Array.from(files as ArrayLike<File | Blob>)
    const added: UploadFile<R>[] = []
    if (!this.#watchingOnline) globalThis.addEventListener?.('online', this.#onOnline)
    this.#watchingOnline = true
    // Fetched while the first files are signed; a failure is retried when an upload needs the engine.
    this.#engine.get().catch(() => undefined)
    // Chunks with a yield between them: 10,000 files never block the main thread for long.
    for (let i = 0; i < list.length && !this.#destroyed; i += ADD_CHUNK) {
      if (i) await new Promise((resolve) => setTimeout(resolve))
      for (const blob of list.slice(i, i + ADD_CHUNK)) {
        const record = this.#intake.admit(blob)
        if (record.phase === 'queued') this.#scheduler.toSign(record.view.id)
        added.push(record.view)
      }
      this.#pump()
    }
    this.#store.emit('files-added', added)
    for (const file of added) if (file.error) this.#store.emit('file-rejected', file, file.error)
    return added
  }

  readonly start = (): void => {
    this.#started = true
    this.#store.invalidate()
    this.#pump()
  }

  readonly cancel = (id?: string): void => {
    for (const record of this.#store.select(id)) {
      if (!/^(queued|signing|ready|uploading|committing|paused)$/.test(record.phase)) continue
      this.#detach(record, false)
      this.#store.transition(record, 'canceled')
    }
    this.#pump()
  }

  readonly retry = (target?: string | RetryAllOptions): void => {
    const id = typeof target === 'string' ? target : undefined
    const canceled = id !== undefined || (typeof target === 'object' && target.canceled === true)
    for (const record of this.#store.select(id)) {
      const { phase, view } = record
      // One file: failed or canceled. All: failed files whose error can go away by retrying (and canceled ones when asked).
      const failed = phase === 'error' && (id !== undefined || view.error?.retryable === true)
      if (failed || (canceled && phase === 'canceled')) this.#requeue(record)
    }
    this.#started = true
    this.#pump()
  }

  readonly remove = (id: string): void => {
    const record = this.#store.records.get(id)
    if (!record) return
    this.#detach(record, false)
    this.#store.delete(record)
    this.#intake.release(record)
    this.#pump()
  }

  readonly pause = (id?: string): void => {
    for (const record of this.#store.select(id)) {
      if (!/^(queued|signing|ready|uploading)$/.test(record.phase)) continue
      this.#detach(record, true)
      this.#store.transition(record, 'paused', keptBytes(record))
    }
    this.#pump()
  }

  readonly resume = (id?: string): void => {
    for (const record of this.#store.select(id)) if (record.phase === 'paused') this.#requeue(record)
    this.#started = true
    this.#pump()
  }

  readonly clearFinished = (): void => {
    for (const record of [...this.#store.records.values()]) if (/^(done|rejected|canceled)$/.test(record.phase)) this.remove(record.view.id)
  }

  readonly destroy = (): void => {
    this.#destroyed = true
    for (const record of this.#store.records.values()) record.abort?.abort()
    this.#engine.loaded?.destroy()
    this.#loader.loaded?.session.clear()
    this.#store.close()
    globalThis.removeEventListener?.('online', this.#onOnline)
  }

  /** A new or renewed ticket: whether pausing it keeps its bytes. */
  #setTicket(record: FileRecord<R>, ticket: unknown, runner: ProviderRunner<R>): void {
    record.ticket = ticket
    const resumable = runner.resumable(providerFileOf(record), ticket)
    if (record.view.resumable !== resumable) this.#store.patch(record, { resumable })
  }

  /** Back to the start of the pipeline; a kept ticket (pause, retryable upload failure) skips the sign step. */
  #requeue(record: FileRecord<R>): void {
    const keep = record.ticket !== undefined && record.phase !== 'canceled'
    this.#store.transition(record, keep ? 'ready' : 'queued', { error: undefined, ...keptBytes(record) })
    if (keep) this.#scheduler.toUpload(record.view.id)
    else this.#scheduler.toSign(record.view.id)
  }

  /** Stops whatever runs for a file (its sign call, its Uppy upload); gives its ticket up unless kept. */
  #detach(record: FileRecord<R>, keepTicket: boolean): void {
    record.abort?.abort()
    record.abort = undefined
    this.#scheduler.release(record.view.id)
    record.uppyId = undefined
    if (!keepTicket) this.#dropTicket(record)
  }

  /** The ticket will not be used again: the provider may release what it holds (e.g. multipart parts). */
  #dropTicket(record: FileRecord<R>): void {
    const { ticket } = record
    record.ticket = undefined
    record.receipt = undefined
    record.stored = 0
    if (record.phase !== 'done') this.#loader.loaded?.provider.discard?.(providerFileOf(record), ticket)
  }

  #fail(record: FileRecord<R>, error: unknown): void {
    const err = isMediaUploaderError(error)
      ? error
      : new MediaUploaderError('unknown', { provider: this.#config.providerId, file: fileRefOf(record), params: { detail: String(error) }, cause: error })
    if (this.#config.messages) err.withMessages(this.#config.messages)
    // A ticket that can still be used (network, 5xx, a failed commit) is kept, so a retry continues.
    if (!err.retryable || err.code === 'url-expired') this.#dropTicket(record)
    // A failed file counts no bytes: what the storage kept comes back when a retry resumes.
    this.#store.transition(record, 'error', { error: err, bytesUploaded: 0, progress: 0 })
    this.#store.emit('upload-error', record.view, err)
  }

  async #sign(record: FileRecord<R>): Promise<void> {
    const abort = (record.abort = new AbortController())
    const live = () => !abort.signal.aborted && this.#store.has(record)
    this.#store.transition(record, 'signing')
    try {
      const runner = await this.#runner(record)
      const outcome = await signFile(record, runner, this.#store, this.#config, abort.signal)
      if (!live()) return
      if ('failure' in outcome) {
        const error = this.#intake.rejection(record, outcome.failure)
        this.#store.transition(record, 'rejected', { error })
        this.#store.emit('file-rejected', record.view, error)
        return
      }
      record.stored = 0
      this.#setTicket(record, outcome.ticket, runner)
      this.#store.transition(record, 'ready', { resumedFrom: undefined })
      this.#scheduler.toUpload(record.view.id)
    } catch (error) {
      if (live()) this.#fail(record, error)
    } finally {
      if (record.abort === abort) {
        record.abort = undefined
        this.#scheduler.release(record.view.id)
        this.#pump()
      }
    }
  }

  /** The provider's runner; a failed load fails the file with `network` (retried when back online). */
  #runner(record: FileRecord<R>): Promise<ProviderRunner<R>> {
    return this.#loader.get().catch((cause: unknown) => Promise.reject(this.#notLoaded(record, 'provider code', cause)))
  }

  #notLoaded(record: FileRecord<R>, what: string, cause: unknown): MediaUploaderError {
    return new MediaUploaderError('network', { provider: this.#config.providerId, file: fileRefOf(record), params: { detail: `${what} did not load` }, cause })
  }

  #startUploads(records: FileRecord<R>[]): void {
    const started = records.map((record) => {
      this.#store.transition(record, 'uploading', keptBytes(record))
      return { record, abort: (record.abort = new AbortController()) }
    })
    this.#store.emit('upload-start', records.map((r) => r.view))
    const stillStarting = () => started.filter(({ record, abort }) => record.abort === abort && record.phase === 'uploading' && this.#store.has(record))
    this.#engine.get().then(
      (engine) => {
        if (this.#destroyed) return engine.destroy()
        for (const { record } of stillStarting()) record.uppyId = engine.add(record.view)
        engine.upload()
      },
      (cause: unknown) => {
        for (const { record } of stillStarting()) {
          record.abort = undefined
          this.#scheduler.release(record.view.id)
          this.#fail(record, this.#notLoaded(record, 'upload engine', cause))
        }
        this.#pump()
      },
    )
  }

  /** One file's upload and commit, run by the Uppy plugin; a run of an Uppy file the record moved on from (paused, resumed) does nothing. */
  async #transfer(id: string, uppyId: string, report: (bytes: number) => void): Promise<R | undefined> {
    const record = this.#store.records.get(id)
    const abort = record?.abort
    if (!record || !abort || record.phase !== 'uploading' || record.uppyId !== uppyId) return undefined
    const { signal } = abort
    try {
      const runner = await this.#runner(record)
      const done = await transferFile(record, runner, this.#store, { signal, onProgress: report, onTicket: (ticket) => this.#setTicket(record, ticket, runner) })
      if (done) this.#store.emit('upload-success', record.view, done.result)
      return done?.result
    } catch (error) {
      // Stopped by the controller (pause, cancel, remove): nothing to report to Uppy either.
      if (signal.aborted || !this.#store.has(record)) return undefined
      this.#fail(record, error)
      throw error
    } finally {
      if (record.abort === abort) {
        record.abort = undefined
        this.#scheduler.release(id)
        record.uppyId = undefined
        this.#pump()
      }
    }
  }

  #onOnline = (): void => {
    for (const record of this.#store.records.values()) {
      const code = record.phase === 'error' ? record.view.error?.code : undefined
      if (code === 'network' || code === 'sign-failed') this.#requeue(record)
    }
    this.#pump()
  }

  #pump(): void {
    if (!this.#started || this.#destroyed) return
    const { sign, upload } = this.#scheduler.plan((id) => this.#store.records.get(id))
    for (const record of sign) void this.#sign(record)
    if (upload.length) this.#startUploads(upload)
    this.#store.settle()
  }
}
