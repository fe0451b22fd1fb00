import { encodeImage } from './encodeImage.ts'
import { fitWithin } from './fitWithin.ts'
import type { Thumbnail } from './ThumbnailOptions.ts'

/** What {@link imageThumbnail} needs, all plain data (it also runs in a worker). */
export interface ImageThumbnailJob {
  readonly blob: Blob
  readonly maxSize: number
  readonly type: string
  readonly quality: number
}

/**
 * Decodes the image (EXIF orientation applied), scales it with
 * `createImageBitmap`'s resize options and encodes it on an
 * `OffscreenCanvas` — or a `<canvas>` where there is none. The file is
 * handed to the browser's decoder, never read into script memory.
 *
 * @example
 * ```ts
 * const { blob } = await imageThumbnail({ blob: file, maxSize: 320, type: 'image/webp', quality: 0.8 })
 * ```
 */
export async function imageThumbnail(job: ImageThumbnailJob): Promise<Thumbnail> {
  const source = await createImageBitmap(job.blob, { imageOrientation: 'from-image' })
  let bitmap: ImageBitmap | undefined
  try {
    const { width, height } = fitWithin(source.width, source.height, job.maxSize)
    bitmap = await createImageBitmap(source, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' })
    return { blob: await encodeImage(bitmap, width, height, job.type, job.quality), width, height }
  } finally {
    source.close()
    bitmap?.close()
  }
}
