/**
 * Validates a fixed upstream base URL at start-up (absolute http(s), no
 * credentials, query or fragment) and returns it without a trailing slash.
 *
 * @example
 * ```ts
 * upstreamBase('https://api.example.com/', 'presignHandler', 'upstream') // 'https://api.example.com'
 * ```
 */
export function upstreamBase(value: string, owner: string, option: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new TypeError(`${owner}: ${option} must be an absolute http(s) URL, got ${JSON.stringify(value)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${owner}: ${option} must be an http(s) URL, got ${url.protocol}`)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new TypeError(`${owner}: ${option} must not have credentials, a query or a fragment`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
