import type { MediaUploaderError } from '../../errors/MediaUploaderError.ts'

/**
 * The thumbnail stored next to an upload (`thumbnails` option): where it is
 * and its pixel size — or, when it could not be made, signed or stored, why
 * (the original is stored either way).
 *
 * @example
 * ```ts
 * if (result.thumbnail?.ok) img.src = result.thumbnail.url
 * else if (result.thumbnail) console.warn(result.thumbnail.error.detail)
 * ```
 */
export type PresignThumbnail =
  | {
      readonly ok: true
      /** Object key the server assigned to the thumbnail. */
      readonly key: string
      /** The thumbnail's URL (the presigned URL without its query). */
      readonly url: string
      readonly width: number
      readonly height: number
      /** `image/webp`, `image/jpeg` or `image/png` (a browser that cannot encode WebP gives PNG). */
      readonly type: string
    }
  | {
      readonly ok: false
      readonly error: MediaUploaderError
    }

/**
 * What an upload through `presign` resolves to.
 *
 * @example
 * ```ts
 * controller.on('upload-success', (_file, { key, url, thumbnail }) => save({ key, url, thumb: thumbnail?.ok ? thumbnail.key : null }))
 * ```
 */
export interface PresignResult {
  /** Object key the server assigned, e.g. `2025/05/03/<uuid>.jpg`. */
  readonly key: string
  /** The object's URL (the presigned URL without its query). */
  readonly url: string
  /** With the `thumbnails` option: the thumbnail stored next to the object (`type=thumb`), or why there is none. */
  readonly thumbnail?: PresignThumbnail
}
