import type { ServiceRequest } from './ServiceRequest.ts'

/** Options for {@link openCorsHeaders}. */
export interface OpenCorsOptions {
  /** Response headers the browser may read (`Access-Control-Expose-Headers`). */
  readonly exposeHeaders?: readonly string[]
  /** Methods advertised in preflight answers. */
  readonly methods?: readonly string[]
}

const DEFAULT_METHODS = ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE']

/**
 * CORS headers of a public API that admits every origin (like the `cors` middleware's
 * defaults: `Access-Control-Allow-Origin: *`). For a preflight the requested headers are echoed.
 */
export function openCorsHeaders(
  request: ServiceRequest,
  options: OpenCorsOptions = {},
): Record<string, string> {
  const headers: Record<string, string> = { 'access-control-allow-origin': '*' }
  if (options.exposeHeaders !== undefined && options.exposeHeaders.length > 0) {
    headers['access-control-expose-headers'] = options.exposeHeaders.join(', ')
  }
  if (isPreflight(request)) {
    headers['access-control-allow-methods'] = (options.methods ?? DEFAULT_METHODS).join(',')
    const requested = request.raw.headers['access-control-request-headers']
    if (typeof requested === 'string' && requested !== '') {
      headers['access-control-allow-headers'] = requested
      headers.vary = 'Access-Control-Request-Headers'
    }
    headers['access-control-max-age'] = '600'
  }
  return headers
}

/** Whether the request is a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function isPreflight(request: ServiceRequest): boolean {
  return request.method === 'OPTIONS' && request.raw.headers['access-control-request-method'] !== undefined
}
