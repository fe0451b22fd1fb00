import type { JsonValue } from '../http/JsonValue.ts'

/** What the active fault rules do to one request (several rules combine). */
export interface FaultEffect {
  /** Ids of the rules that applied. */
  readonly ruleIds: readonly string[]
  /** Total added latency. */
  readonly latencyMs: number
  /** Set when the request is to be answered with a failure. */
  readonly fail?: { readonly status: number; readonly body?: JsonValue }
  /** Smallest `resetAfterBytes` among the rules. */
  readonly resetAfterBytes?: number
  /** Smallest `bandwidthBytesPerSec` among the rules. */
  readonly bandwidthBytesPerSec?: number
}
