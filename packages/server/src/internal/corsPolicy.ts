/**
 * Cross-origin access to the sign endpoints, for a widget served from
 * another origin than the handler.
 *
 * @example
 * ```ts
 * const cors: CorsOptions = { origins: ['https://app.example'], credentials: true }
 * ```
 */
export interface CorsOptions {
  /** Exact origins (`https://app.example`, no path) whose pages may call the handler. */
  readonly origins: readonly string[]
  /** Allow cookies / HTTP auth on those calls (`Access-Control-Allow-Credentials: true`). Default false. */
  readonly credentials?: boolean
}

/** The CORS decisions for one handler. */
export interface CorsPolicy {
  /** Origins allowed by CORS (also allowed by the CSRF check). */
  readonly origins: ReadonlySet<string>
  /** The answer to an `OPTIONS` preflight. */
  preflight(request: Request, methods: readonly string[]): Response
  /** `response` with the CORS headers for `request`'s origin (if listed). */
  decorate(request: Request, response: Response): Response
}

const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-media-uploader']

function checkedOrigin(origin: string): string {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    throw new TypeError(`cors.origins: ${JSON.stringify(origin)} is not an origin`)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, '')) {
    throw new TypeError(`cors.origins: ${JSON.stringify(origin)} must be an http(s) origin such as https://app.example (no path)`)
  }
  return url.origin
}

/**
 * Builds the {@link CorsPolicy}: a preflight from a listed origin is answered
 * 204 with that origin, the methods, the request headers the widget uses
 * (`content-type`, `authorization`, `x-media-uploader`) and a 10-minute
 * max-age; any other preflight gets 403 without CORS headers.
 * `Access-Control-Allow-Credentials` only when `credentials` is set.
 *
 * @example
 * ```ts
 * const cors = corsPolicy({ origins: ['https://app.example'] })
 * if (request.method === 'OPTIONS') return cors.preflight(request, ['POST'])
 * ```
 */
export function corsPolicy(options: CorsOptions | undefined, refuse: (status: number, message: string) => Response): CorsPolicy {
  const origins = new Set((options?.origins ?? []).map(checkedOrigin))
  const credentials = options?.credentials === true
  const base = (origin: string): Record<string, string> => ({
    'access-control-allow-origin': origin,
    vary: 'Origin',
    ...(credentials ? { 'access-control-allow-credentials': 'true' } : {}),
  })
  return {
    origins,
    preflight(request, methods) {
      const origin = request.headers.get('origin')
      if (origin === null || !origins.has(origin)) return refuse(403, 'CORS preflight refused: origin not allowed')
      const method = request.headers.get('access-control-request-method')
      if (method === null || !methods.includes(method)) return refuse(405, `CORS preflight refused: method not allowed (${methods.join(', ')})`)
      const asked = (request.headers.get('access-control-request-headers') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
      const refused = asked.find((name) => !ALLOWED_HEADERS.includes(name))
      if (refused !== undefined) return refuse(403, `CORS preflight refused: header ${refused.slice(0, 64)} not allowed`)
      return new Response(null, {
        status: 204,
        headers: { ...base(origin), 'access-control-allow-methods': methods.join(', '), 'access-control-allow-headers': ALLOWED_HEADERS.join(', '), 'access-control-max-age': '600' },
      })
    },
    decorate(request, response) {
      const origin = request.headers.get('origin')
      if (origin === null || !origins.has(origin)) return response
      const headers = new Headers(response.headers)
      for (const [name, value] of Object.entries(base(origin))) headers.set(name, value)
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    },
  }
}
