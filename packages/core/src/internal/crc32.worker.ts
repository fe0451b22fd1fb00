import { createCRC32 } from 'hash-wasm'

/** A request to the CRC-32 worker: hash `blob` (`id` answers), or stop hashing `cancel`. */
export type Crc32Request = { readonly id: number; readonly blob: Blob } | { readonly cancel: number }
/** The worker's answer: the CRC-32 as an unsigned integer, or why it failed. */
export type Crc32Reply = { readonly id: number; readonly crc: number } | { readonly id: number; readonly error: string }

/** 32 MiB slices, two reads ahead: at most three slices (96 MiB) in memory, whatever the file's size. */
const SLICE = 32 * 1024 * 1024
const AHEAD = 2
const canceled = new Set<number>()

// Reading the Blob, not hashing, is the bottleneck (hash-wasm runs at ≈1 GB/s): keep reads in flight while hashing.
onmessage = async ({ data }: MessageEvent<Crc32Request>) => {
  if ('cancel' in data) return void canceled.add(data.cancel)
  const { id, blob } = data
  let reply: Crc32Reply
  try {
    const hasher = await createCRC32()
    hasher.init()
    const reads: Promise<ArrayBuffer>[] = []
    let next = 0
    const readAhead = () => {
      for (; reads.length < AHEAD && next < blob.size; next += SLICE) reads.push(blob.slice(next, next + SLICE).arrayBuffer())
    }
    readAhead()
    while (reads.length) {
      const bytes = await reads.shift()!
      if (canceled.has(id)) throw new Error('canceled')
      readAhead()
      hasher.update(new Uint8Array(bytes))
    }
    reply = { id, crc: Number.parseInt(hasher.digest('hex'), 16) >>> 0 }
  } catch (error) {
    reply = { id, error: String(error) }
  }
  canceled.delete(id)
  postMessage(reply)
}
