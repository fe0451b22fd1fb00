/** The outcome of {@link readJsonBody}. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string }

/** Limits of {@link readJsonBody}. */
export interface JsonBodyLimits {
  readonly maxBytes: number
  /** Deepest nesting of arrays and objects. */
  readonly maxDepth: number
}

/** Sign bodies are tiny and flat. */
export const DEFAULT_JSON_LIMITS: JsonBodyLimits = { maxBytes: 16 * 1024, maxDepth: 8 }

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/** Whether the nesting of `text` goes deeper than `max`, scanned without recursion. */
function tooDeep(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c) i++
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return true
    } else if (char === 0x7d || char === 0x5d) depth--
  }
  return false
}

/**
 * Reads a request's JSON body within limits, so a Fetch-API mounting without
 * a body limit of its own is still bounded: a `Content-Type` other than JSON
 * (or none) → 415, over `maxBytes` → 413, not UTF-8 JSON or nested deeper
 * than `maxDepth` → 400.
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, DEFAULT_JSON_LIMITS)
 * if (!body.ok) return errorResponse(body.status, body.message)
 * ```
 */
export async function readJsonBody(request: Request, limits: JsonBodyLimits = DEFAULT_JSON_LIMITS): Promise<JsonBody> {
  const type = request.headers.get('content-type')
  if (type === null || !JSON_TYPE.test(type)) return { ok: false, status: 415, message: 'Content-Type must be application/json' }
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limits.maxBytes) return { ok: false, status: 413, message: `Request body over ${limits.maxBytes} bytes` }
  if (request.body === null) return { ok: false, status: 400, message: 'Invalid body: expected a JSON object' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limits.maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, status: 413, message: `Request body over ${limits.maxBytes} bytes` }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, status: 400, message: 'Invalid body: not UTF-8' }
  }
  if (tooDeep(text, limits.maxDepth)) return { ok: false, status: 400, message: `Invalid body: nested deeper than ${limits.maxDepth} levels` }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, bytes }
  } catch {
    return { ok: false, status: 400, message: 'Invalid body: not valid JSON' }
  }
}
