import { BasePlugin, type PluginOpts, type Uppy } from '@uppy/core'
import { crc32OffMainThread } from '../../internal/crc32OffMainThread.ts'
import { applyUpload } from './applyUpload.ts'
import { imagexCall, imagexFailure, isExpiredToken } from './imagexCall.ts'
import { dropJimengToken } from './jimengToken.ts'
import type { JimengTicket } from './JimengTicket.ts'
import { postBytes } from './postBytes.ts'

/** `CommitImageUpload`'s `Result` (reference §2.5). */
export interface CommitResult {
  readonly Results?: readonly { readonly Uri?: string; readonly UriStatus?: number }[]
  readonly PluginResult?: readonly {
    readonly ImageUri?: string
    readonly ImageWidth?: number
    readonly ImageHeight?: number
    readonly ImageFormat?: string
    readonly ImageSize?: number
    readonly ImageMd5?: string
  }[]
}

type Opts = PluginOpts & { ticketFor(uppyFileId: string): JimengTicket }

/** Uploads one file; see {@link JimengUploader}. */
async function uploadOne(uppy: Uppy, id: string, ticket: JimengTicket): Promise<void> {
  const abort = new AbortController()
  const { signal } = abort
  const onRemoved = (file: { id: string } | undefined) => file?.id === id && abort.abort()
  uppy.on('file-removed', onRemoved)
  try {
    const file = uppy.getFile(id)
    const data = file.data as Blob
    const progress = (bytesUploaded: number) => uppy.emit('upload-progress', uppy.getFile(id), { uploadStarted: Date.now(), bytesUploaded, bytesTotal: data.size })
    uppy.emit('upload-start', [file])
    const crc = (await crc32OffMainThread(data, signal)).toString(16).padStart(8, '0')
    let { applied } = ticket
    for (let redo = true; ; redo = false) {
      try {
        await postBytes(`${applied.host}/upload/v1/${applied.uri}`, { Authorization: applied.auth, 'Content-CRC32': crc, 'Content-Type': 'application/octet-stream' }, data, signal, progress)
        const result = await imagexCall<CommitResult>(applied.token, { Action: 'CommitImageUpload' }, signal, JSON.stringify({ SessionKey: applied.sessionKey }))
        const [{ Uri, UriStatus } = {}] = result.Results ?? []
        if (UriStatus !== 2000 || !Uri) throw imagexFailure(`UriStatus ${UriStatus}`, 200, String(UriStatus), 'CommitError')
        uppy.emit('upload-success', uppy.getFile(id), { status: 200, body: { location: Uri, key: Uri, result } as never, uploadURL: Uri })
        return
      } catch (error) {
        if (!redo || !isExpiredToken(error)) throw error
        // The token expired on the way: a new token, a new apply, the whole file again — once.
        dropJimengToken(ticket.endpoint, applied.token)
        progress(0)
        applied = await applyUpload(ticket.endpoint, ticket.http, data.size, signal, false)
      }
    }
  } catch (error) {
    if (!signal.aborted && uppy.getFile(id)) uppy.emit('upload-error', uppy.getFile(id), error as Error)
  } finally {
    uppy.off('file-removed', onRemoved)
  }
}

/**
 * The Uppy uploader for Jimeng: per file, CRC-32 off the main thread →
 * `POST {host}/upload/v1/{StoreUri}` (XHR with progress, `Authorization: {Auth}`,
 * `Content-CRC32`) → `CommitImageUpload` → `upload-success` with the commit
 * `Result` in `body.result`. If the token expired on the way, it gets a new one
 * and redoes the file once. Aborts when the file is removed.
 */
export class JimengUploader extends BasePlugin<Opts, Record<string, unknown>, Record<string, never>> {
  override id = 'JimengUploader'
  override type = 'uploader'
  #upload = (ids: string[]) => Promise.all(ids.map((id) => uploadOne(this.uppy as never, id, this.opts.ticketFor(id))))

  override install(): void {
    this.uppy.addUploader(this.#upload)
  }

  override uninstall(): void {
    this.uppy.removeUploader(this.#upload)
  }
}
