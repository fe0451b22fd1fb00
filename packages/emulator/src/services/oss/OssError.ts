/** An OSS error answer: HTTP status, `<Code>`, `<Message>`, extra elements and the `<EC>`. */
export class OssError extends Error {
  override readonly name = 'OssError'

  /**
   * @param status HTTP status
   * @param code OSS error code (`SignatureDoesNotMatch`, `SecurityTokenExpired`, …)
   * @param message the `<Message>` text
   * @param details extra elements placed after `<HostId>`
   * @param ec the `<EC>` error number where OSS publishes it (`0002-00000007`); omitted otherwise
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, string>> = {},
    readonly ec?: string,
  ) {
    super(message)
  }
}
