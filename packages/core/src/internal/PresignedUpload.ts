import { BasePlugin, type DefinePluginOpts, type PluginOpts, type Uppy } from '@uppy/core'
import type { Body, Meta, UppyFile } from '@uppy/core'
import { xhrSend } from './xhrSend.ts'

/** How to send one file: a presigned PUT, or an S3-style POST form when `fields` is given. */
export interface PresignedRequest {
  readonly url: string
  /** Object key, reported back as the upload's `key`. */
  readonly key: string
  readonly headers?: Readonly<Record<string, string>>
  /** POST policy fields, sent before the file (which goes last, as S3 requires). */
  readonly fields?: Readonly<Record<string, string>>
}

interface PresignedUploadOptions extends PluginOpts {
  /** The signed request for an Uppy file id (the controller's ticket). */
  request(fileId: string): PresignedRequest
}

/**
 * An Uppy uploader plugin for presigned single-request uploads: PUT the Blob,
 * or POST a form with the policy fields then the file. Uppy's own plugin API,
 * about 1 kB, where `@uppy/aws-s3` (7.4 kB) would mostly bring multipart and
 * credential machinery these uploads never use.
 *
 * @example
 * ```ts
 * uppy.use(PresignedUpload, { request: (id) => ({ url: tickets.get(id).url, key: tickets.get(id).key }) })
 * ```
 */
export class PresignedUpload<M extends Meta, B extends Body> extends BasePlugin<DefinePluginOpts<PresignedUploadOptions, never>, M, B> {
  constructor(uppy: Uppy<M, B>, opts: PresignedUploadOptions) {
    super(uppy, opts)
    this.id = 'PresignedUpload'
    this.type = 'uploader'
  }

  override install(): void {
    this.uppy.addUploader(this.#upload)
  }

  override uninstall(): void {
    this.uppy.removeUploader(this.#upload)
  }

  #upload = async (ids: string[]): Promise<void> => {
    const files = this.uppy.getFilesByIds(ids)
    this.uppy.emit('upload-start', files)
    await Promise.allSettled(files.map((file) => this.#send(file)))
  }

  async #send(file: UppyFile<M, B>): Promise<void> {
    const abort = new AbortController()
    const onRemoved = (removed: UppyFile<M, B> | undefined) => removed?.id === file.id && abort.abort()
    this.uppy.on('file-removed', onRemoved)
    try {
      const { url, key, headers, fields } = this.opts.request(file.id)
      let body: XMLHttpRequestBodyInit = file.data as Blob
      if (fields) {
        const form = new FormData()
        for (const [name, value] of Object.entries(fields)) form.set(name, value)
        form.set('file', file.data as Blob)
        body = form
      }
      const uploadStarted = Date.now()
      await xhrSend({
        method: fields ? 'POST' : 'PUT',
        url,
        body,
        headers: fields ? headers : { 'Content-Type': file.type || 'application/octet-stream', ...headers },
        signal: abort.signal,
        onProgress: (loaded) =>
          this.uppy.emit('upload-progress', this.uppy.getFile(file.id), { uploadStarted, bytesUploaded: Math.min(loaded, file.size ?? loaded), bytesTotal: file.size }),
      })
      const location = fields ? `${url.replace(/\/+$/, '')}/${key.split('/').map(encodeURIComponent).join('/')}` : url.split('?')[0]!
      this.uppy.emit('upload-success', this.uppy.getFile(file.id), { status: 200, body: { location, key } as unknown as B, uploadURL: location })
    } catch (error) {
      if (!abort.signal.aborted) this.uppy.emit('upload-error', this.uppy.getFile(file.id), error as Error)
    } finally {
      this.uppy.off('file-removed', onRemoved)
    }
  }
}
