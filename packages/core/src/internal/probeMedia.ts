import type { MediaInfo } from '../types.ts'
import { readImageSize } from './readImageSize.ts'

async function probe(blob: Blob, kind: string): Promise<MediaInfo> {
  if (kind === 'image') return readImageSize(blob)
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
 * Width/height of an image (`kind` `'image'`, read from its header: see
 * {@link readImageSize}), or width/height/duration of a video (read by the
 * browser from its metadata). Neither reads the file into memory. Unknown
 * formats, undecodable files, missing APIs and probes slower than 5 s give
 * `{}`: probing never blocks an upload.
 */
export function probeMedia(blob: Blob, kind: string): Promise<MediaInfo> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<MediaInfo>((resolve) => (timer = setTimeout(() => resolve({}), 5_000)))
  // The timer goes with the probe: 1,000 files leave no 1,000 timers to fire later.
  return Promise.race([probe(blob, kind), timeout])
    .catch(() => ({}))
    .finally(() => clearTimeout(timer))
}
