import { BodyAbortedError } from './BodyAbortedError.ts'
import { BodyTooLargeError } from './BodyTooLargeError.ts'

/**
 * Reads a whole request body into memory.
 *
 * Rejects with {@link BodyAbortedError} when the body did not arrive in full, and with
 * {@link BodyTooLargeError} (after destroying the source) when it exceeds `maxBytes`.
 */
export async function readBody(
  source: AsyncIterable<Buffer>,
  maxBytes: number = Number.POSITIVE_INFINITY,
): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of source) {
      size += chunk.length
      if (size > maxBytes) throw new BodyTooLargeError(maxBytes)
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof BodyTooLargeError || error instanceof BodyAbortedError) throw error
    throw new BodyAbortedError('request body aborted', { cause: error })
  }
  return Buffer.concat(chunks, size)
}
