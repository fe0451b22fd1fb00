import { createThumbnail } from '@media-uploader/core'

/**
 * A video's poster frame as a bitmap `size` CSS pixels wide (the core's
 * `createThumbnail`; its object URL is revoked when the frame is taken).
 * Loaded on demand: a page without videos never downloads it.
 */
export async function videoPoster(blob: Blob, size: number, signal: AbortSignal): Promise<ImageBitmap> {
  const { blob: frame } = await createThumbnail(blob, { maxSize: size, type: 'image/webp', signal })
  signal.throwIfAborted()
  return createImageBitmap(frame)
}
