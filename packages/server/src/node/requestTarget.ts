import type { IncomingMessage } from 'node:http'

/** The URL a Node request is handled as, or why it is refused (400). */
export type RequestTarget = { readonly ok: true; readonly url: URL; readonly raw: string } | { readonly ok: false; readonly message: string }

/** `host[:port]`: a DNS name, IPv4 or bracketed IPv6 literal; nothing else (no `/`, `#`, `@`, spaces). */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/

/**
 * The request's URL, from the request line only: the configured `origin`
 * (or, without one, the scheme plus a `Host` header checked to be a bare
 * `host[:port]`) followed by the raw path. A malformed `Host`, or a path
 * that is not origin-form (`/…`), → refused. `Host` can change the origin
 * the CSRF check compares `Origin` against, never the path that is routed.
 *
 * @example
 * ```ts
 * const target = requestTarget(req, 'https://app.example')
 * if (!target.ok) return respond(400, target.message)
 * ```
 */
export function requestTarget(req: IncomingMessage, origin: string | undefined): RequestTarget {
  const host = req.headers.host
  if (host !== undefined && !HOST.test(host)) return { ok: false, message: 'Malformed Host header' }
  // Express strips the mount path from req.url; originalUrl keeps it.
  const raw = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  if (!raw.startsWith('/')) return { ok: false, message: 'The request target must be a path' }
  let base = origin
  if (base === undefined) {
    if (host === undefined) return { ok: false, message: 'Missing Host header' }
    const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true
    base = `${encrypted ? 'https' : 'http'}://${host}`
  }
  try {
    return { ok: true, url: new URL(`${base}${raw}`), raw }
  } catch {
    return { ok: false, message: 'Malformed request target' }
  }
}
