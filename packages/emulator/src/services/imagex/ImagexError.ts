/**
 * A Volcengine OpenAPI error as ImageX answers it: HTTP status plus
 * `ResponseMetadata.Error.{Code, CodeN, Message}`. The gateway's common codes carry their
 * published `CodeN` (BytePlus/Volcengine "common error codes": `MissingParameter` 100002,
 * `MissingAuthenticationToken` 100003, `MissingRequestInfo` 100004, `InvalidTimestamp` 100006,
 * `InvalidActionOrVersion` 100008, `InvalidAccessKey` 100009, `SignatureDoesNotMatch` 100010,
 * `AccessDenied` 100013); the emulator's own codes (`InvalidAuthorization`, `InvalidSecurityToken`,
 * `ExpiredToken`, `XAmzContentSHA256Mismatch`, `InvalidParameter`) have none, as no number is published.
 *
 * @example
 * ```ts
 * throw ImagexError.common('SignatureDoesNotMatch', 'The request signature we calculated does not match …')
 * ```
 */
export class ImagexError extends Error {
  override readonly name = 'ImagexError'

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly codeN?: number,
  ) {
    super(message)
  }

  /** An error with one of the gateway's published common codes (status and `CodeN` from the table). */
  static common(code: keyof typeof COMMON, message: string): ImagexError {
    const [status, codeN] = COMMON[code]
    return new ImagexError(status, code, message, codeN)
  }
}

const COMMON = {
  MissingParameter: [400, 100002],
  MissingAuthenticationToken: [401, 100003],
  MissingRequestInfo: [400, 100004],
  InvalidTimestamp: [400, 100006],
  InvalidActionOrVersion: [404, 100008],
  InvalidAccessKey: [401, 100009],
  SignatureDoesNotMatch: [401, 100010],
  AccessDenied: [403, 100013],
} as const satisfies Record<string, readonly [number, number]>
