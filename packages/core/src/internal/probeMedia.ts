import type { MediaInfo } from '../types.ts'

async function probe(blob: Blob, kind: string): Promise<MediaInfo> {
  if (kind === 'image') {
    const bitmap = await createImageBitmap(blob)
    const { width, height } = bitmap
    // close() zeroes the size, so it was read first.
    bitmap.close()
    return { width, height }
  }
  if (kind !== 'video') return {}
  const video = document.createElement('video')
  const url = (video.src = URL.createObjectURL(blob))
  video.preload = 'metadata'
  await new Promise((resolve, reject) => {
    video.onloadedmetadata = resolve
    video.onerror = reject
  }).finally(() => URL.revokeObjectURL(url))
  const { videoWidth: width, videoHeight: height, duration } = video
  return { width, height, duration: Number.isFinite(duration) ? duration : undefined }
}

/**
 * Width/height of an image (`kind` `'image'`), or width/height/duration of a
 * video, read by the browser's decoders without reading the file into JS
 * memory. Undecodable files, missing APIs and probes slower than 5 s give
 * `{}`: probing never blocks an upload.
 */
export function probeMedia(blob: Blob, kind: string): Promise<MediaInfo> {
  return Promise.race([probe(blob, kind), new Promise<MediaInfo>((resolve) => setTimeout(resolve, 5_000, {}))]).catch(() => ({}))
}
