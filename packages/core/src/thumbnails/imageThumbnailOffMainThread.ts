import { imageThumbnail, type ImageThumbnailJob } from './imageThumbnail.ts'
import type { ThumbnailReply, ThumbnailRequest } from './thumbnail.worker.ts'
import type { Thumbnail } from './ThumbnailOptions.ts'

interface Pending {
  readonly job: ImageThumbnailJob
  resolve(thumbnail: Thumbnail): void
  reject(error: unknown): void
}

let worker: Worker | undefined
let broken = typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined'
let seq = 0
const pending = new Map<number, Pending>()

const onMain = (p: Pending): void => void imageThumbnail(p.job).then(p.resolve, p.reject)

function spawn(): Worker {
  const w = new Worker(new URL('./thumbnail.worker.ts', import.meta.url), { type: 'module' })
  w.onmessage = ({ data }: MessageEvent<ThumbnailReply>) => {
    const p = pending.get(data.id)
    pending.delete(data.id)
    if ('error' in data) p?.reject(new Error(data.error))
    else p?.resolve({ blob: data.blob, width: data.width, height: data.height })
  }
  // The worker could not load (CSP, no bundler support…): decode on the main thread from now on.
  w.onerror = (event) => {
    event.preventDefault()
    broken = true
    worker = undefined
    w.terminate()
    for (const p of pending.values()) onMain(p)
    pending.clear()
  }
  return w
}

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
export function imageThumbnailOffMainThread(job: ImageThumbnailJob, signal?: AbortSignal): Promise<Thumbnail> {
  return new Promise((resolve, reject) => {
    const p: Pending = { job, resolve, reject }
    if (!broken) {
      try {
        worker ??= spawn()
      } catch {
        broken = true
      }
    }
    if (broken || !worker) return onMain(p)
    const id = ++seq
    pending.set(id, p)
    worker.postMessage({ id, ...job } satisfies ThumbnailRequest)
    signal?.addEventListener('abort', () => pending.delete(id) && reject(signal.reason), { once: true })
  })
}
