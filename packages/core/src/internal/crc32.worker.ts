import { createCRC32 } from 'hash-wasm'

/** A request to the CRC-32 worker: hash `blob` (`id` answers), or stop hashing `cancel`. */
export type Crc32Request = { readonly id: number; readonly blob: Blob } | { readonly cancel: number }
/** The worker's answer: the CRC-32 as an unsigned integer, or why it failed. */
export type Crc32Reply = { readonly id: number; readonly crc: number } | { readonly id: number; readonly error: string }

const SLICE = 16 * 1024 * 1024
const canceled = new Set<number>()

// Reads the Blob slice by slice (the next slice loads while the current one is hashed): two slices in memory at most.
onmessage = async ({ data }: MessageEvent<Crc32Request>) => {
  if ('cancel' in data) return void canceled.add(data.cancel)
  const { id, blob } = data
  const read = (at: number) => blob.slice(at, at + SLICE).arrayBuffer()
  let reply: Crc32Reply
  try {
    const hasher = await createCRC32()
    hasher.init()
    let next = read(0)
    for (let at = 0; at < blob.size; at += SLICE) {
      const bytes = await next
      if (canceled.has(id)) throw new Error('canceled')
      if (at + SLICE < blob.size) next = read(at + SLICE)
      hasher.update(new Uint8Array(bytes))
    }
    reply = { id, crc: Number.parseInt(hasher.digest('hex'), 16) >>> 0 }
  } catch (error) {
    reply = { id, error: String(error) }
  }
  canceled.delete(id)
  postMessage(reply)
}
