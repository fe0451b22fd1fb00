/** One uploaded part of a multipart upload. */
export interface UploadedPart {
  readonly partNumber: number
  /** The body as received (joined only when the upload completes). */
  readonly chunks: readonly Buffer[]
  readonly size: number
  /** `"<MD5 hex, upper case>"`, as OSS sends it. */
  readonly etag: string
  readonly lastModified: Date
}

/** A multipart upload in progress. */
export interface MultipartUpload {
  readonly uploadId: string
  readonly bucket: string
  readonly key: string
  readonly contentType: string
  readonly initiated: Date
  readonly parts: Map<number, UploadedPart>
}
