/**
 * An upload-host refusal: HTTP status plus the web front end's `{code, message}`.
 * Codes are the emulator's (unverified): 4000 bad request, 4001 bad `Authorization`,
 * 4003 `Auth` expired, 4004 unknown StoreUri, 4006 CRC32 mismatch, 4013 size ≠ `FileSize`.
 */
export class UploadHostError extends Error {
  override readonly name = 'UploadHostError'

  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}
