/**
 * The header a non-browser client (or a page that cannot rely on
 * `Sec-Fetch-Site`) sends with `GET …/presign` to show it is not a
 * cross-site navigation or `<img>`: any value, e.g. `1`. Browsers cannot send
 * it cross-origin without a CORS preflight.
 *
 * @example
 * ```ts
 * await fetch('/api/media-uploader/presign?ext=jpg', { headers: { [SIGN_REQUEST_HEADER]: '1' } })
 * ```
 */
export const SIGN_REQUEST_HEADER = 'x-media-uploader'

const REFUSED_MODES = new Set(['no-cors', 'navigate', 'nested-navigate', 'websocket'])

/**
 * Why a request looks cross-site (CSRF), or `undefined` when it may go on.
 * Checked before anything is read or sent upstream:
 *
 * - `Sec-Fetch-Mode: no-cors` (form posts, `<img>`, `no-cors` fetches) or a navigation → refused;
 * - an `Origin` that is neither the request's own origin nor in `allowed` → refused
 *   (unless the browser says `Sec-Fetch-Site: same-origin`, e.g. behind a TLS-terminating proxy);
 * - no `Origin` but `Sec-Fetch-Site` `cross-site`/`same-site` → refused;
 * - `GET` needs positive evidence: `Sec-Fetch-Site: same-origin`, an allowed
 *   `Origin`, or the {@link SIGN_REQUEST_HEADER} header.
 *
 * @example
 * ```ts
 * const reason = crossSiteRefusal(request, new Set(['https://app.example']))
 * if (reason) return errorResponse(403, reason)
 * ```
 */
export function crossSiteRefusal(request: Request, allowed: ReadonlySet<string>): string | undefined {
  const mode = request.headers.get('sec-fetch-mode')
  const site = request.headers.get('sec-fetch-site')
  const origin = request.headers.get('origin')
  if (mode !== null && REFUSED_MODES.has(mode)) return `Cross-site request refused (Sec-Fetch-Mode: ${mode})`
  const sameOrigin = site === 'same-origin'
  const originAllowed = origin !== null && (origin === new URL(request.url).origin || allowed.has(origin))
  if (origin !== null && !originAllowed && !sameOrigin) return 'Cross-site request refused: origin not allowed'
  if (origin === null && site !== null && site !== 'same-origin' && site !== 'none') return `Cross-site request refused (Sec-Fetch-Site: ${site})`
  if (request.method === 'GET' && !sameOrigin && !originAllowed && !request.headers.has(SIGN_REQUEST_HEADER)) {
    return `Cross-site request refused: a GET needs the ${SIGN_REQUEST_HEADER} header or a same-origin browser request`
  }
  return undefined
}
