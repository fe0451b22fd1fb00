import type { ServerResponse } from 'node:http'
import { apiCorsHeaders, type ApiCorsOptions } from './apiCorsHeaders.ts'
import type { ServiceRequest } from './ServiceRequest.ts'

/**
 * Answers an `OPTIONS` request to an API: 204 with the CORS headers when the origin is allowed,
 * otherwise 403 with no CORS headers at all (the browser refuses the actual request).
 *
 * @example
 * ```ts
 * if (request.method === 'OPTIONS') return sendApiPreflight(request, res, { methods: ['GET', 'POST'] })
 * ```
 */
export function sendApiPreflight(request: ServiceRequest, res: ServerResponse, options: ApiCorsOptions = {}): void {
  const headers = apiCorsHeaders(request, options)
  if (headers['access-control-allow-origin'] === undefined) {
    const text = 'CORS: this origin is not allowed (start the emulator with corsOrigins / --cors-origin)'
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) })
    res.end(text)
    return
  }
  res.writeHead(204, { ...headers, 'content-length': '0' })
  res.end()
}
