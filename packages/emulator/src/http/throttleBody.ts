import { delay } from './delay.ts'

/**
 * Re-emits `source` no faster than `bytesPerSecond`. Reading slowly applies TCP
 * back-pressure, so the client's upload slows down too.
 */
export async function* throttleBody(
  source: AsyncIterable<Buffer>,
  bytesPerSecond: number,
): AsyncGenerator<Buffer, void, undefined> {
  const slice = Math.max(1, Math.floor(bytesPerSecond / 20))
  const started = Date.now()
  let sent = 0
  for await (const chunk of source) {
    for (let offset = 0; offset < chunk.length; offset += slice) {
      const part = chunk.subarray(offset, offset + slice)
      sent += part.length
      const wait = started + (sent / bytesPerSecond) * 1000 - Date.now()
      if (wait > 0) await delay(wait)
      yield part
    }
  }
}
