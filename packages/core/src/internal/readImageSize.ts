import type { MediaInfo } from '../types.ts'

/** Prefixes read, the next only when the header runs past the last: 64 KiB, then 1 MiB (big EXIF/ICC blocks). */
const PREFIXES = [64 * 1024, 1024 * 1024]

/** The size in a header; a RangeError when the header runs past `v`. */
function sizeIn(v: DataView): MediaInfo {
  const u16 = (o: number, le?: boolean) => v.getUint16(o, le)
  const u32 = (o: number, le?: boolean) => v.getUint32(o, le)
  const magic = u32(0)
  if (magic === 0x89504e47 && u32(12) === 0x49484452) return { width: u32(16), height: u32(20) }
  if (magic === 0x47494638) return { width: u16(6, true), height: u16(8, true) }
  if (magic === 0x52494646 && u32(8) === 0x57454250) {
    const chunk = u32(12)
    const bits = u32(21, true)
    return chunk === 0x56503820
      ? { width: u16(26, true) & 0x3fff, height: u16(28, true) & 0x3fff }
      : chunk === 0x5650384c
        ? { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
        : chunk === 0x56503858
          ? { width: (u32(24, true) & 0xffffff) + 1, height: (u32(27, true) & 0xffffff) + 1 }
          : {}
  }
  if (magic >>> 16 !== 0xffd8) return {}
  let orientation = 1
  for (let o = 2; ; o += 2 + u16(o + 2)) {
    const marker = u16(o)
    if (marker >= 0xffc0 && marker <= 0xffcf && marker !== 0xffc4 && marker !== 0xffc8 && marker !== 0xffcc) {
      const width = u16(o + 7)
      const height = u16(o + 5)
      return orientation > 4 ? { width: height, height: width } : { width, height }
    }
    if (marker >>> 8 !== 0xff || marker === 0xffda) return {}
    if (marker === 0xffe1 && u32(o + 4) === 0x45786966) {
      try {
        const tiff = o + 10
        const le = u16(tiff) === 0x4949
        const ifd = tiff + u32(tiff + 4, le)
        for (let i = 0; i < u16(ifd, le); i++) if (u16(ifd + 2 + i * 12, le) === 0x0112) orientation = u16(ifd + 10 + i * 12, le)
      } catch {
        // A damaged EXIF block: the pixels' own orientation.
      }
    }
  }
}

/**
 * Width and height of a JPEG, PNG, GIF or WebP read from its header (the
 * first 64 KiB, or 1 MiB for a JPEG whose metadata runs past that), as shown
 * on screen: EXIF orientations that rotate a JPEG swap them. Nothing is
 * decoded, so a 50-megapixel photo costs what a thumbnail does. Anything else,
 * a file cut short or one that cannot be read gives `{}`.
 *
 * @example
 * const { width, height } = await readImageSize(file) // { width: 3024, height: 4032 }
 */
export async function readImageSize(blob: Blob): Promise<MediaInfo> {
  for (const limit of PREFIXES) {
    try {
      // A small file is read whole: in Chromium each slice() is a synchronous blob registration (~1 ms).
      return sizeIn(new DataView(await (blob.size > limit ? blob.slice(0, limit) : blob).arrayBuffer()))
    } catch {
      if (blob.size <= limit) break
    }
  }
  return {}
}
