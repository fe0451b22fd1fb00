/** Test media for the jimeng video flow: a small MP4 whose header says what the emulator's `VideoMeta` reports. */

function box(type: string, ...parts: Uint8Array[]): Buffer {
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length + 8, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

/**
 * `ftyp` + `moov` (`mvhd` with the duration, a video `trak` whose `tkhd` holds the size and an
 * `avc1` sample entry) + `mdat` with `payloadBytes` pseudo-random bytes (`seed` varies them).
 * Not playable; only the header is real.
 */
export function makeMp4({ seconds = 2.5, width = 640, height = 360, payloadBytes = 4096, seed = 1 } = {}): Buffer {
  const mvhd = Buffer.alloc(100)
  mvhd.writeUInt32BE(1000, 12)
  mvhd.writeUInt32BE(Math.round(seconds * 1000), 16)
  mvhd.writeUInt32BE(0x00010000, 20)
  mvhd.writeUInt32BE(2, 96)
  const tkhd = Buffer.alloc(84)
  tkhd.writeUInt32BE(0x00000003, 0)
  tkhd.writeUInt32BE(1, 12)
  tkhd.writeUInt32BE(width << 16, 76)
  tkhd.writeUInt32BE(height << 16, 80)
  const payload = Buffer.alloc(payloadBytes)
  let x = seed >>> 0 || 1
  for (let i = 0; i < payloadBytes; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    payload[i] = x & 0xff
  }
  const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomavc1', 'latin1'))
  return Buffer.concat([ftyp, box('moov', box('mvhd', mvhd), box('trak', box('tkhd', tkhd), box('avc1'))), box('mdat', payload)])
}
