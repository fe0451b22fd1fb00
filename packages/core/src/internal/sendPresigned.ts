import type { ProviderFile, UploadIO } from '../provider.ts'
import { xhrSend } from './xhrSend.ts'

/** How to send one file: a presigned PUT, or an S3-style POST form when `fields` is given. */
export interface PresignedRequest {
  readonly url: string
  /** Object key, reported back as the upload's `key`. */
  readonly key: string
  readonly headers?: Readonly<Record<string, string>>
  /** POST policy fields, sent before the file (which goes last, as S3 requires). */
  readonly fields?: Readonly<Record<string, string>> | undefined
}

/** Where a presigned upload put the object. */
export interface PresignedReceipt {
  /** The object's URL, no query. */
  readonly location: string
  readonly key: string
}

/**
 * The upload step of presigned single-request providers: PUT the Blob, or
 * POST a form with the policy fields then the file, with progress — what
 * `@uppy/aws-s3` does for such uploads, in about 1 kB.
 *
 * @example
 * ```ts
 * upload: (file, ticket, io) => sendPresigned(file, { url: ticket.url, key: ticket.key }, io)
 * ```
 */
export async function sendPresigned(file: ProviderFile, request: PresignedRequest, io: UploadIO): Promise<PresignedReceipt> {
  const { url, key, headers, fields } = request
  let body: XMLHttpRequestBodyInit = file.data
  if (fields) {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    form.set('file', file.data)
    body = form
  }
  await xhrSend({
    method: fields ? 'POST' : 'PUT',
    url,
    body,
    headers: fields ? headers : { 'Content-Type': file.type || 'application/octet-stream', ...headers },
    signal: io.signal,
    onProgress: (loaded) => io.onProgress(Math.min(loaded, file.size)),
  })
  const location = fields ? `${url.replace(/\/+$/, '')}/${key.split('/').map(encodeURIComponent).join('/')}` : (url.split('?')[0] ?? url)
  return { location, key }
}
