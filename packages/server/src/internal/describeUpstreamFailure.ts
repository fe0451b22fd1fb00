import type { UpstreamFailure } from './fetchUpstream.ts'

/**
 * Why an upstream call failed, for logs: no URL, headers or bodies (they may carry keys).
 *
 * @example
 * ```ts
 * describeUpstreamFailure(new UpstreamFailure('network', undefined, 'ECONNREFUSED'), 10_000) // 'network error (ECONNREFUSED)'
 * ```
 */
export function describeUpstreamFailure(failure: UpstreamFailure, timeoutMs: number): string {
  if (failure.reason === 'timeout') return `timeout after ${timeoutMs} ms`
  if (failure.reason === 'network') return failure.code ? `network error (${failure.code})` : 'network error'
  return failure.message
}
