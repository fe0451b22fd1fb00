/** The outcome of {@link readJsonBody}. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string }

/**
 * Reads a request's JSON body, at most `maxBytes` (sign bodies are tiny), so
 * a Fetch-API mounting without a body limit of its own is still bounded.
 * A `content-type` other than JSON is refused with 415.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get('content-type')
  if (type !== null && !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    return { ok: false, status: 415, message: 'Content-Type must be application/json' }
  }
  if (request.body === null) return { ok: false, status: 400, message: 'Invalid body: expected a JSON object' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, status: 413, message: `Request body over ${maxBytes} bytes` }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown }
  } catch {
    return { ok: false, status: 400, message: 'Invalid body: not valid JSON' }
  }
}
