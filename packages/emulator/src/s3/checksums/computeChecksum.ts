import { createHash } from 'node:crypto'
import { crc32, crc64 } from 'hash-wasm'
import type { ChecksumAlgorithm } from './ChecksumAlgorithm.ts'

const CRC32C_POLYNOMIAL = 0x82f63b78
/** Reflected CRC-64/NVME polynomial. */
const CRC64NVME_POLYNOMIAL = '9a6c9329ac4bc9b5'

/** The base64 checksum S3 expects in `x-amz-checksum-<algorithm>` (big-endian digest bytes). */
export async function computeChecksum(algorithm: ChecksumAlgorithm, bytes: Uint8Array): Promise<string> {
  switch (algorithm) {
    case 'crc32':
      return hexToBase64(await crc32(bytes))
    case 'crc32c':
      return hexToBase64(await crc32(bytes, CRC32C_POLYNOMIAL))
    case 'crc64nvme':
      return hexToBase64(await crc64(bytes, CRC64NVME_POLYNOMIAL))
    case 'sha1':
      return createHash('sha1').update(bytes).digest('base64')
    case 'sha256':
      return createHash('sha256').update(bytes).digest('base64')
  }
}

function hexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64')
}
