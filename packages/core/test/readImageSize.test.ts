import { describe, expect, it } from 'vitest'
import { readImageSize } from '../src/internal/readImageSize.ts'

const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array => {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)))
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0))
  let at = 0
  for (const a of arrays) out.set(a, (at += a.length) - a.length)
  return out
}
const be16 = (n: number) => [n >> 8, n & 255]
const be32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]
const le16 = (n: number) => [n & 255, n >> 8]
const le24 = (n: number) => [n & 255, (n >> 8) & 255, n >> 16]
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)]
const blob = (b: Uint8Array) => new Blob([b as BlobPart])
const padding = new Uint8Array(64)

const png = (w: number, h: number) => bytes([0x89], 'PNG\r\n\x1a\n', be32(13), 'IHDR', be32(w), be32(h), [8, 6, 0, 0, 0], padding)
const gif = (w: number, h: number) => bytes('GIF89a', le16(w), le16(h), padding)
const riff = (chunk: string, payload: Uint8Array) => bytes('RIFF', le32(payload.length + 12), 'WEBP', chunk, le32(payload.length), payload, padding)

/** A JPEG segment: marker, big-endian length (which counts itself), payload. */
const segment = (marker: number, payload: Uint8Array) => bytes([0xff, marker], be16(payload.length + 2), payload)
const sof = (marker: number, w: number, h: number) => segment(marker, bytes([8], be16(h), be16(w), [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]))
/** APP1 with a one-entry IFD0 holding the orientation tag, in either TIFF byte order. */
const exif = (orientation: number, little: boolean) => {
  const u16 = little ? le16 : be16
  const u32 = little ? le32 : be32
  return segment(0xe1, bytes('Exif\0\0', little ? 'II' : 'MM', u16(42), u32(8), u16(1), u16(0x0112), u16(3), u32(1), u16(orientation), [0, 0], u32(0)))
}
const jpeg = (...segments: Uint8Array[]) => bytes([0xff, 0xd8], ...segments, [0xff, 0xda], be16(8), padding)

describe('readImageSize', () => {
  it('reads PNG, GIF and the three WebP headers', async () => {
    expect(await readImageSize(blob(png(640, 480)))).toEqual({ width: 640, height: 480 })
    expect(await readImageSize(blob(gif(320, 200)))).toEqual({ width: 320, height: 200 })
    // VP8 (lossy): 3-byte frame tag, start code 9d 01 2a, then 14-bit sizes with 2 scale bits on top.
    expect(await readImageSize(blob(riff('VP8 ', bytes([0, 0, 0, 0x9d, 0x01, 0x2a], le16(1000 | 0x4000), le16(750), padding))))).toEqual({ width: 1000, height: 750 })
    // VP8L (lossless): signature 0x2f, then width-1 and height-1 in 14 bits each.
    expect(await readImageSize(blob(riff('VP8L', bytes([0x2f], le32((999 | (749 << 14)) >>> 0), padding))))).toEqual({ width: 1000, height: 750 })
    // VP8X (extended): flags, 3 reserved bytes, then canvas width-1 and height-1 in 24 bits each.
    expect(await readImageSize(blob(riff('VP8X', bytes([0, 0, 0, 0], le24(4999), le24(2999), padding))))).toEqual({ width: 5000, height: 3000 })
  })

  it('reads baseline and progressive JPEGs after the segments before the frame header', async () => {
    expect(await readImageSize(blob(jpeg(segment(0xe0, bytes('JFIF\0', padding)), sof(0xc0, 4032, 3024))))).toEqual({ width: 4032, height: 3024 })
    expect(await readImageSize(blob(jpeg(segment(0xdb, padding), segment(0xc4, padding), sof(0xc2, 1920, 1080))))).toEqual({ width: 1920, height: 1080 })
  })

  it('swaps width and height for the EXIF orientations that rotate by 90°, in both byte orders', async () => {
    expect(await readImageSize(blob(jpeg(exif(6, true), sof(0xc0, 4032, 3024))))).toEqual({ width: 3024, height: 4032 })
    expect(await readImageSize(blob(jpeg(exif(8, false), sof(0xc0, 4032, 3024))))).toEqual({ width: 3024, height: 4032 })
    expect(await readImageSize(blob(jpeg(exif(3, true), sof(0xc0, 4032, 3024))))).toEqual({ width: 4032, height: 3024 })
  })

  it('reads on past segments that end beyond the first 64 KiB (ICC profiles, big EXIF thumbnails)', async () => {
    const icc = segment(0xe2, new Uint8Array(65_000))
    const file = jpeg(icc, icc, icc, exif(6, false), sof(0xc0, 800, 600))
    expect(file.length).toBeGreaterThan(2 * 64 * 1024)
    expect(await readImageSize(blob(file))).toEqual({ width: 600, height: 800 })
  })

  it('reads only the slices it needs, never the whole file', async () => {
    const file = new Blob([jpeg(sof(0xc0, 10, 20)) as BlobPart, new Uint8Array(8 * 1024 * 1024)])
    const read: number[] = []
    const slice = file.slice.bind(file)
    file.slice = (start?: number, end?: number) => {
      read.push((end ?? file.size) - (start ?? 0))
      return slice(start, end)
    }
    expect(await readImageSize(file)).toEqual({ width: 10, height: 20 })
    expect(Math.max(...read)).toBeLessThanOrEqual(64 * 1024)
  })

  it('gives {} for what is not one of those images, or is cut short', async () => {
    expect(await readImageSize(blob(new Uint8Array(8192).fill(7)))).toEqual({})
    expect(await readImageSize(blob(bytes('RIFF', le32(100), 'WAVEfmt ', padding)))).toEqual({})
    expect(await readImageSize(blob(bytes([0xff, 0xd8], segment(0xe0, padding), [0xff, 0xda], be16(8), padding)))).toEqual({})
    expect(await readImageSize(blob(bytes([0xff, 0xd8, 0xff, 0xe1, 0x40, 0], padding, padding)))).toEqual({})
    expect(await readImageSize(blob(png(640, 480).slice(0, 20)))).toEqual({})
  })

  it('ignores a damaged EXIF block and keeps the frame size', async () => {
    const broken = segment(0xe1, bytes('Exif\0\0', 'II', le16(42), le32(60_000), padding))
    expect(await readImageSize(blob(jpeg(broken, sof(0xc0, 30, 40))))).toEqual({ width: 30, height: 40 })
  })
})
