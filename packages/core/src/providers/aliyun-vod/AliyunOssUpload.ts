import { BasePlugin, type Meta, type PluginOpts } from '@uppy/core'
import type { AliyunVodTicket } from './AliyunVodTicket.ts'
import { resumableTickets } from './resumableTickets.ts'
import { PART_SIZE, uploadToOss } from './uploadToOss.ts'

/** Options of {@link AliyunOssUpload}. */
export interface AliyunOssUploadOptions extends PluginOpts {
  /** The prepared ticket of an Uppy file. */
  ticketFor(fileId: string): AliyunVodTicket
}

type Body = Record<string, never>

/**
 * The Uppy uploader plugin that moves files to OSS with VOD's STS
 * credentials: images and small videos in one PUT, videos over 16 MiB in
 * multipart (4 parts in flight). Emits Uppy's `upload-start`,
 * `upload-progress` (bytes summed over parts), `upload-success` (body
 * `{location, key}`) and `upload-error` (error with `status` and OSS's
 * `<Code>` as `serviceCode`); aborts when the file is removed.
 *
 * @example
 * ```ts
 * uppy.use(AliyunOssUpload, { ticketFor: (id) => tickets.get(id)! })
 * ```
 */
export class AliyunOssUpload extends BasePlugin<AliyunOssUploadOptions, Meta, Body> {
  override id = 'AliyunOssUpload'
  override type = 'uploader'

  override install(): void {
    this.uppy.addUploader(this.#upload)
  }

  override uninstall(): void {
    this.uppy.removeUploader(this.#upload)
  }

  #upload = (ids: string[]): Promise<unknown> =>
    Promise.all(
      ids.map(async (id) => {
        const { uppy } = this
        const file = uppy.getFile(id)
        const ticket = this.opts.ticketFor(id)
        const data = file.data as Blob
        const abort = new AbortController()
        const onRemoved = (removed: { id: string } | undefined) => removed?.id === id && abort.abort()
        const uploadStarted = Date.now()
        uppy.on('file-removed', onRemoved)
        uppy.emit('upload-start', [file])
        try {
          await uploadToOss(data, file.type || 'application/octet-stream', ticket, !!ticket.videoId && data.size > PART_SIZE, abort.signal, (bytesUploaded) =>
            uppy.emit('upload-progress', uppy.getFile(id), { uploadStarted, bytesUploaded, bytesTotal: data.size }),
          )
          uppy.emit('upload-success', uppy.getFile(id), { status: 200, body: { location: ticket.url, key: ticket.key } as never })
        } catch (error) {
          if (abort.signal.aborted) return
          resumableTickets.set(data, ticket)
          uppy.emit('upload-error', uppy.getFile(id), error as Error)
        } finally {
          uppy.off('file-removed', onRemoved)
        }
      }),
    )
}
