import type { IncomingMessage, ServerResponse } from 'node:http'
import { errorResponse } from '../internal/jsonResponse.ts'
import { routeSignPath } from '../internal/routeSignPath.ts'
import type { MediaUploaderHandler } from '../types.ts'
import { readNodeBody } from './readNodeBody.ts'
import { requestTarget } from './requestTarget.ts'

/**
 * A node:http request listener that also fits Express/Connect middleware (`next`).
 *
 * @example
 * ```ts
 * const listener: NodeListener = toNodeListener(handler)
 * app.use(listener)
 * ```
 */
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void

/**
 * Options of {@link toNodeListener}.
 *
 * @example
 * ```ts
 * toNodeListener(handler, { origin: 'https://app.example', maxBodyBytes: 16 * 1024, bodyTimeoutMs: 10_000 })
 * ```
 */
export interface NodeListenerOptions {
  /** Largest request body accepted, in bytes; larger ones get 413. Default 64 KiB (sign requests are tiny). */
  readonly maxBodyBytes?: number
  /** How long the whole body may take to arrive; then 408 and the connection is closed. Default 30000 ms. */
  readonly bodyTimeoutMs?: number
  /**
   * The app's public origin (`https://app.example`), used as the request URL's
   * origin (the CSRF check's "own origin"). Default: the scheme plus the `Host`
   * header, which must be a bare `host[:port]` (else 400). Routing never depends on it.
   */
  readonly origin?: string
}

/**
 * Adapts a Fetch-API handler to node:http, Express and Connect. The request
 * URL is the configured `origin` (or the checked `Host`) plus the raw path
 * from the request line, so `Host` never changes what is routed. A path
 * under the handler's `basePath` that is not canonical (dot segments,
 * backslashes, repeated or trailing slashes) → 400/404 here, before any
 * other middleware could read it differently. The body is buffered (at most
 * `maxBodyBytes`, else 413; within `bodyTimeoutMs`, else 408) and the
 * `Response` written back in one piece.
 *
 * Requests outside `basePath` are passed to `next()` untouched (their body
 * unread), or answered 404 JSON when there is no `next`.
 *
 * @example
 * ```ts
 * import http from 'node:http'
 * import { createMediaUploaderHandler } from '@media-uploader/server'
 * import { toNodeListener } from '@media-uploader/server/node'
 *
 * const listener = toNodeListener(createMediaUploaderHandler({ providers: { presign: { upstream } } }))
 * http.createServer(listener).listen(3000, '127.0.0.1')
 * // Express: app.use(listener)
 * ```
 */
export function toNodeListener(handler: MediaUploaderHandler, options: NodeListenerOptions = {}): NodeListener {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 30_000
  const origin = options.origin === undefined ? undefined : new URL(options.origin).origin
  return (req, res, next) => {
    void (async () => {
      const target = requestTarget(req, origin)
      if (!target.ok) {
        await writeResponse(res, errorResponse(400, target.message, { connection: 'close' }), req.method)
        return
      }
      const rawPath = target.raw.split('?')[0] ?? '/'
      const underBase = routeSignPath(target.url.pathname, handler.basePath).kind !== 'outside' || routeSignPath(rawPath, handler.basePath).kind !== 'outside'
      if (!underBase) {
        if (next) next()
        else await writeResponse(res, errorResponse(404, 'Not found'), req.method)
        return
      }
      if (target.url.pathname !== rawPath) {
        await writeResponse(res, errorResponse(400, 'Non-canonical request path'), req.method)
        return
      }
      const body = await readNodeBody(req, maxBodyBytes, bodyTimeoutMs)
      if (body === 'too-large' || body === 'timeout') {
        const response = body === 'timeout' ? errorResponse(408, `Request body not received within ${bodyTimeoutMs} ms`, { connection: 'close' }) : errorResponse(413, `Request body over ${maxBodyBytes} bytes`, { connection: 'close' })
        await writeResponse(res, response, req.method)
        req.socket.destroySoon()
        return
      }
      const aborter = new AbortController()
      res.once('close', () => {
        if (!res.writableFinished) aborter.abort()
      })
      const request = new Request(target.url, {
        method: req.method ?? 'GET',
        headers: requestHeaders(req),
        body: body === undefined || body.length === 0 ? undefined : new Uint8Array(body),
        signal: aborter.signal,
      })
      const response = await handler(request)
      await writeResponse(res, response ?? errorResponse(404, 'Not found'), req.method)
    })().catch((error: unknown) => {
      if (next) {
        next(error)
        return
      }
      if (!res.headersSent) {
        void writeResponse(res, errorResponse(500, 'Internal server error'), req.method)
      } else {
        res.destroy()
      }
    })
  }
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]
    const value = raw[i + 1]
    if (name === undefined || value === undefined || name.startsWith(':')) continue
    try {
      headers.append(name, value)
    } catch {
      // Skip headers the Fetch API refuses.
    }
  }
  return headers
}

async function writeResponse(res: ServerResponse, response: Response, method: string | undefined): Promise<void> {
  const body = method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer())
  res.statusCode = response.status
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie' || name === 'content-length' || name === 'transfer-encoding') return
    res.setHeader(name, value)
  })
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (body !== undefined) res.setHeader('content-length', body.length)
  res.end(body)
}
