import type { JsonValue } from '../http/JsonValue.ts'

/** Which requests of a service a fault rule applies to. */
export interface FaultMatch {
  /** HTTP method (case-insensitive). Without it, every method but `OPTIONS` matches. */
  readonly method?: string
  /** Matches when the raw request path starts with this. */
  readonly pathPrefix?: string
}

/** Answer the next `count` matching requests with `status` instead of handling them. */
export interface FailNext {
  readonly count: number
  readonly status: number
  /**
   * Response body: a string is sent as-is, anything else as JSON. Without it the service
   * formats the failure the way it formats its own errors (S3 XML, presign JSON, …).
   */
  readonly body?: JsonValue
}

/**
 * A fault rule as given to `POST /_faults` or `emulator.faults.add()`.
 *
 * CORS preflights (`OPTIONS`) are only affected when `match.method` is `'OPTIONS'`, so a
 * failing upload stays readable by the browser.
 */
export interface FaultSpec {
  /** Service name (`'s3'`, `'presign'`, …). */
  readonly service: string
  readonly match?: FaultMatch
  /** Wait this long before handling the request. */
  readonly latencyMs?: number
  readonly failNext?: FailNext
  /** Destroy the connection after this many request-body bytes (bodies not longer pass). */
  readonly resetAfterBytes?: number
  /** Read the request body no faster than this. */
  readonly bandwidthBytesPerSec?: number
  /**
   * How many matching requests the rule applies to. Default: `failNext.count` when
   * `failNext` is given, otherwise unlimited.
   */
  readonly times?: number
}
