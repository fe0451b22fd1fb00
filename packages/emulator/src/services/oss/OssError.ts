/** An OSS error answer: HTTP status, `<Code>`, `<Message>` and extra elements. */
export class OssError extends Error {
  override readonly name = 'OssError'

  /**
   * @param status HTTP status
   * @param code OSS error code (`SignatureDoesNotMatch`, `SecurityTokenExpired`, …)
   * @param message the `<Message>` text
   * @param details extra elements placed after `<HostId>`
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super(message)
  }
}
