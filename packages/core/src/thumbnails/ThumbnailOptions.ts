/**
 * Options of {@link createThumbnail}.
 *
 * @example
 * ```ts
 * const options: ThumbnailOptions = { maxSize: 320, type: 'image/webp', quality: 0.8 }
 * ```
 */
export interface ThumbnailOptions {
  /** Longest side of the thumbnail in pixels; smaller media keep their size. @default 320 */
  readonly maxSize?: number
  /** Encoding. A browser that cannot encode WebP gives PNG (check the blob's `type`). @default 'image/webp' */
  readonly type?: 'image/webp' | 'image/jpeg' | 'image/png'
  /** Encoder quality for WebP/JPEG, 0–1. @default 0.8 */
  readonly quality?: number
  /** Stops the work and rejects with the signal's reason. */
  readonly signal?: AbortSignal
}

/**
 * A thumbnail: the encoded image and its pixel size.
 *
 * @example
 * ```ts
 * const { blob, width, height }: Thumbnail = await createThumbnail(file)
 * ```
 */
export interface Thumbnail {
  readonly blob: Blob
  readonly width: number
  readonly height: number
}
