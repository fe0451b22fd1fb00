/**
 * Draws `image` at `width` × `height` and encodes it.
 *
 * @example
 * ```ts
 * const blob = await encodeImage(video, 320, 180, 'image/jpeg', 0.8)
 * ```
 */
export async function encodeImage(image: CanvasImageSource, width: number, height: number, type: string, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(image, 0, 0, width, height)
    return canvas.convertToBlob({ type, quality })
  }
  const canvas = Object.assign(document.createElement('canvas'), { width, height })
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d context')
  context.drawImage(image, 0, 0, width, height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality))
  if (!blob) throw new Error(`the browser could not encode ${type}`)
  return blob
}
