import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import type { ServiceContext } from '../../services/ServiceContext.ts'

/** A browser-based POST upload to a bucket (authenticated by its form, not by SigV4 headers). */
export interface PostObjectCall {
  readonly request: ServiceRequest
  readonly res: ServerResponse
  readonly bucket: string
  readonly context: ServiceContext
  /** Headers for every response of this request (request id, server, CORS). */
  readonly responseHeaders: Readonly<Record<string, string>>
}
