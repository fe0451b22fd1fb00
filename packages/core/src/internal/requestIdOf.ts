/** Response headers that carry a request id, by storage or gateway (first match wins). */
export const REQUEST_ID_HEADERS = ['x-oss-request-id', 'x-amz-request-id', 'x-acs-request-id', 'x-tt-logid', 'x-request-id', 'x-trace-id'] as const

const BODY_ID = /<RequestId>([^<]+)<\/RequestId>|"(?:RequestId|requestId|request_id|traceId|trace_id|logId)"\s*:\s*"([^"]+)"/

type HeaderSource = { get(name: string): string | null } | ((name: string) => string | null)

/** The first request id among {@link REQUEST_ID_HEADERS}. */
export function requestIdFromHeaders(headers: HeaderSource): string | undefined {
  const get = typeof headers === 'function' ? headers : (name: string) => headers.get(name)
  for (const name of REQUEST_ID_HEADERS) {
    const value = get(name)
    if (value) return value
  }
  return undefined
}

/** A request id in an error answer's body: OSS/S3 XML `<RequestId>`, or a JSON `RequestId`/`requestId`/`traceId`/… (Volcengine's `ResponseMetadata.RequestId` too). */
export function requestIdFromBody(body: string): string | undefined {
  const match = BODY_ID.exec(body)
  return match?.[1] ?? match?.[2]
}

/**
 * The storage's or app server's id of the request an error came from, for
 * support: an error's own `requestId`, else a sign answer's response headers,
 * else its body (as {@link TransportError} carries it), else undefined.
 *
 * @example
 * ```ts
 * requestIdOf(transportError) // 'A1B2C3…' from x-oss-request-id
 * ```
 */
export function requestIdOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined
  const { requestId, response, body, data } = error as { requestId?: unknown; response?: { headers?: HeaderSource }; body?: unknown; data?: unknown }
  if (typeof requestId === 'string' && requestId) return requestId
  const fromHeaders = response?.headers && typeof response.headers === 'object' ? requestIdFromHeaders(response.headers) : undefined
  if (fromHeaders) return fromHeaders
  if (typeof body === 'string') return requestIdFromBody(body)
  return data && typeof data === 'object' ? requestIdFromBody(JSON.stringify(data)) : undefined
}
