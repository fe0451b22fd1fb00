import { fitWithin } from './fitWithin.ts'
import { posterTime } from './posterTime.ts'
import { encodeImage } from './encodeImage.ts'
import type { Thumbnail } from './ThumbnailOptions.ts'

function once(video: HTMLVideoElement, event: 'loadedmetadata' | 'seeked' | 'loadeddata', signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      video.removeEventListener(event, onEvent)
      video.removeEventListener('error', onError)
      signal?.removeEventListener('abort', onAbort)
    }
    const onEvent = () => (done(), resolve())
    const onError = () => (done(), reject(new Error(`the browser could not decode the video (${video.error?.message || `media error ${video.error?.code ?? '?'}`})`)))
    const onAbort = () => (done(), reject(signal?.reason))
    video.addEventListener(event, onEvent)
    video.addEventListener('error', onError)
    signal?.addEventListener('abort', onAbort)
  })
}

/**
 * A poster frame of a video: a muted `<video>` streams the file from an
 * object URL (the browser reads only what it needs), seeks to
 * {@link posterTime} and the frame is drawn scaled to fit `maxSize`.
 *
 * @example
 * ```ts
 * const { blob, width, height } = await videoPosterFrame(file, 320, 'image/webp', 0.8)
 * ```
 */
export async function videoPosterFrame(blob: Blob, maxSize: number, type: string, quality: number, signal?: AbortSignal): Promise<Thumbnail> {
  signal?.throwIfAborted()
  const video = document.createElement('video')
  video.muted = true
  video.playsInline = true
  video.preload = 'auto'
  const url = URL.createObjectURL(blob)
  try {
    const metadata = once(video, 'loadedmetadata', signal)
    video.src = url
    await metadata
    const seeked = once(video, 'seeked', signal)
    video.currentTime = posterTime(video.duration)
    await seeked
    if (!video.videoWidth || !video.videoHeight) throw new Error('the video has no picture')
    const { width, height } = fitWithin(video.videoWidth, video.videoHeight, maxSize)
    return { blob: await encodeImage(video, width, height, type, quality), width, height }
  } finally {
    video.removeAttribute('src')
    video.load()
    URL.revokeObjectURL(url)
  }
}
