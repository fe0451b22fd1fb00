import { BasePlugin, type Body, type DefinePluginOpts, type Meta, type PluginOpts, type Uppy, type UppyFile } from '@uppy/core'
import { CodeLoader } from '../controller/CodeLoader.ts'
import { ProviderRunner, type AnyProvider } from '../controller/ProviderRunner.ts'
import { isMediaUploaderError } from '../errors/MediaUploaderError.ts'
import type { ErrorMessageOverrides } from '../errors/messages.ts'
import { fileExtension } from '../internal/fileExtension.ts'
import { resolveEndpoint } from '../internal/resolveEndpoint.ts'
import type { ProviderFile } from '../provider.ts'
import { providerRegistry, type ProviderId } from '../registry.ts'
import { resolveRetryPolicy, type RetryPolicy } from '../retry/RetryPolicy.ts'

/** What a custom `run` gets for one file. */
export interface MediaUploaderJob {
  /** Aborted when the file is removed or every upload is canceled. */
  readonly signal: AbortSignal
  /** Bytes sent so far; becomes Uppy's `upload-progress`. */
  onProgress(bytes: number): void
}

/** Options of {@link MediaUploaderPlugin}. */
export interface MediaUploaderPluginOptions extends PluginOpts {
  /** A built-in provider id (`'presign'`, `'aitoearn'`, `'aliyun-vod'`, `'jimeng'`) or a provider object. */
  provider?: ProviderId | AnyProvider<unknown>
  /** Sign endpoint. Default `/api/media-uploader/{provider}` on the page's origin. */
  endpoint?: string
  /** Provider-specific options (e.g. aitoearn's asset `type`). */
  providerOptions?: unknown
  retry?: Partial<RetryPolicy>
  /** Overrides of the built-in error messages, used by `error.localized()` of the errors in `upload-error`. */
  messages?: ErrorMessageOverrides
  /** Files uploading at once. Default 6. */
  limit?: number
  /**
   * Runs one file (its upload and commit) instead of the provider's own
   * sign → upload → commit; resolves to the result. How `createUploader`'s
   * controller, which signs ahead, hands files to Uppy.
   */
  run?: (fileId: string, job: MediaUploaderJob) => Promise<unknown>
}

const urlOf = (result: unknown): string | undefined => {
  const record = (result ?? {}) as { url?: unknown; imageUrl?: unknown; uri?: unknown }
  const url = record.url ?? record.imageUrl ?? record.uri
  return typeof url === 'string' ? url : undefined
}

/**
 * The one Uppy uploader of media-uploader: runs a provider's sign, upload
 * and commit steps for each file (retried by the retry policy, step by step)
 * and emits Uppy's standard events — `upload-start`, `upload-progress`,
 * `upload-success` (the typed result in `response.body.result`) and
 * `upload-error` (a `MediaUploaderError`). Use it next to `@uppy/dashboard`.
 *
 * @example
 * ```ts
 * import Uppy from '@uppy/core'
 * import Dashboard from '@uppy/dashboard'
 * import { MediaUploaderPlugin } from '@media-uploader/core/uppy'
 *
 * new Uppy().use(Dashboard, { inline: true, target: '#app' }).use(MediaUploaderPlugin, { provider: 'aliyun-vod' })
 * ```
 */
export class MediaUploaderPlugin<M extends Meta, B extends Body> extends BasePlugin<DefinePluginOpts<MediaUploaderPluginOptions, 'limit'>, M, B> {
  #loader: CodeLoader<ProviderRunner<unknown>> | undefined

  constructor(uppy: Uppy<M, B>, opts?: MediaUploaderPluginOptions) {
    super(uppy, { limit: 6, ...opts })
    this.id = this.opts.id ?? 'MediaUploader'
    this.type = 'uploader'
  }

  override install(): void {
    this.uppy.addUploader(this.#upload)
  }

  override uninstall(): void {
    this.uppy.removeUploader(this.#upload)
  }

  #runner(): Promise<ProviderRunner<unknown>> {
    const { provider, endpoint, providerOptions, retry } = this.opts
    if (provider === undefined) return Promise.reject(new TypeError('media-uploader: MediaUploaderPlugin needs `provider` (or `run`)'))
    this.#loader ??= new CodeLoader(async () => {
      const loaded: AnyProvider<unknown> = typeof provider === 'string' ? await providerRegistry[provider].load() : provider
      return new ProviderRunner(loaded, { endpoint: resolveEndpoint(loaded.id, endpoint), options: providerOptions, policy: resolveRetryPolicy(retry) })
    })
    return this.#loader.get()
  }

  #upload = async (ids: string[]): Promise<void> => {
    const queue = [...ids]
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) await this.#uploadOne(id)
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.opts.limit, ids.length)) }, worker))
  }

  async #uploadOne(id: string): Promise<void> {
    const { uppy } = this
    const file = uppy.getFile(id)
    if (!file) return
    const abort = new AbortController()
    const onRemoved = (removed: UppyFile<M, B> | undefined) => removed?.id === id && abort.abort()
    const onCancelAll = () => abort.abort()
    uppy.on('file-removed', onRemoved)
    uppy.on('cancel-all', onCancelAll)
    const uploadStarted = Date.now()
    const bytesTotal = file.size
    const job: MediaUploaderJob = {
      signal: abort.signal,
      onProgress: (bytesUploaded) => {
        const current = uppy.getFile(id)
        if (current) uppy.emit('upload-progress', current, { uploadStarted, bytesUploaded, bytesTotal })
      },
    }
    uppy.emit('upload-start', [file])
    try {
      const result = await (this.opts.run ? this.opts.run(id, job) : this.#steps(file, job))
      const current = uppy.getFile(id)
      if (!current || abort.signal.aborted) return
      const body = { result } as unknown as B
      uppy.emit('upload-success', current, { status: 200, body, uploadURL: urlOf(result) })
    } catch (error) {
      const current = uppy.getFile(id)
      if (!current || abort.signal.aborted) return
      if (isMediaUploaderError(error) && this.opts.messages) error.withMessages(this.opts.messages)
      uppy.emit('upload-error', current, error instanceof Error ? error : new Error(String(error)))
    } finally {
      uppy.off('file-removed', onRemoved)
      uppy.off('cancel-all', onCancelAll)
    }
  }

  async #steps(uppyFile: UppyFile<M, B>, job: MediaUploaderJob): Promise<unknown> {
    const runner = await this.#runner()
    const data = uppyFile.data instanceof Blob ? uppyFile.data : new Blob([])
    const name = uppyFile.name ?? 'file'
    const file: ProviderFile = { id: uppyFile.id, name, size: data.size, type: uppyFile.type || data.type, data, extension: fileExtension(name) }
    let ticket: unknown
    try {
      ticket = await runner.sign(file, job.signal)
      const receipt = await runner.upload(file, ticket, { signal: job.signal, onProgress: job.onProgress, onTicket: (next) => (ticket = next) })
      return await runner.commit(file, ticket, receipt, job.signal)
    } catch (error) {
      if (job.signal.aborted) runner.provider.discard?.(file, ticket)
      throw error
    }
  }
}
