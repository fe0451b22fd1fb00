/** Query keys whose values are secrets or signatures and never logged. */
const SECRET_KEY = /signature|credential|token|accesskey|secret|policy|auth/i

/** The value logged in place of a secret. */
export const REDACTED = '[redacted]'

/**
 * A query string as a loggable record: keys kept, values of signature/credential/token
 * parameters replaced by {@link REDACTED}. Repeated keys become arrays.
 */
export function redactQuery(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, raw] of query) {
    const value = SECRET_KEY.test(key) ? REDACTED : raw
    const seen = out[key]
    if (seen === undefined) out[key] = value
    else out[key] = Array.isArray(seen) ? [...seen, value] : [seen, value]
  }
  return out
}
