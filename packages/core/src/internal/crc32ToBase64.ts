/**
 * Base64 of a CRC-32's big-endian 4 bytes, as S3's `x-amz-checksum-crc32` carries it.
 *
 * @example
 * ```ts
 * crc32ToBase64(0) // 'AAAAAA=='
 * ```
 */
export function crc32ToBase64(crc: number): string {
  return btoa(String.fromCharCode(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255))
}
