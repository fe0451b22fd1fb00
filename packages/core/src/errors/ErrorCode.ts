/**
 * Every way an upload can fail. Stable strings: switch on them, translate them.
 *
 * - `file-type-not-allowed`, `file-too-large`, `file-empty`, `too-many-files`, `duplicate-file`: restrictions, checked before any network call.
 * - `rejected-by-app`: the app's `onBeforeUpload` returned `false`.
 * - `sign-unauthorized`: the app server refused (401/403) or the provider rejected the app's credentials.
 * - `sign-rejected`: the sign endpoint answered with a business error (bad parameters, asset too large…).
 * - `sign-failed`: the sign endpoint could not be reached or answered 5xx after retries.
 * - `sign-response-invalid`: the sign endpoint answered with a body that does not match the provider's schema.
 * - `checksum-pinned`: the presigned URL pins a checksum the file cannot match (server-side fix needed).
 * - `url-expired`: storage refused an expired URL or credential, and re-signing did not help.
 * - `storage-rejected`: storage answered with an error (signature, policy, 4xx/5xx).
 * - `checksum-mismatch`: storage reports the bytes it got differ from what was sent.
 * - `commit-failed`: the upload went through but the provider's commit/confirm step failed.
 * - `network`: the connection failed (offline, reset, CORS).
 * - `aborted`: the user cancelled.
 * - `unknown`: anything else; the cause is attached.
 */
export type ErrorCode =
  | 'file-type-not-allowed'
  | 'file-too-large'
  | 'file-empty'
  | 'too-many-files'
  | 'duplicate-file'
  | 'rejected-by-app'
  | 'sign-unauthorized'
  | 'sign-rejected'
  | 'sign-failed'
  | 'sign-response-invalid'
  | 'checksum-pinned'
  | 'url-expired'
  | 'storage-rejected'
  | 'checksum-mismatch'
  | 'commit-failed'
  | 'network'
  | 'aborted'
  | 'unknown'
