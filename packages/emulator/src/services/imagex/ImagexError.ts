/**
 * An ImageX OpenAPI error: HTTP status plus `ResponseMetadata.Error.{Code, Message}`.
 * Codes are the emulator's (the real service's are unverified): `InvalidAuthorization`,
 * `InvalidAccessKey`, `InvalidSecurityToken`, `ExpiredToken`, `SignatureDoesNotMatch`,
 * `InvalidTimestamp`, `XAmzContentSHA256Mismatch`, `AccessDenied`, `InvalidParameter`, `InvalidAction`.
 */
export class ImagexError extends Error {
  override readonly name = 'ImagexError'

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}
