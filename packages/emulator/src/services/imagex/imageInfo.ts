/** What ImageX's `PluginResult` reports about an image. */
export interface ImageInfo {
  readonly format: string
  readonly width: number
  readonly height: number
}

/** Format and size of a PNG, GIF or JPEG from its header; `unknown`, 0×0 otherwise. */
export function imageInfo(bytes: Buffer): ImageInfo {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  }
  if (bytes.length >= 10 && bytes.toString('latin1', 0, 4) === 'GIF8') {
    return { format: 'gif', width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) }
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2
    while (offset + 9 <= bytes.length && bytes[offset] === 0xff) {
      const marker = bytes[offset + 1] ?? 0
      const length = bytes.readUInt16BE(offset + 2)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'jpeg', width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) }
      }
      offset += 2 + length
    }
    return { format: 'jpeg', width: 0, height: 0 }
  }
  if (bytes.length >= 12 && bytes.toString('latin1', 8, 12) === 'WEBP') return { format: 'webp', width: 0, height: 0 }
  return { format: 'unknown', width: 0, height: 0 }
}
