import type { S3Flavour } from '../../config/EmulatorConfig.ts'
import { S3Error } from '../S3Error.ts'
import { computeChecksum } from './computeChecksum.ts'
import type { DeclaredChecksum } from './DeclaredChecksum.ts'

/**
 * Checks declared checksums against the body, as the flavour does:
 * - `r2` enforces every one (query or header); a mismatch is `400 BadDigest` **without CORS
 *   headers**, so a browser sees only a network error;
 * - `s3` enforces header checksums (`400 BadDigest` with CORS) and ignores checksum
 *   parameters of presigned URLs (reference §5.3).
 *
 * Returns the verified checksums (to echo in the response).
 */
export async function verifyChecksums(
  flavour: S3Flavour,
  declared: readonly DeclaredChecksum[],
  body: Uint8Array,
): Promise<DeclaredChecksum[]> {
  const verified: DeclaredChecksum[] = []
  for (const checksum of declared) {
    if (flavour === 's3' && checksum.source === 'query') continue
    const actual = await computeChecksum(checksum.algorithm, body)
    if (actual !== checksum.value) {
      throw new S3Error(
        400,
        'BadDigest',
        `The ${checksum.algorithm.toUpperCase()} you specified did not match the calculated checksum.`,
        {},
        flavour !== 'r2',
      )
    }
    verified.push(checksum)
  }
  return verified
}
