import { originAllowed } from './originAllowed.ts'
import type { ServiceRequest } from './ServiceRequest.ts'

/** Options for {@link apiCorsHeaders}. */
export interface ApiCorsOptions {
  /** Response headers the browser may read (`Access-Control-Expose-Headers`). */
  readonly exposeHeaders?: readonly string[]
  /** Methods advertised in preflight answers. */
  readonly methods?: readonly string[]
}

const DEFAULT_METHODS = ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE']

/**
 * CORS headers of an API for the request's `Origin`: none unless the origin is one the emulator
 * was configured with (`corsOrigins`), as a real API with an origin allowlist answers. The
 * origin is echoed (never `*`); for a preflight the requested headers are echoed too.
 *
 * @example
 * ```ts
 * sendJson(res, 200, body, apiCorsHeaders(request, { exposeHeaders: ['X-Request-Id'] }))
 * ```
 */
export function apiCorsHeaders(request: ServiceRequest, options: ApiCorsOptions = {}): Record<string, string> {
  const origin = request.origin
  if (origin === undefined || !originAllowed(request.corsOrigins, origin)) return {}
  const headers: Record<string, string> = { 'access-control-allow-origin': origin, vary: 'Origin' }
  if (options.exposeHeaders !== undefined && options.exposeHeaders.length > 0) {
    headers['access-control-expose-headers'] = options.exposeHeaders.join(', ')
  }
  if (isPreflight(request)) {
    headers['access-control-allow-methods'] = (options.methods ?? DEFAULT_METHODS).join(',')
    const requested = request.raw.headers['access-control-request-headers']
    if (typeof requested === 'string' && requested !== '') {
      headers['access-control-allow-headers'] = requested
      headers.vary = 'Origin, Access-Control-Request-Headers'
    }
    headers['access-control-max-age'] = '600'
  }
  return headers
}

/** Whether the request is a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function isPreflight(request: ServiceRequest): boolean {
  return request.method === 'OPTIONS' && request.raw.headers['access-control-request-method'] !== undefined
}
