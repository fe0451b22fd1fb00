/** One request seen by a service. Contains no secrets (see `redactQuery`). */
export interface RequestLogEntry {
  /** Increasing sequence number. */
  readonly id: number
  readonly service: string
  readonly method: string
  /** Raw path (percent-encoded), without the query. */
  readonly path: string
  /** Query parameters; signature, credential and token values redacted. */
  readonly query: Readonly<Record<string, string | readonly string[]>>
  readonly origin: string | null
  /** ISO timestamp of arrival. */
  readonly time: string
  /** Response status; `null` while in flight or when no response was sent (aborted). */
  readonly status: number | null
  /** True when the connection closed before a response was completed. */
  readonly aborted: boolean
  /** Milliseconds until the response finished or the connection closed; `null` while in flight. */
  readonly durationMs: number | null
  /** Request-body bytes the service read. */
  readonly bytesReceived: number
  /** Ids of the fault rules that applied. */
  readonly faults: readonly string[]
}
