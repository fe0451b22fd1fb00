/** The request body exceeded the limit the reader was given. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError'

  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`)
  }
}
