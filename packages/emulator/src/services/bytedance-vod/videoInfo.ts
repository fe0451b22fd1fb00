/** What VOD's `VideoMeta` reports about a video, as far as its container header tells. */
export interface VideoInfo {
  /** `MP4`, `MOV`, `WEBM` or `unknown`. */
  readonly format: string
  /** `h264`, `h265`, `vp8`, `vp9`, `av1` or `unknown` (the first sample entry found). */
  readonly codec: string
  /** Seconds (from an MP4/MOV `mvhd`; 0 when unknown). */
  readonly duration: number
  readonly width: number
  readonly height: number
}

const CODECS: readonly (readonly [string, string])[] = [
  ['avc1', 'h264'],
  ['hvc1', 'h265'],
  ['hev1', 'h265'],
  ['vp09', 'vp9'],
  ['av01', 'av1'],
  ['V_VP9', 'vp9'],
  ['V_VP8', 'vp8'],
  ['V_AV1', 'av1'],
]

/** Offset of the first box `type` inside `[start, end)` of an ISO BMFF box list, and its end. */
function findBox(bytes: Buffer, type: string, start: number, end: number): { body: number; end: number } | undefined {
  let offset = start
  while (offset + 8 <= end) {
    const size = bytes.readUInt32BE(offset)
    const boxEnd = size === 0 ? end : offset + size
    if (size !== 0 && size < 8) return undefined
    if (bytes.toString('latin1', offset + 4, offset + 8) === type) return { body: offset + 8, end: Math.min(boxEnd, end) }
    offset = boxEnd
  }
  return undefined
}

/** Duration and the first video track's size from `moov/mvhd` and `moov/trak/tkhd`. */
function isoInfo(bytes: Buffer): Pick<VideoInfo, 'duration' | 'width' | 'height'> {
  const moov = findBox(bytes, 'moov', 0, bytes.length)
  if (!moov) return { duration: 0, width: 0, height: 0 }
  const mvhd = findBox(bytes, 'mvhd', moov.body, moov.end)
  let duration = 0
  if (mvhd && mvhd.end - mvhd.body >= 20) {
    const v1 = bytes[mvhd.body] === 1
    const timescale = bytes.readUInt32BE(mvhd.body + (v1 ? 20 : 12))
    const units = v1 ? Number(bytes.readBigUInt64BE(mvhd.body + 24)) : bytes.readUInt32BE(mvhd.body + 16)
    duration = timescale ? units / timescale : 0
  }
  let offset = moov.body
  while (offset < moov.end) {
    const trak = findBox(bytes, 'trak', offset, moov.end)
    if (!trak) break
    const tkhd = findBox(bytes, 'tkhd', trak.body, trak.end)
    if (tkhd && tkhd.end - tkhd.body >= 84) {
      const width = bytes.readUInt32BE(tkhd.end - 8) >>> 16
      const height = bytes.readUInt32BE(tkhd.end - 4) >>> 16
      if (width && height) return { duration, width, height }
    }
    offset = trak.end
  }
  return { duration, width: 0, height: 0 }
}

/**
 * Container, codec, duration and size of an MP4/MOV (ISO BMFF header boxes) or
 * WebM (EBML magic) — enough for the emulator's `VideoMeta`, not a demuxer.
 *
 * @example
 * ```ts
 * videoInfo(bytes) // { format: 'MP4', codec: 'h264', duration: 2.5, width: 640, height: 360 }
 * ```
 */
export function videoInfo(bytes: Buffer): VideoInfo {
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20)).toString('latin1')
  const codec = CODECS.find(([tag]) => head.includes(tag))?.[1] ?? 'unknown'
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') {
    const format = bytes.toString('latin1', 8, 12) === 'qt  ' ? 'MOV' : 'MP4'
    return { format, codec, ...isoInfo(bytes) }
  }
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3) return { format: 'WEBM', codec, duration: 0, width: 0, height: 0 }
  return { format: 'unknown', codec, duration: 0, width: 0, height: 0 }
}
