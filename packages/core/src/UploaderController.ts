import Uppy, { type UppyFile } from '@uppy/core'
import type { KyInstance } from 'ky'
import { MediaUploaderError, isMediaUploaderError, type ErrorFileRef } from './errors/MediaUploaderError.ts'
import { checkRestrictions, mimeForExtension } from './internal/checkRestrictions.ts'
import { classifyTransportError } from './internal/classifyTransportError.ts'
import { createHttp } from './internal/createHttp.ts'
import { Emitter } from './internal/Emitter.ts'
import { fileExtension } from './internal/fileExtension.ts'
import { probeMedia } from './internal/probeMedia.ts'
import { resolveEndpoint } from './internal/resolveEndpoint.ts'
import type { Provider, ProviderFile, ProviderRules, SignContext, TransportResponse } from './provider.ts'
import type {
  FileStatus,
  MediaInfo,
  Restrictions,
  UploadController,
  UploaderEvents,
  UploaderSnapshot,
  UploaderStatus,
  UploadFile,
  UploadTotals,
} from './types.ts'

/** Everything the controller needs; `createUploader` fills it from the registry. */
export interface UploaderControllerConfig {
  readonly providerId: string
  readonly rules: ProviderRules
  loadProvider(): Promise<Provider>
  readonly endpoint?: string | undefined
  readonly providerOptions?: unknown
  readonly restrictions?: Restrictions | undefined
  readonly autoStart?: boolean | undefined
  readonly concurrency?: number | undefined
  readonly signConcurrency?: number | undefined
  readonly autoRetries?: number | undefined
  readonly progressInterval?: number | undefined
}

interface Entry<R> {
  view: UploadFile<R>
  readonly source: ProviderFile
  ticket: unknown
  signAbort: AbortController | undefined
  uppyId: string | undefined
  attempts: number
  resigned: boolean
  media: Promise<MediaInfo> | undefined
}

const ACTIVE: ReadonlySet<FileStatus> = new Set(['queued', 'signing', 'uploading'])
const FINAL: ReadonlySet<FileStatus> = new Set(['done', 'rejected', 'canceled'])
const ADD_CHUNK = 500

let instances = 0

const silentLogger = { debug() {}, warn() {}, error() {} }

function emptyCounts(): Record<FileStatus, number> {
  return { queued: 0, signing: 0, uploading: 0, paused: 0, done: 0, error: 0, rejected: 0, canceled: 0 }
}

function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function mediaKind(type: string, ext: string): 'image' | 'video' | 'other' {
  const mime = type || mimeForExtension(ext) || ''
  return mime.startsWith('image/') ? 'image' : mime.startsWith('video/') ? 'video' : 'other'
}

/**
 * The headless uploader: a file list that is the source of truth, a sign
 * pipeline that runs ahead of the uploads, and Uppy as the transfer engine
 * for the files in flight (only those are added to Uppy, which keeps Uppy's
 * per-file state copies small for 10,000-file batches).
 */
export class UploaderController<R> implements UploadController<R> {
  readonly #config: UploaderControllerConfig
  readonly #restrictions: Restrictions
  readonly #concurrency: number
  readonly #signConcurrency: number
  readonly #autoRetries: number
  readonly #progressInterval: number
  readonly #entries = new Map<string, Entry<R>>()
  readonly #listeners = new Set<() => void>()
  readonly #events = new Emitter<UploaderEvents<R>>()
  readonly #signQueue: string[] = []
  readonly #ready: string[] = []
  readonly #byUppyId = new Map<string, string>()
  readonly #dedupe = new Set<string>()
  readonly #instance = ++instances
  readonly #inFlight = new Set<string>()
  readonly #counts = emptyCounts()
  #signing = 0
  #snapshot: UploaderSnapshot<R> | undefined
  #notifyTimer: ReturnType<typeof setTimeout> | undefined
  #lastNotify = 0
  #provider: Promise<Provider> | undefined
  #uppy: Uppy | undefined
  #http: KyInstance | undefined
  #started = false
  #batchActive = false
  #nextId = 0
  #destroyed = false

  constructor(config: UploaderControllerConfig) {
    this.#config = config
    this.#restrictions = config.restrictions ?? {}
    this.#concurrency = config.concurrency ?? 6
    this.#signConcurrency = config.signConcurrency ?? 4
    this.#autoRetries = config.autoRetries ?? 2
    this.#progressInterval = config.progressInterval ?? 100
    this.#started = config.autoStart ?? true
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getSnapshot = (): UploaderSnapshot<R> => {
    this.#snapshot ??= this.#buildSnapshot()
    return this.#snapshot
  }

  getFile = (id: string): UploadFile<R> | undefined => this.#entries.get(id)?.view

  on<E extends keyof UploaderEvents<R>>(event: E, listener: UploaderEvents<R>[E]): () => void {
    return this.#events.on(event, listener)
  }

  async add(files: Iterable<File | Blob> | ArrayLike<File | Blob>): Promise<readonly UploadFile<R>[]> {
    const list = Array.from(files as ArrayLike<File | Blob>)
    const added: UploadFile<R>[] = []
    for (let start = 0; start < list.length; start += ADD_CHUNK) {
      if (start > 0) await yieldToMain()
      if (this.#destroyed) break
      for (const blob of list.slice(start, start + ADD_CHUNK)) added.push(this.#addOne(blob))
      this.#invalidate()
      this.#pump()
    }
    this.#events.emit('files-added', added)
    for (const file of added) if (file.status === 'rejected' && file.error) this.#events.emit('file-rejected', file, file.error)
    return added
  }

  start = (): void => {
    this.#started = true
    this.#pump()
  }

  cancel = (id?: string): void => {
    for (const entry of this.#select(id)) {
      if (!ACTIVE.has(entry.view.status) && entry.view.status !== 'paused') continue
      this.#detach(entry)
      this.#update(entry, { status: 'canceled' })
    }
    this.#pump()
  }

  retry = (id?: string): void => {
    for (const entry of this.#select(id)) {
      const status = entry.view.status
      if (status !== 'error' && status !== 'canceled') continue
      if (status === 'error' && entry.view.error && !entry.view.error.retryable && id === undefined) continue
      entry.attempts = 0
      entry.ticket = undefined
      this.#update(entry, { status: 'queued', error: undefined, bytesUploaded: 0, progress: 0 })
      this.#signQueue.push(entry.view.id)
    }
    this.#started = true
    this.#pump()
  }

  remove = (id: string): void => {
    const entry = this.#entries.get(id)
    if (!entry) return
    this.#detach(entry)
    this.#counts[entry.view.status]--
    this.#entries.delete(id)
    this.#dedupe.delete(this.#dedupeKey(entry.source.data, entry.source.name))
    this.#invalidate()
    this.#pump()
  }

  pause = (id?: string): void => {
    for (const entry of this.#select(id)) {
      if (!ACTIVE.has(entry.view.status)) continue
      this.#detach(entry, true)
      this.#update(entry, { status: 'paused', bytesUploaded: 0, progress: 0 })
    }
    this.#pump()
  }

  resume = (id?: string): void => {
    for (const entry of this.#select(id)) {
      if (entry.view.status !== 'paused') continue
      this.#update(entry, { status: 'queued' })
      if (entry.ticket !== undefined) this.#ready.push(entry.view.id)
      else this.#signQueue.push(entry.view.id)
    }
    this.#started = true
    this.#pump()
  }

  clearFinished = (): void => {
    for (const entry of [...this.#entries.values()]) if (FINAL.has(entry.view.status)) this.remove(entry.view.id)
  }

  destroy = (): void => {
    this.#destroyed = true
    for (const entry of this.#entries.values()) entry.signAbort?.abort()
    this.#uppy?.destroy()
    this.#uppy = undefined
    clearTimeout(this.#notifyTimer)
    this.#listeners.clear()
    this.#events.clear()
  }

  #select(id: string | undefined): Entry<R>[] {
    if (id === undefined) return [...this.#entries.values()]
    const entry = this.#entries.get(id)
    return entry ? [entry] : []
  }

  #dedupeKey(blob: Blob, name: string): string {
    return `${name}\u0000${blob.size}\u0000${(blob as File).lastModified ?? ''}`
  }

  #addOne(blob: Blob): UploadFile<R> {
    const name = (blob as File).name || `file-${this.#nextId + 1}`
    const ext = fileExtension(name)
    const type = blob.type || mimeForExtension(ext) || ''
    const id = `mu${this.#instance}-${++this.#nextId}`
    const source: ProviderFile = { id, name, size: blob.size, type, data: blob, extension: ext }
    const ref: ErrorFileRef = { id, name, size: blob.size, type }
    let error: MediaUploaderError | undefined
    const failure = checkRestrictions(source, this.#config.rules, this.#restrictions)
    const key = this.#dedupeKey(blob, name)
    const listed = this.#entries.size - this.#counts.rejected - this.#counts.canceled
    if (failure) error = new MediaUploaderError(failure.code, { provider: this.#config.providerId, file: ref, params: failure.params })
    else if (this.#restrictions.maxFiles !== undefined && listed >= this.#restrictions.maxFiles)
      error = new MediaUploaderError('too-many-files', { provider: this.#config.providerId, file: ref, params: { max: this.#restrictions.maxFiles } })
    else if ((this.#restrictions.rejectDuplicates ?? true) && this.#dedupe.has(key))
      error = new MediaUploaderError('duplicate-file', { provider: this.#config.providerId, file: ref })
    const view: UploadFile<R> = {
      id, name, size: blob.size, type, data: blob,
      status: error ? 'rejected' : 'queued',
      bytesUploaded: 0, progress: 0, result: undefined, error, media: undefined,
    }
    this.#counts[view.status]++
    this.#entries.set(id, { view, source, ticket: undefined, signAbort: undefined, uppyId: undefined, attempts: 0, resigned: false, media: undefined })
    if (!error) {
      this.#dedupe.add(key)
      this.#signQueue.push(id)
    }
    return view
  }

  #update(entry: Entry<R>, patch: Partial<UploadFile<R>>): void {
    if (patch.status !== undefined && patch.status !== entry.view.status && this.#entries.get(entry.view.id) === entry) {
      this.#counts[entry.view.status]--
      this.#counts[patch.status]++
    }
    entry.view = { ...entry.view, ...patch }
    this.#invalidate()
  }

  #invalidate(): void {
    this.#snapshot = undefined
    if (this.#notifyTimer !== undefined || this.#destroyed) return
    const wait = Math.max(0, this.#lastNotify + this.#progressInterval - Date.now())
    this.#notifyTimer = setTimeout(() => {
      this.#notifyTimer = undefined
      this.#lastNotify = Date.now()
      for (const listener of [...this.#listeners]) listener()
    }, wait)
  }

  #buildSnapshot(): UploaderSnapshot<R> {
    const files: UploadFile<R>[] = []
    const count = { ...this.#counts }
    let bytesUploaded = 0
    let bytesTotal = 0
    for (const { view } of this.#entries.values()) {
      files.push(view)
      if (view.status === 'rejected' || view.status === 'canceled') continue
      bytesTotal += view.size
      bytesUploaded += view.status === 'done' ? view.size : view.bytesUploaded
    }
    const totals: UploadTotals = { bytesUploaded, bytesTotal, progress: bytesTotal ? bytesUploaded / bytesTotal : 0, count }
    return { files, status: this.#status(count), totals }
  }

  #status(count: Record<FileStatus, number>): UploaderStatus {
    if (count.queued + count.signing + count.uploading > 0) return this.#started ? 'uploading' : 'idle'
    if (count.paused > 0) return 'paused'
    if (count.error > 0) return 'error'
    if (count.done > 0) return 'complete'
    return 'idle'
  }

  #provider_(): Promise<Provider> {
    this.#provider ??= this.#config.loadProvider()
    return this.#provider
  }

  #signContext(entry: Entry<R>, signal: AbortSignal): SignContext<unknown> {
    this.#http ??= createHttp()
    return {
      providerId: this.#config.providerId,
      endpoint: resolveEndpoint(this.#config.providerId, this.#config.endpoint),
      http: this.#http,
      signal,
      options: this.#config.providerOptions ?? {},
      probeMedia: () => {
        entry.media ??= probeMedia(entry.source.data, mediaKind(entry.source.type, entry.source.extension)).then((media) => {
          if (this.#entries.get(entry.view.id) === entry) this.#update(entry, { media })
          return media
        })
        return entry.media
      },
    }
  }

  #fileRef(entry: Entry<R>): ErrorFileRef {
    const { id, name, size, type } = entry.view
    return { id, name, size, type }
  }

  #pump(): void {
    if (!this.#started || this.#destroyed) return
    while (this.#signing < this.#signConcurrency && this.#ready.length + this.#signing < this.#concurrency + this.#signConcurrency) {
      const id = this.#signQueue.shift()
      if (id === undefined) break
      const entry = this.#entries.get(id)
      if (!entry || entry.view.status !== 'queued') continue
      this.#sign(entry)
    }
    const batch: Entry<R>[] = []
    while (this.#inFlight.size < this.#concurrency) {
      const id = this.#ready.shift()
      if (id === undefined) break
      const entry = this.#entries.get(id)
      if (!entry || entry.view.status !== 'queued') continue
      this.#inFlight.add(id)
      batch.push(entry)
    }
    if (batch.length) void this.#upload(batch)
    this.#checkComplete()
  }

  #sign(entry: Entry<R>): void {
    const abort = new AbortController()
    entry.signAbort = abort
    this.#signing++
    this.#update(entry, { status: 'signing' })
    const run = async () => {
      const provider = await this.#provider_()
      return provider.prepare(entry.source, this.#signContext(entry, abort.signal))
    }
    run()
      .then(
        (ticket) => {
          if (abort.signal.aborted || this.#entries.get(entry.view.id) !== entry) return
          entry.ticket = ticket
          this.#update(entry, { status: 'queued' })
          this.#ready.push(entry.view.id)
        },
        (error: unknown) => {
          if (abort.signal.aborted || this.#entries.get(entry.view.id) !== entry) return
          const err = isMediaUploaderError(error)
            ? error
            : new MediaUploaderError('unknown', { provider: this.#config.providerId, file: this.#fileRef(entry), params: { detail: String(error) }, cause: error })
          this.#fail(entry, err)
        },
      )
      .finally(() => {
        entry.signAbort = undefined
        this.#signing--
        this.#pump()
      })
  }

  async #upload(batch: Entry<R>[]): Promise<void> {
    const provider = await this.#provider_()
    const uppy = this.#ensureUppy(provider)
    const now = Date.now()
    const fresh: Entry<R>[] = []
    for (const entry of batch) {
      const expiresAt = provider.expiresAt?.(entry.ticket)
      if (expiresAt !== undefined && expiresAt <= now && !entry.resigned) {
        entry.resigned = true
        entry.ticket = undefined
        this.#inFlight.delete(entry.view.id)
        this.#signQueue.unshift(entry.view.id)
        continue
      }
      fresh.push(entry)
    }
    for (const entry of fresh) this.#update(entry, { status: 'uploading', bytesUploaded: 0, progress: 0 })
    if (fresh.length) {
      this.#events.emit('upload-start', fresh.map((e) => e.view))
      uppy.addFiles(
        fresh.map((entry) => ({
          name: entry.source.name,
          type: entry.source.type || 'application/octet-stream',
          data: entry.source.data,
          meta: { muId: entry.view.id, relativePath: entry.view.id },
          source: 'media-uploader',
          isRemote: false,
        })),
      )
      uppy.upload().catch((error: unknown) => {
        for (const entry of fresh) if (entry.view.status === 'uploading') this.#onTransportError(entry, error)
      })
    }
    this.#pump()
  }

  #ensureUppy(provider: Provider): Uppy {
    if (this.#uppy) return this.#uppy
    const uppy = new Uppy({ id: `media-uploader-${this.#instance}`, autoProceed: false, allowMultipleUploadBatches: true, infoTimeout: 0, logger: silentLogger })
    uppy.on('file-added', (file) => {
      const muId = file.meta['muId']
      if (typeof muId !== 'string') return
      this.#byUppyId.set(file.id, muId)
      const entry = this.#entries.get(muId)
      if (entry) entry.uppyId = file.id
    })
    uppy.on('upload-progress', (file, progress) => {
      const entry = file && this.#entryFor(file.id)
      if (!entry || entry.view.status !== 'uploading') return
      const bytes = Number(progress.bytesUploaded) || 0
      this.#update(entry, { bytesUploaded: bytes, progress: entry.view.size ? bytes / entry.view.size : 0 })
    })
    uppy.on('upload-success', (file, response) => {
      const entry = file && this.#entryFor(file.id)
      if (!entry) return
      const body = (response.body ?? {}) as { location?: string; key?: string }
      void this.#finish(entry, { location: body.location ?? response.uploadURL, key: body.key, body: response.body })
    })
    uppy.on('upload-error', (file, error) => {
      const entry = file && this.#entryFor(file.id)
      if (entry) this.#onTransportError(entry, error)
    })
    provider.installTransport(uppy, {
      limit: this.#concurrency,
      ticketFor: (uppyFileId) => {
        const entry = this.#entryFor(uppyFileId)
        if (!entry || entry.ticket === undefined) throw new Error(`media-uploader: no ticket for ${uppyFileId}`)
        return entry.ticket
      },
    })
    this.#uppy = uppy
    return uppy
  }

  #entryFor(uppyId: string): Entry<R> | undefined {
    const muId = this.#byUppyId.get(uppyId)
    return muId === undefined ? undefined : this.#entries.get(muId)
  }

  async #finish(entry: Entry<R>, response: TransportResponse): Promise<void> {
    if (entry.view.status !== 'uploading') return
    try {
      const provider = await this.#provider_()
      const result = (await provider.finish(entry.source, entry.ticket, response, this.#signContext(entry, new AbortController().signal))) as R
      if (entry.view.status !== 'uploading') return
      this.#releaseUppy(entry)
      this.#update(entry, { status: 'done', bytesUploaded: entry.view.size, progress: 1, result })
      this.#events.emit('upload-success', entry.view, result)
    } catch (error) {
      this.#releaseUppy(entry)
      this.#fail(
        entry,
        isMediaUploaderError(error)
          ? error
          : new MediaUploaderError('commit-failed', { provider: this.#config.providerId, file: this.#fileRef(entry), params: { detail: String((error as Error)?.message ?? error) }, cause: error }),
      )
    }
    this.#pump()
  }

  #onTransportError(entry: Entry<R>, error: unknown): void {
    if (entry.view.status !== 'uploading') return
    this.#releaseUppy(entry)
    const provider = this.#provider
    void (provider ?? Promise.resolve(undefined)).then((p) => {
      const classified = p?.classifyError?.(error, entry.ticket) ?? classifyTransportError(error)
      const retryable = classified.code === 'url-expired' || (classified.code === 'storage-rejected' && (classified.status ?? 0) >= 500)
      if (retryable && entry.attempts < this.#autoRetries) {
        entry.attempts++
        entry.ticket = undefined
        entry.resigned = false
        this.#update(entry, { status: 'queued', bytesUploaded: 0, progress: 0 })
        this.#signQueue.unshift(entry.view.id)
      } else {
        this.#fail(
          entry,
          new MediaUploaderError(classified.code, {
            provider: this.#config.providerId,
            file: this.#fileRef(entry),
            status: classified.status,
            serviceCode: classified.serviceCode,
            params: { detail: classified.detail ?? classified.code },
            cause: error,
          }),
        )
      }
      this.#pump()
    })
  }

  #fail(entry: Entry<R>, error: MediaUploaderError): void {
    this.#update(entry, { status: 'error', error })
    this.#events.emit('upload-error', entry.view, error)
  }

  #releaseUppy(entry: Entry<R>): void {
    this.#inFlight.delete(entry.view.id)
    const uppyId = entry.uppyId
    if (uppyId === undefined) return
    entry.uppyId = undefined
    this.#byUppyId.delete(uppyId)
    const uppy = this.#uppy
    if (uppy?.getFile(uppyId)) queueMicrotask(() => uppy.removeFile(uppyId))
  }

  #detach(entry: Entry<R>, keepTicket = false): void {
    entry.signAbort?.abort()
    this.#inFlight.delete(entry.view.id)
    if (entry.uppyId !== undefined) {
      const uppyId = entry.uppyId
      entry.uppyId = undefined
      this.#byUppyId.delete(uppyId)
      this.#uppy?.removeFile(uppyId)
    }
    if (!keepTicket) entry.ticket = undefined
  }

  #checkComplete(): void {
    const active = this.#counts.queued + this.#counts.signing + this.#counts.uploading
    if (active > 0) {
      this.#batchActive = true
      return
    }
    if (!this.#batchActive) return
    this.#batchActive = false
    const files = [...this.#entries.values()].map((e) => e.view)
    this.#events.emit('complete', {
      successful: files.filter((f) => f.status === 'done'),
      failed: files.filter((f) => f.status === 'error'),
    })
  }
}
