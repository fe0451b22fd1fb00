import type { IncomingMessage } from 'node:http'

/**
 * One incoming request as a service handler sees it.
 *
 * `body` is the request body as the emulator delivers it: the socket data, possibly
 * throttled or cut by a fault rule. Handlers must read the body from here, never from `raw`.
 */
export interface ServiceRequest {
  /** The node request (headers, socket). Do not read its body directly. */
  readonly raw: IncomingMessage
  /** Upper-case method. */
  readonly method: string
  /** The path exactly as sent (still percent-encoded), without the query. */
  readonly rawPath: string
  /** The query string exactly as sent, without the leading `?` (may be empty). */
  readonly rawQuery: string
  /** The query parsed with WHATWG rules (`+` is a space). */
  readonly query: URLSearchParams
  /** The `Origin` header, if any. */
  readonly origin: string | undefined
  /** The request body. */
  readonly body: AsyncIterable<Buffer>
  /** Origins the emulator answers CORS for (`config.corsOrigins` when the request arrived). */
  readonly corsOrigins: readonly string[]
}

/** Builds a {@link ServiceRequest} from a node request. */
export function createServiceRequest(raw: IncomingMessage, corsOrigins: readonly string[] = []): ServiceRequest {
  const target = raw.url ?? '/'
  const mark = target.indexOf('?')
  const rawPath = mark === -1 ? target : target.slice(0, mark)
  const rawQuery = mark === -1 ? '' : target.slice(mark + 1)
  const origin = raw.headers.origin
  return {
    raw,
    method: (raw.method ?? 'GET').toUpperCase(),
    rawPath,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    origin: typeof origin === 'string' && origin !== '' ? origin : undefined,
    body: raw,
    corsOrigins,
  }
}
