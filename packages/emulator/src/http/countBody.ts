/** Re-emits `source`, reporting the size of every chunk to `onBytes`. */
export async function* countBody(
  source: AsyncIterable<Buffer>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Buffer, void, undefined> {
  for await (const chunk of source) {
    onBytes(chunk.length)
    yield chunk
  }
}
