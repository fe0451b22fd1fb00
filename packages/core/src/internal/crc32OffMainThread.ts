import type { Crc32Reply, Crc32Request } from './crc32.worker.ts'
import { crc32Blob } from './crc32Blob.ts'

interface Pending {
  readonly blob: Blob
  readonly signal: AbortSignal | undefined
  resolve(crc: number): void
  reject(error: unknown): void
}

let worker: Worker | undefined
let broken = typeof Worker === 'undefined'
let seq = 0
const pending = new Map<number, Pending>()

const onMain = (p: Pending): void => void crc32Blob(p.blob, p.signal).then(p.resolve, p.reject)

function spawn(): Worker {
  const w = new Worker(new URL('./crc32.worker.ts', import.meta.url), { type: 'module' })
  w.onmessage = ({ data }: MessageEvent<Crc32Reply>) => {
    const p = pending.get(data.id)
    pending.delete(data.id)
    if ('crc' in data) p?.resolve(data.crc)
    else p?.reject(new Error(data.error))
  }
  // The worker could not load (CSP, no bundler support…): hash on the main thread from now on.
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
 * IEEE CRC-32 of a Blob (unsigned), computed by hash-wasm in a shared Web
 * Worker that reads the Blob in 32 MiB slices (two reads ahead): memory stays flat for any size
 * and the main thread only posts a message. Where workers are unavailable it
 * falls back to {@link crc32Blob} (8 MiB slices on the main thread, a few ms each).
 *
 * @example
 * ```ts
 * const hex = (await crc32OffMainThread(file, signal)).toString(16).padStart(8, '0')
 * ```
 */
export function crc32OffMainThread(blob: Blob, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const p: Pending = { blob, signal, resolve, reject }
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
    worker.postMessage({ id, blob } satisfies Crc32Request)
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return
        worker?.postMessage({ cancel: id } satisfies Crc32Request)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}
