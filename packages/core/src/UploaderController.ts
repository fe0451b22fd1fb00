import Uppy from '@uppy/core'
import type { KyInstance } from 'ky'
import type { ErrorCode } from './errors/ErrorCode.ts'
import { MediaUploaderError, isMediaUploaderError, type MediaUploaderErrorOptions } from './errors/MediaUploaderError.ts'
import { checkRestrictions, type RestrictionFailure } from './internal/checkRestrictions.ts'
import { classifyTransportError } from './internal/classifyTransportError.ts'
import { createHttp } from './internal/createHttp.ts'
import { fileExtension } from './internal/fileExtension.ts'
import { mimeForExtension } from './internal/mimeForExtension.ts'
import { resolveEndpoint } from './internal/resolveEndpoint.ts'
import type { Provider, ProviderFile, ProviderRules, SignContext, TransportResponse } from './provider.ts'
import type {
  BeforeUpload,
  FileStatus,
  MediaInfo,
  Restrictions,
  UploadController,
  UploaderEvents,
  UploaderSnapshot,
  UploadFile,
} from './types.ts'

/** Everything the controller needs; `createUploader` fills it from the registry. */
export interface UploaderControllerConfig {
  readonly providerId: string
  readonly rules: ProviderRules
  loadProvider(): Promise<Provider>
  readonly endpoint?: string | undefined
  readonly providerOptions?: unknown
  readonly restrictions?: Restrictions | undefined
  readonly onBeforeUpload?: BeforeUpload | undefined
  readonly autoStart?: boolean | undefined
  readonly concurrency?: number | undefined
  readonly signConcurrency?: number | undefined
  readonly autoRetries?: number | undefined
  readonly progressInterval?: number | undefined
}

interface Entry<R> {
  view: UploadFile<R>
  /** Dedupe key, set while this entry holds it. */
  key?: string
  ticket?: unknown
  abort?: AbortController
  uppyId?: string
  /** Automatic retries used. */
  tries: number
  resigned?: boolean
  /** `onBeforeUpload` has run and its result applied. */
  prepared?: boolean
  media?: Promise<MediaInfo>
}

type Listener = (...args: unknown[]) => void

let instances = 0
const SIGN_AHEAD_BYTES = 64 * 1024 * 1024

/**
 * The headless uploader: a file list that is the source of truth, a sign
 * pipeline that runs ahead of the uploads, and Uppy as the transfer engine
 * for the files in flight (only those are added to Uppy, which keeps Uppy's
 * per-file state copies small for 10,000-file batches). Use
 * {@link createUploader} for the built-in providers; this class takes any
 * provider object.
 *
 * @example
 * ```ts
 * const uploader = new UploaderController<MyResult>({ providerId: 'mine', rules: mine.rules, loadProvider: async () => mine })
 * ```
 */
export class UploaderController<R> {
  constructor(config: UploaderControllerConfig) {
    Object.assign(this, controller<R>(config))
  }
}

// The class is implemented by the closures `controller` returns (they minify far better than `#private` members).
export interface UploaderController<R> extends UploadController<R> {}

function controller<R>(config: UploaderControllerConfig): UploadController<R> {
  const { providerId: provider, rules, restrictions = {}, onBeforeUpload } = config
  const { concurrency = 6, signConcurrency = rules.signAhead ?? 16, autoRetries = 2, progressInterval = 100 } = config
  const instance = ++instances
  const entries = new Map<string, Entry<R>>()
  const listeners = new Set<() => void>()
  const handlers = new Map<string, Set<Listener>>()
  const signQueue: string[] = []
  const readyQueue: string[] = []
  const inFlight = new Set<string>()
  const byUppyId = new Map<string, Entry<R>>()
  const keys = new Set<string>()
  const counts: Record<FileStatus, number> = { queued: 0, signing: 0, uploading: 0, paused: 0, done: 0, error: 0, rejected: 0, canceled: 0 }
  let started = config.autoStart ?? true
  let signing = 0
  let signingBytes = 0
  let snapshot: UploaderSnapshot<R> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastNotify = 0
  let providerPromise: Promise<Provider> | undefined
  let uppy: Uppy | undefined
  let http: KyInstance | undefined
  let running = false
  let seq = 0
  let destroyed = false
  let watchingOnline = false

  const emit = <E extends keyof UploaderEvents<R>>(event: E, ...args: Parameters<UploaderEvents<R>[E]>): void => {
    for (const listener of handlers.get(event) ?? []) {
      try {
        listener(...args)
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  const invalidate = (): void => {
    snapshot = undefined
    if (timer !== undefined || destroyed) return
    timer = setTimeout(
      () => {
        timer = undefined
        lastNotify = Date.now()
        for (const listener of [...listeners]) listener()
      },
      Math.max(0, lastNotify + progressInterval - Date.now()),
    )
  }

  const set = (e: Entry<R>, patch: Partial<UploadFile<R>>): void => {
    if (entries.get(e.view.id) === e) {
      counts[e.view.status]--
      counts[patch.status ?? e.view.status]++
    }
    e.view = { ...e.view, ...patch }
    invalidate()
  }

  const error = (code: ErrorCode, e: Entry<R>, options?: Omit<MediaUploaderErrorOptions, 'provider' | 'file'>): MediaUploaderError => {
    const { id, name, size, type } = e.view
    return new MediaUploaderError(code, { provider, file: { id, name, size, type }, ...options })
  }

  const reject = (e: Entry<R>, failure: RestrictionFailure): MediaUploaderError => {
    const err = error(failure.code, e, { params: failure.params })
    set(e, { status: 'rejected', error: err })
    return err
  }

  const fail = (e: Entry<R>, err: MediaUploaderError): void => {
    set(e, { status: 'error', error: err })
    emit('upload-error', e.view, err)
  }

  const load = (): Promise<Provider> => (providerPromise ??= config.loadProvider())

  const source = (e: Entry<R>): ProviderFile => {
    const { id, name, size, type, data } = e.view
    return { id, name, size, type, data, extension: fileExtension(name) }
  }

  const context = (e: Entry<R>, signal: AbortSignal): SignContext<unknown> => ({
    providerId: provider,
    endpoint: resolveEndpoint(provider, config.endpoint),
    http: (http ??= createHttp()),
    signal,
    options: config.providerOptions ?? {},
    probeMedia: (probe) =>
      (e.media ??= probe(e.view.data, e.view.type.split('/')[0] ?? '').then((media) => {
        if (entries.get(e.view.id) === e) set(e, { media })
        return media
      })),
  })

  const select = (id: string | undefined): Entry<R>[] => {
    const one = id === undefined ? undefined : entries.get(id)
    return id === undefined ? [...entries.values()] : one ? [one] : []
  }

  /** Drops whatever is running for a file: its sign call, its Uppy upload and (unless kept) its ticket. */
  const detach = (e: Entry<R>, keepTicket?: boolean): void => {
    e.abort?.abort()
    inFlight.delete(e.view.id)
    if (e.uppyId !== undefined) {
      byUppyId.delete(e.uppyId)
      uppy?.removeFile(e.uppyId)
      e.uppyId = undefined
    }
    if (keepTicket) return
    const { ticket } = e
    e.ticket = undefined
    const file = source(e)
    if (providerPromise && e.view.status !== 'done') void providerPromise.then((p) => p.discard?.(file, ticket), () => undefined)
  }

  /** After Uppy reported a result: forget the file there once Uppy's own handlers have run. */
  const release = (e: Entry<R>): void => {
    const uppyId = e.uppyId
    inFlight.delete(e.view.id)
    if (uppyId === undefined) return
    e.uppyId = undefined
    byUppyId.delete(uppyId)
    queueMicrotask(() => uppy?.getFile(uppyId) && uppy.removeFile(uppyId))
  }

  const requeue = (e: Entry<R>, front?: boolean): void => {
    e.ticket = undefined
    e.resigned = false
    set(e, { status: 'queued', error: undefined, bytesUploaded: 0, progress: 0 })
    if (front) signQueue.unshift(e.view.id)
    else signQueue.push(e.view.id)
  }

  const addOne = (blob: Blob): UploadFile<R> => {
    const id = `mu${instance}-${++seq}`
    const name = (blob as File).name || `file-${seq}`
    const key = `${name}\0${blob.size}\0${(blob as File).lastModified}`
    const type = blob.type || mimeForExtension(fileExtension(name)) || ''
    const e: Entry<R> = {
      view: { id, name, size: blob.size, type, data: blob, status: 'queued', bytesUploaded: 0, progress: 0, result: undefined, error: undefined, media: undefined },
      tries: 0,
    }
    const max = restrictions.maxFiles ?? Infinity
    const failure: RestrictionFailure | undefined =
      checkRestrictions(e.view, rules, restrictions) ??
      (entries.size - counts.rejected - counts.canceled >= max
        ? { code: 'too-many-files', params: { max } }
        : restrictions.rejectDuplicates !== false && keys.has(key)
          ? { code: 'duplicate-file' }
          : undefined)
    entries.set(id, e)
    counts.queued++
    if (failure) reject(e, failure)
    else {
      keys.add((e.key = key))
      signQueue.push(id)
    }
    return e.view
  }

  /** Runs `onBeforeUpload` once; a failure when it rejects the file or its replacement. */
  const beforeUpload = async (e: Entry<R>, signal: AbortSignal): Promise<RestrictionFailure | undefined> => {
    if (!onBeforeUpload || e.prepared) return
    const { data, name, type } = e.view
    const out = await onBeforeUpload(data instanceof File ? data : new File([data], name, { type }))
    signal.throwIfAborted()
    if (out === false) return { code: 'rejected-by-app' }
    if (out && out !== data) {
      const next = { name: (out as File).name || name, size: out.size, type: out.type || type, data: out }
      const failure = checkRestrictions(next, rules, restrictions)
      if (failure) return failure
      e.media = undefined
      set(e, next)
    }
    e.prepared = true
  }

  const sign = (e: Entry<R>): void => {
    const abort = (e.abort = new AbortController())
    const live = () => !abort.signal.aborted && entries.get(e.view.id) === e
    const size = e.view.size
    signing++
    signingBytes += size
    set(e, { status: 'signing' })
    const run = async () => {
      const p = await load()
      return (await beforeUpload(e, abort.signal)) ?? { ticket: await p.prepare(source(e), context(e, abort.signal)) }
    }
    run()
      .then(
        (outcome) => {
          if (!live()) return
          if ('code' in outcome) {
            const err = reject(e, outcome)
            return emit('file-rejected', e.view, err)
          }
          e.ticket = outcome.ticket
          set(e, { status: 'queued' })
          readyQueue.push(e.view.id)
        },
        (err: unknown) => {
          if (live()) fail(e, isMediaUploaderError(err) ? err : error('unknown', e, { params: { detail: String(err) }, cause: err }))
        },
      )
      .finally(() => {
        if (e.abort === abort) e.abort = undefined
        signing--
        signingBytes -= size
        pump()
      })
  }

  const finish = async (e: Entry<R>, response: TransportResponse): Promise<void> => {
    let outcome: { result: R } | { error: MediaUploaderError }
    try {
      const p = await load()
      outcome = { result: (await p.finish(source(e), e.ticket, response, context(e, new AbortController().signal))) as R }
    } catch (err) {
      const detail = String((err as Error)?.message ?? err)
      outcome = { error: isMediaUploaderError(err) ? err : error('commit-failed', e, { params: { detail }, cause: err }) }
    }
    if (e.view.status !== 'uploading') return
    release(e)
    if ('error' in outcome) fail(e, outcome.error)
    else {
      set(e, { status: 'done', bytesUploaded: e.view.size, progress: 1, result: outcome.result })
      emit('upload-success', e.view, outcome.result)
    }
    pump()
  }

  const onTransportError = (e: Entry<R>, err: unknown): void => {
    if (e.view.status !== 'uploading') return
    release(e)
    void load().then((p) => {
      const c = p.classifyError?.(err, e.ticket) ?? classifyTransportError(err)
      if ((c.code === 'url-expired' || (c.code === 'storage-rejected' && (c.status ?? 0) >= 500)) && e.tries < autoRetries) {
        e.tries++
        requeue(e, true)
      } else {
        fail(e, error(c.code, e, { status: c.status, serviceCode: c.serviceCode, params: { detail: c.detail ?? c.code }, cause: err }))
      }
      pump()
    })
  }

  const ensureUppy = (p: Provider): Uppy => {
    if (uppy) return uppy
    const u = new Uppy({ logger: { debug() {}, warn() {}, error() {} } })
    const entryOf = (file: { id: string } | undefined) => (file ? byUppyId.get(file.id) : undefined)
    u.on('upload-progress', (file, progress) => {
      const e = entryOf(file)
      const bytes = Number(progress.bytesUploaded) || 0
      if (e?.view.status === 'uploading') set(e, { bytesUploaded: bytes, progress: e.view.size ? bytes / e.view.size : 0 })
    })
    u.on('upload-success', (file, response) => {
      const e = entryOf(file)
      const body = (response.body ?? {}) as { location?: string; key?: string }
      if (e) void finish(e, { location: body.location ?? response.uploadURL, key: body.key, body: response.body })
    })
    u.on('upload-error', (file, err) => {
      const e = entryOf(file)
      if (e) onTransportError(e, err)
    })
    p.installTransport(u, {
      limit: concurrency,
      ticketFor: (uppyId) => {
        const e = byUppyId.get(uppyId)
        if (e?.ticket === undefined) throw new Error(`media-uploader: no ticket for ${uppyId}`)
        return e.ticket
      },
    })
    return (uppy = u)
  }

  const upload = async (batch: Entry<R>[]): Promise<void> => {
    const p = await load()
    const u = ensureUppy(p)
    const fresh = batch.filter((e) => {
      if (!inFlight.has(e.view.id)) return false
      if (e.resigned || (p.expiresAt?.(e.ticket) ?? Infinity) > Date.now()) return true
      // The ticket expired while it waited: sign again, once.
      e.resigned = true
      e.ticket = undefined
      inFlight.delete(e.view.id)
      signQueue.unshift(e.view.id)
      return false
    })
    if (fresh.length) {
      for (const e of fresh) set(e, { status: 'uploading', bytesUploaded: 0, progress: 0 })
      emit('upload-start', fresh.map((e) => e.view))
      for (const e of fresh) {
        const { id, name, type, data } = e.view
        e.uppyId = u.addFile({ name, type: type || 'application/octet-stream', data, meta: { relativePath: id } })
        byUppyId.set(e.uppyId, e)
      }
      u.upload().catch((err: unknown) => {
        for (const e of fresh) onTransportError(e, err)
      })
    }
    pump()
  }

  const pump = (): void => {
    if (!started || destroyed) return
    // Sign in bursts: wait until half the look-ahead is used, then refill it at once, so
    // providers that batch (presign) get many files per request instead of one.
    // Beyond the upload slots, only while the files signed ahead hold < 64 MiB: big files are signed just in time.
    const ahead = concurrency + signConcurrency
    let bytes = signingBytes
    for (const id of readyQueue) bytes += entries.get(id)?.view.size ?? 0
    if (readyQueue.length + signing <= ahead - signConcurrency / 2)
      while (signing < signConcurrency && readyQueue.length + signing < ahead && signQueue.length && (bytes < SIGN_AHEAD_BYTES || readyQueue.length + signing < concurrency)) {
        const e = entries.get(signQueue.shift() as string)
        if (e?.view.status === 'queued') {
          bytes += e.view.size
          sign(e)
        }
      }
    const next: Entry<R>[] = []
    while (inFlight.size < concurrency && readyQueue.length) {
      const e = entries.get(readyQueue.shift() as string)
      if (e?.view.status === 'queued' && !inFlight.has(e.view.id)) {
        inFlight.add(e.view.id)
        next.push(e)
      }
    }
    if (next.length) void upload(next)
    if (counts.queued + counts.signing + counts.uploading + counts.paused) running = true
    else if (running) {
      running = false
      const files = [...entries.values()].map((e) => e.view)
      emit('complete', { successful: files.filter((f) => f.status === 'done'), failed: files.filter((f) => f.status === 'error') })
    }
  }

  const remove = (id: string): void => {
    const e = entries.get(id)
    if (!e) return
    detach(e)
    counts[e.view.status]--
    entries.delete(id)
    if (e.key !== undefined) keys.delete(e.key)
    invalidate()
    pump()
  }

  const onOnline = (): void => {
    for (const e of entries.values()) {
      const code = e.view.status === 'error' ? e.view.error?.code : undefined
      if (code === 'network' || code === 'sign-failed') {
        e.tries = 0
        requeue(e)
      }
    }
    pump()
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    getSnapshot: () => {
      if (snapshot) return snapshot
      const files: UploadFile<R>[] = []
      let bytesUploaded = 0
      let bytesTotal = 0
      for (const { view } of entries.values()) {
        files.push(view)
        if (view.status === 'rejected' || view.status === 'canceled') continue
        bytesTotal += view.size
        bytesUploaded += view.status === 'done' ? view.size : view.bytesUploaded
      }
      const c = { ...counts }
      const status = c.queued + c.signing + c.uploading ? (started ? 'uploading' : 'idle') : c.paused ? 'paused' : c.error ? 'error' : c.done ? 'complete' : 'idle'
      return (snapshot = { files, status, totals: { bytesUploaded, bytesTotal, progress: bytesTotal ? bytesUploaded / bytesTotal : 0, count: c } })
    },

    getFile: (id) => entries.get(id)?.view,

    on: (event, listener) => {
      let bucket = handlers.get(event)
      if (!bucket) handlers.set(event, (bucket = new Set()))
      bucket.add(listener as Listener)
      return () => bucket.delete(listener as Listener)
    },

    async add(files) {
      const list = Array.from(files as ArrayLike<File | Blob>)
      const added: UploadFile<R>[] = []
      if (!watchingOnline) globalThis.addEventListener?.('online', onOnline)
      watchingOnline = true
      // Chunks of 500 with a yield between them: 10,000 files never block the main thread for long.
      for (let i = 0; i < list.length && !destroyed; i += 500) {
        if (i) await new Promise((resolve) => setTimeout(resolve))
        for (const blob of list.slice(i, i + 500)) added.push(addOne(blob))
        invalidate()
        pump()
      }
      emit('files-added', added)
      for (const file of added) if (file.error) emit('file-rejected', file, file.error)
      return added
    },

    start: () => {
      started = true
      pump()
    },

    cancel: (id) => {
      for (const e of select(id)) {
        if (!/^(queued|signing|uploading|paused)$/.test(e.view.status)) continue
        detach(e)
        set(e, { status: 'canceled' })
      }
      pump()
    },

    retry: (id) => {
      for (const e of select(id)) {
        const { status, error: err } = e.view
        // One file: failed or canceled. All: failed files whose error can go away by retrying.
        if (id === undefined ? status !== 'error' || !err?.retryable : status !== 'error' && status !== 'canceled') continue
        e.tries = 0
        requeue(e)
      }
      started = true
      pump()
    },

    remove,

    pause: (id) => {
      for (const e of select(id)) {
        if (!/^(queued|signing|uploading)$/.test(e.view.status)) continue
        detach(e, true)
        set(e, { status: 'paused', bytesUploaded: 0, progress: 0 })
      }
      pump()
    },

    resume: (id) => {
      for (const e of select(id)) {
        if (e.view.status !== 'paused') continue
        set(e, { status: 'queued' })
        ;(e.ticket === undefined ? signQueue : readyQueue).push(e.view.id)
      }
      started = true
      pump()
    },

    clearFinished: () => {
      for (const e of [...entries.values()]) if (/^(done|rejected|canceled)$/.test(e.view.status)) remove(e.view.id)
    },

    destroy: () => {
      destroyed = true
      for (const e of entries.values()) e.abort?.abort()
      uppy?.destroy()
      uppy = undefined
      clearTimeout(timer)
      listeners.clear()
      handlers.clear()
      globalThis.removeEventListener?.('online', onOnline)
    },
  }
}
