/**
 * The request body did not arrive in full: the client aborted, the socket was reset,
 * or a fault rule cut it. No response can (or should) be written.
 */
export class BodyAbortedError extends Error {
  override readonly name = 'BodyAbortedError'

  constructor(message = 'request body aborted', options?: { cause?: unknown }) {
    super(message, options)
  }
}
