/**
 * Options of {@link resizeImage}.
 *
 * @example
 * ```ts
 * const options: ResizeImageOptions = { maxWidth: 1920, maxHeight: 1080, type: 'image/webp', quality: 0.8 }
 * ```
 */
export interface ResizeImageOptions {
  /** Longest allowed width in pixels. @default 2048 */
  readonly maxWidth?: number
  /** Longest allowed height in pixels. @default maxWidth */
  readonly maxHeight?: number
  /** Output MIME type (`image/jpeg`, `image/webp`, `image/png`). @default the file's own type, or `image/jpeg` when the browser can't encode it */
  readonly type?: string
  /** Encoder quality for JPEG/WebP, 0–1. @default 0.85 */
  readonly quality?: number
}

const EXTENSION: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/png': 'png' }

/**
 * Scales an image down to fit `maxWidth` × `maxHeight` and re-encodes it
 * (JPEG/WebP quality), off the main thread where the browser allows
 * (`createImageBitmap` + `OffscreenCanvas`). EXIF orientation is applied.
 * Returns the file itself when it is not a still image the browser decodes
 * (GIFs keep their animation), or when re-encoding would not make it smaller.
 * Made for `onBeforeUpload`; not part of the widget bundle unless imported.
 *
 * @example
 * ```tsx
 * import { resizeImage } from '@media-uploader/core'
 *
 * <MediaUploader provider="presign" onBeforeUpload={(file) => resizeImage(file, { maxWidth: 1920, quality: 0.8 })} />
 * ```
 */
export async function resizeImage(file: File, options: ResizeImageOptions = {}): Promise<File> {
  const { maxWidth = 2048, maxHeight = maxWidth, quality = 0.85 } = options
  if (!/^image\/(jpeg|png|webp|avif|bmp)$/.test(file.type)) return file
  const type = options.type ?? (EXTENSION[file.type] ? file.type : 'image/jpeg')
  let source: ImageBitmap
  try {
    source = await createImageBitmap(file)
  } catch {
    return file
  }
  const scale = Math.min(1, maxWidth / source.width, maxHeight / source.height)
  const width = Math.max(1, Math.round(source.width * scale))
  const height = Math.max(1, Math.round(source.height * scale))
  source.close()
  const bitmap = await createImageBitmap(file, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' })
  let blob: Blob | null
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
    blob = await canvas.convertToBlob({ type, quality })
  } else {
    const canvas = Object.assign(document.createElement('canvas'), { width, height })
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
    blob = await new Promise((resolve) => canvas.toBlob(resolve, type, quality))
  }
  bitmap.close()
  if (!blob || (scale === 1 && blob.size >= file.size && type === file.type)) return file
  const name = type === file.type ? file.name : `${file.name.replace(/\.[^.]*$/, '')}.${EXTENSION[blob.type] ?? 'jpg'}`
  return new File([blob], name, { type: blob.type, lastModified: file.lastModified })
}
