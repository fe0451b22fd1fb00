/** One object held by the {@link ObjectStore}. */
export interface StoredObject {
  readonly bucket: string
  readonly key: string
  readonly bytes: Buffer
  readonly contentType: string
  /** User metadata (`x-amz-meta-*`), names lower-case without the prefix. */
  readonly metadata: Readonly<Record<string, string>>
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string
  /** Hex MD5 of the bytes. */
  readonly md5: string
  /** The S3 ETag (quoted MD5 hex). */
  readonly etag: string
  readonly size: number
  readonly storedAt: Date
}

/** What a writer gives the store; digests and size are computed by the store. */
export interface PutObjectInput {
  readonly bucket: string
  readonly key: string
  /** The body, or its pieces in order (a multipart upload's), joined only when first read. */
  readonly bytes: Buffer | readonly Buffer[]
  readonly contentType: string
  readonly metadata: Readonly<Record<string, string>>
  /**
   * Set by a writer that knows its digests: a `md5` it computed over exactly
   * `bytes` (while they streamed in), and the `etag` to keep (an OSS or S3
   * multipart object's is `"<md5 of the part md5s>-<parts>"`). With `digests`,
   * an `md5` or `sha256` not given is computed on first read, not while the
   * upload waits for its answer; without it, both are computed at once.
   */
  readonly digests?: { readonly md5?: string; readonly sha256?: string; readonly etag?: string }
}
