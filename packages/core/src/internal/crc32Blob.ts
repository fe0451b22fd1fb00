
const SLICE = 8 * 1024 * 1024

/**
 * IEEE CRC-32 of a Blob as an unsigned integer, read in 8 MiB slices so memory
 * stays flat and no single task blocks for long. hash-wasm is loaded on first
 * use: most uploads never need a CRC.
 */
export async function crc32Blob(blob: Blob, signal?: AbortSignal): Promise<number> {
  const { createCRC32 } = await import('hash-wasm')
  const hasher = await createCRC32()
  hasher.init()
  for (let offset = 0; offset < blob.size; offset += SLICE) {
    signal?.throwIfAborted()
    hasher.update(new Uint8Array(await blob.slice(offset, offset + SLICE).arrayBuffer()))
  }
  return Number.parseInt(hasher.digest('hex'), 16) >>> 0
}
