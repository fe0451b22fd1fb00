import { isHTTPError, isTimeoutError } from 'ky'

/** Why an upstream call failed, for logs: no URL, headers or bodies (they may carry keys). */
export function describeUpstreamFailure(error: unknown, timeoutMs: number): string {
  if (isHTTPError(error)) return `HTTP ${error.response.status}`
  if (isTimeoutError(error)) return `timeout after ${timeoutMs} ms`
  const cause = error instanceof Error ? error.cause : undefined
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined
  return code ? `network error (${code})` : 'network error'
}
