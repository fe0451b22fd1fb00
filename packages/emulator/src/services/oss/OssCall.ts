import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import type { QueryList } from '../../s3/QueryList.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { OssAuth } from './authenticateOss.ts'
import type { OssState } from './OssState.ts'

/** One authenticated OSS object request, as an operation handler receives it. */
export interface OssCall {
  readonly request: ServiceRequest
  readonly res: ServerResponse
  readonly bucket: string
  /** Decoded object key. */
  readonly key: string
  readonly query: QueryList
  readonly auth: OssAuth
  readonly context: ServiceContext
  readonly state: OssState
  /** `x-oss-request-id`, `server` and the bucket's CORS headers. */
  readonly responseHeaders: Readonly<Record<string, string>>
  /** This store's endpoint (`http://localhost:{port}`), for `<Location>`. */
  readonly endpoint: string
}
