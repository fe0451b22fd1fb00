/** An S3 error response: HTTP status, `<Code>`, `<Message>` and extra elements. */
export class S3Error extends Error {
  override readonly name = 'S3Error'

  /**
   * @param status HTTP status
   * @param code S3 error code (`SignatureDoesNotMatch`, …), also sent as `x-amz-error-code`
   * @param message the `<Message>` text
   * @param details extra elements placed between `<Message>` and `<RequestId>`
   * @param withCors whether the bucket's CORS headers accompany the error
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, string>> = {},
    readonly withCors: boolean = true,
  ) {
    super(message)
  }
}
