import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from '../http/ServiceRequest.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import type { ObjectPath } from './ObjectPath.ts'
import type { QueryList } from './QueryList.ts'
import type { SigV4Auth } from './sigv4/SigV4Auth.ts'

/** An authenticated object request, as the operation handlers receive it. */
export interface S3Call {
  readonly request: ServiceRequest
  readonly res: ServerResponse
  readonly target: ObjectPath
  readonly query: QueryList
  readonly auth: SigV4Auth
  readonly context: ServiceContext
  /** Headers for every response of this request (request id, server, CORS). */
  readonly responseHeaders: Readonly<Record<string, string>>
}
