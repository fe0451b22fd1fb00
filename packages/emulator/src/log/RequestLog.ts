import type { RequestLogEntry } from './RequestLogEntry.ts'

type MutableEntry = { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] }

/** What is known when a request arrives. */
export type RequestLogStart = Pick<RequestLogEntry, 'service' | 'method' | 'path' | 'query' | 'origin'>

/** A handle to update an entry while its request is in flight. */
export interface RequestLogRecord {
  addBytes(bytes: number): void
  addFaults(ids: readonly string[]): void
  /** Marks the request as done: `status` null means no complete response. */
  finish(status: number | null): void
}

/** An in-memory, size-capped log of the requests the services saw. */
export class RequestLog {
  readonly #entries: MutableEntry[] = []
  readonly #limit: number
  #nextId = 1

  /** @param limit entries kept (oldest dropped first) */
  constructor(limit = 10_000) {
    this.#limit = limit
  }

  /** Records an arriving request. */
  start(start: RequestLogStart): RequestLogRecord {
    const began = Date.now()
    const entry: MutableEntry = {
      id: this.#nextId++,
      ...start,
      time: new Date(began).toISOString(),
      status: null,
      aborted: false,
      durationMs: null,
      bytesReceived: 0,
      faults: [],
    }
    this.#entries.push(entry)
    // Trimmed in steps of a tenth of the limit, not one entry per request (splice is O(n)).
    if (this.#entries.length > this.#limit + Math.ceil(this.#limit / 10)) this.#entries.splice(0, this.#entries.length - this.#limit)
    return {
      addBytes: (bytes) => {
        entry.bytesReceived += bytes
      },
      addFaults: (ids) => {
        entry.faults = [...entry.faults, ...ids]
      },
      finish: (status) => {
        entry.status = status
        entry.aborted = status === null
        entry.durationMs = Date.now() - began
      },
    }
  }

  /** Entries in arrival order, optionally of one service. */
  list(service?: string): RequestLogEntry[] {
    return this.#entries
      .slice(-this.#limit)
      .filter((entry) => service === undefined || entry.service === service)
      .map((entry) => ({ ...entry }))
  }

  /** Removes all entries, or only one service's. */
  clear(service?: string): void {
    if (service === undefined) {
      this.#entries.length = 0
      return
    }
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      if (this.#entries[i]?.service === service) this.#entries.splice(i, 1)
    }
  }
}
