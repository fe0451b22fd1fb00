import type { ServerResponse } from 'node:http'
import type { JsonValue } from '../http/JsonValue.ts'
import type { ServiceRequest } from '../http/ServiceRequest.ts'

/** An injected failure to answer with. */
export interface InjectedFailure {
  readonly status: number
  /** Explicit body (string as-is, anything else JSON); otherwise the service formats its own error. */
  readonly body?: JsonValue
}

/** The request handling of one running service. */
export interface ServiceHandler {
  /** Answers one request. May throw `BodyAbortedError` when the body was cut. */
  handle(request: ServiceRequest, res: ServerResponse): Promise<void>
  /**
   * Answers with an injected failure, formatted (and with CORS headers) the way the real
   * service answers errors. Without it, failures are sent as JSON with open CORS.
   */
  sendFailure?(request: ServiceRequest, res: ServerResponse, failure: InjectedFailure): void
}
