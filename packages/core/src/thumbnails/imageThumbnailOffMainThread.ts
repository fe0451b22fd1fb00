import { WorkerWithFallback } from '../internal/WorkerWithFallback.ts'
import { imageThumbnail, type ImageThumbnailJob } from './imageThumbnail.ts'
import type { ThumbnailReply, ThumbnailRequest } from './thumbnail.worker.ts'
import type { Thumbnail } from './ThumbnailOptions.ts'

const drawing = new WorkerWithFallback<ImageThumbnailJob, Thumbnail, ThumbnailReply>({
  spawn: () => new Worker(new URL('./thumbnail.worker.ts', import.meta.url), { type: 'module' }),
  available: typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined',
  onMain: (job) => imageThumbnail(job),
  request: (id, job) => ({ id, ...job }) satisfies ThumbnailRequest,
  reply: (data) => ('error' in data ? data : { id: data.id, result: { blob: data.blob, width: data.width, height: data.height } }),
})

/**
 * {@link imageThumbnail} in a shared Web Worker (the Blob is passed by
 * reference, not copied); on the main thread — still decoded by the
 * browser off the script's thread — where workers or `OffscreenCanvas` are
 * unavailable.
 *
 * @example
 * ```ts
 * const { blob } = await imageThumbnailOffMainThread({ blob: file, maxSize: 320, type: 'image/webp', quality: 0.8 }, signal)
 * ```
 */
export const imageThumbnailOffMainThread = (job: ImageThumbnailJob, signal?: AbortSignal): Promise<Thumbnail> => drawing.run(job, signal)
