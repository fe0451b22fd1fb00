import { BodyAbortedError } from './BodyAbortedError.ts'

/**
 * Passes the first `limit` bytes of `source`, then calls `reset` (which should destroy the
 * socket) and fails with {@link BodyAbortedError}. A body of at most `limit` bytes passes untouched.
 */
export async function* resetBodyAfter(
  source: AsyncIterable<Buffer>,
  limit: number,
  reset: () => void,
): AsyncGenerator<Buffer, void, undefined> {
  let seen = 0
  for await (const chunk of source) {
    if (seen + chunk.length > limit) {
      const head = chunk.subarray(0, limit - seen)
      if (head.length > 0) yield head
      reset()
      throw new BodyAbortedError(`connection reset by fault after ${limit} bytes`)
    }
    seen += chunk.length
    yield chunk
  }
}
