import type { Crc32Reply, Crc32Request } from './crc32.worker.ts'
import { crc32Blob } from './crc32Blob.ts'
import { WorkerWithFallback } from './WorkerWithFallback.ts'

const hashing = new WorkerWithFallback<Blob, number, Crc32Reply>({
  spawn: () => new Worker(new URL('./crc32.worker.ts', import.meta.url), { type: 'module' }),
  available: typeof Worker !== 'undefined',
  onMain: crc32Blob,
  request: (id, blob) => ({ id, blob }) satisfies Crc32Request,
  reply: (data) => ('crc' in data ? { id: data.id, result: data.crc } : data),
  cancel: (id) => ({ cancel: id }) satisfies Crc32Request,
})

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
export const crc32OffMainThread = (blob: Blob, signal?: AbortSignal): Promise<number> => hashing.run(blob, signal)
