import type { JsonValue } from './JsonValue.ts'
import { readBody } from './readBody.ts'

/** Thrown by {@link readJson} when the body is not JSON. */
export class InvalidJsonError extends Error {
  override readonly name = 'InvalidJsonError'
}

/** Reads a JSON request body (at most 1 MiB). An empty body reads as `null`. */
export async function readJson(source: AsyncIterable<Buffer>): Promise<JsonValue> {
  const bytes = await readBody(source, 1024 * 1024)
  const text = bytes.toString('utf8').trim()
  if (text === '') return null
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    throw new InvalidJsonError('request body is not valid JSON')
  }
}
