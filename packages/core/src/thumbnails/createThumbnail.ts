import { imageThumbnailOffMainThread } from './imageThumbnailOffMainThread.ts'
import type { Thumbnail, ThumbnailOptions } from './ThumbnailOptions.ts'
import { videoPosterFrame } from './videoPosterFrame.ts'

export type { Thumbnail, ThumbnailOptions } from './ThumbnailOptions.ts'

/**
 * A small preview of an image or a video, never reading the file into
 * memory: an image is decoded and downscaled off the main thread
 * (`createImageBitmap` with resize options and `OffscreenCanvas` in a Web
 * Worker where available); a video gives a poster frame, 1 s in (10 % of a
 * shorter one). Rejects for other files and for media the browser cannot decode.
 *
 * @example
 * ```ts
 * import { createThumbnail } from '@media-uploader/core'
 *
 * const { blob, width, height } = await createThumbnail(file, { maxSize: 320, type: 'image/webp' })
 * preview.src = URL.createObjectURL(blob)
 * ```
 */
export async function createThumbnail(file: Blob, options: ThumbnailOptions = {}): Promise<Thumbnail> {
  const { maxSize = 320, type = 'image/webp', quality = 0.8, signal } = options
  if (!(maxSize >= 1)) throw new RangeError(`maxSize must be at least 1, got ${maxSize}`)
  signal?.throwIfAborted()
  if (file.type.startsWith('video/')) return videoPosterFrame(file, maxSize, type, quality, signal)
  if (file.type.startsWith('image/')) return imageThumbnailOffMainThread({ blob: file, maxSize, type, quality }, signal)
  throw new TypeError(`cannot make a thumbnail of "${file.type || 'unknown type'}"`)
}
