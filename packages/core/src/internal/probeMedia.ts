import type { MediaInfo } from '../types.ts'

const TIMEOUT_MS = 5_000

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), TIMEOUT_MS))])
}

async function probeImage(blob: Blob): Promise<MediaInfo> {
  if (typeof createImageBitmap !== 'function') return {}
  const bitmap = await createImageBitmap(blob)
  const info = { width: bitmap.width, height: bitmap.height }
  bitmap.close()
  return info
}

function probeVideo(blob: Blob): Promise<MediaInfo> {
  if (typeof document === 'undefined') return Promise.resolve({})
  return new Promise((resolve) => {
    const video = document.createElement('video')
    const url = URL.createObjectURL(blob)
    const done = (info: MediaInfo) => {
      URL.revokeObjectURL(url)
      video.removeAttribute('src')
      resolve(info)
    }
    video.preload = 'metadata'
    video.muted = true
    video.onloadedmetadata = () =>
      done({
        width: video.videoWidth || undefined,
        height: video.videoHeight || undefined,
        duration: Number.isFinite(video.duration) ? video.duration : undefined,
      } as MediaInfo)
    video.onerror = () => done({})
    video.src = url
  })
}

/**
 * Width/height of an image, or width/height/duration of a video, read by the
 * browser's decoders without reading the file into JS memory. Unknown or
 * undecodable files give `{}`: probing never blocks an upload.
 */
export async function probeMedia(blob: Blob, kind: 'image' | 'video' | 'other'): Promise<MediaInfo> {
  try {
    if (kind === 'image') return await withTimeout(probeImage(blob), {})
    if (kind === 'video') return await withTimeout(probeVideo(blob), {})
  } catch {
    // an undecodable file is still uploadable; the server decides
  }
  return {}
}
