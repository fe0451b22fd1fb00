/**
 * Whether `origin` matches one of `patterns`: an exact origin, `*` (any origin), or a pattern
 * with one `*` wildcard (`http://localhost:*`), as in an S3/OSS CORS rule's `AllowedOrigin`.
 *
 * @example
 * ```ts
 * originAllowed(['http://localhost:*'], 'http://localhost:5173') // true
 * ```
 */
export function originAllowed(patterns: readonly string[], origin: string): boolean {
  return patterns.some((pattern) => originMatches(pattern, origin))
}

function originMatches(pattern: string, origin: string): boolean {
  if (pattern === '*') return true
  const star = pattern.indexOf('*')
  if (star === -1) return pattern === origin
  const head = pattern.slice(0, star)
  const tail = pattern.slice(star + 1)
  return origin.length >= head.length + tail.length && origin.startsWith(head) && origin.endsWith(tail)
}
