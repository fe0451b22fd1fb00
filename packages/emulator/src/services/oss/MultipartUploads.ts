import { randomBytes } from 'node:crypto'
import type { MultipartUpload, UploadedPart } from './MultipartUpload.ts'

/** Multipart uploads in progress, by UploadId (parts are kept in memory until complete or abort). */
export class MultipartUploads {
  readonly #uploads = new Map<string, MultipartUpload>()

  /** Starts an upload; returns it with its new UploadId (32 upper-case hex digits, like OSS). */
  initiate(bucket: string, key: string, contentType: string): MultipartUpload {
    const upload: MultipartUpload = {
      uploadId: randomBytes(16).toString('hex').toUpperCase(),
      bucket,
      key,
      contentType,
      initiated: new Date(),
      parts: new Map(),
    }
    this.#uploads.set(upload.uploadId, upload)
    return upload
  }

  /** The upload, when it exists and belongs to this object. */
  get(uploadId: string, bucket: string, key: string): MultipartUpload | undefined {
    const upload = this.#uploads.get(uploadId)
    return upload && upload.bucket === bucket && upload.key === key ? upload : undefined
  }

  /** Stores (or replaces) a part whose MD5 the caller computed while it streamed in; returns it with its ETag. */
  putPart(upload: MultipartUpload, partNumber: number, chunks: readonly Buffer[], size: number, md5: Buffer): UploadedPart {
    const part: UploadedPart = { partNumber, chunks, size, etag: `"${md5.toString('hex').toUpperCase()}"`, lastModified: new Date() }
    upload.parts.set(partNumber, part)
    return part
  }

  /** Forgets an upload (completed or aborted). */
  delete(uploadId: string): boolean {
    return this.#uploads.delete(uploadId)
  }

  /** Number of uploads in progress. */
  get size(): number {
    return this.#uploads.size
  }

  /** Forgets every upload. */
  clear(): void {
    this.#uploads.clear()
  }
}
