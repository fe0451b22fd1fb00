import type { IncomingMessage, ServerResponse } from 'node:http'
import { isUnder } from './internal/isUnder.ts'
import { errorResponse } from './internal/jsonResponse.ts'
import type { MediaUploaderHandler } from './types.ts'

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
 * toNodeListener(handler, { maxBodyBytes: 16 * 1024 })
 * ```
 */
export interface NodeListenerOptions {
  /** Largest request body accepted, in bytes; larger ones get 413. Default 64 KiB (sign requests are tiny). */
  readonly maxBodyBytes?: number
}

/**
 * Adapts a Fetch-API handler to node:http, Express and Connect. Converts the
 * `IncomingMessage` to a `Request` (body buffered, at most `maxBodyBytes`,
 * else 413) and writes the `Response` back in one piece.
 *
 * Requests outside the handler's `basePath` are passed to `next()` untouched
 * (their body unread), or answered 404 JSON when there is no `next`.
 *
 * @example
 * ```ts
 * import http from 'node:http'
 * const listener = toNodeListener(createMediaUploaderHandler({ providers: { presign: { upstream } } }))
 * http.createServer(listener).listen(3000, '127.0.0.1')
 * // Express: app.use(listener)
 * ```
 */
export function toNodeListener(handler: MediaUploaderHandler, options: NodeListenerOptions = {}): NodeListener {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  return (req, res, next) => {
    void (async () => {
      const url = requestUrl(req)
      if (!isUnder(new URL(url).pathname, handler.basePath)) {
        if (next) next()
        else await writeResponse(res, errorResponse(404, 'Not found'), req.method)
        return
      }
      const body = await readBody(req, maxBodyBytes)
      if (body === 'too-large') {
        await writeResponse(res, errorResponse(413, `Request body over ${maxBodyBytes} bytes`, { connection: 'close' }), req.method)
        return
      }
      const aborter = new AbortController()
      res.once('close', () => {
        if (!res.writableFinished) aborter.abort()
      })
      const request = new Request(url, {
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

function requestUrl(req: IncomingMessage): string {
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true
  const host = req.headers.host ?? 'localhost'
  // Express strips the mount path from req.url; originalUrl keeps it.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  return `${encrypted ? 'https' : 'http'}://${host}${path.startsWith('/') ? path : `/${path}`}`
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

const NO_BODY = new Set(['GET', 'HEAD'])

/** The whole body, `undefined` for GET/HEAD, or `'too-large'` past the limit. */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined | 'too-large'> {
  if (NO_BODY.has(req.method ?? 'GET')) return undefined
  const parsed = (req as IncomingMessage & { body?: unknown }).body
  if (req.readableEnded && parsed !== undefined) {
    // A body parser ran before us (e.g. express.json()).
    const buffer = Buffer.isBuffer(parsed) ? parsed : Buffer.from(typeof parsed === 'string' ? parsed : JSON.stringify(parsed))
    return buffer.length > max ? 'too-large' : buffer
  }
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > max) {
    req.resume()
    return 'too-large'
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > max) {
        req.off('data', onData)
        req.off('end', onEnd)
        req.resume()
        resolve('too-large')
        return
      }
      chunks.push(chunk)
    }
    const onEnd = (): void => resolve(Buffer.concat(chunks))
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
  })
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
