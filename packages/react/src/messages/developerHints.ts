import type { ErrorCode } from '@media-uploader/core'

/**
 * For developers only (never shown as the user's message): what to check
 * when an error with this code keeps happening. Shown in the widget's
 * "details" disclosure next to the code, provider and service code; the
 * Chinese ones are `developerHintsZhCN`.
 *
 * @example
 * ```ts
 * console.warn(error.code, developerHints[error.code])
 * ```
 */
export const developerHints: Readonly<Partial<Record<ErrorCode, string>>> = {
  'sign-unauthorized': 'The sign handler refused the request (authorize() returned false) or the provider rejected its credentials (API key, AccessKey, session).',
  'sign-rejected': 'The provider refused the sign request; see the service code and detail.',
  'sign-response-invalid': 'The sign endpoint answered with a body that does not match the provider schema.',
  'checksum-pinned': 'The presigned URL pins x-amz-checksum-crc32. Create the S3 client with requestChecksumCalculation: "WHEN_REQUIRED".',
  'storage-rejected': 'Check the bucket CORS (methods, signed headers, exposed ETag) and the signature.',
  'commit-failed': 'The provider’s commit/confirm step failed after the bytes were stored.',
}

