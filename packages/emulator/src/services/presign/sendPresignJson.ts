import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { JsonValue } from '../../http/JsonValue.ts'
import { apiCorsHeaders } from '../../http/apiCorsHeaders.ts'
import { sendJson } from '../../http/sendJson.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'

/** The presign API's envelope `{ code, msg, data }`. */
export interface PresignEnvelope {
  readonly code: number
  readonly msg: string
  readonly data: JsonValue
}

/** Headers the presign API lets the browser read. */
export const PRESIGN_EXPOSED_HEADERS: readonly string[] = ['X-Request-Id']

/** Sends an envelope with the API's open CORS headers. */
export function sendPresignJson(
  request: ServiceRequest,
  res: ServerResponse,
  status: number,
  envelope: PresignEnvelope,
): void {
  sendJson(res, status, envelope, {
    ...apiCorsHeaders(request, { exposeHeaders: PRESIGN_EXPOSED_HEADERS }),
    'x-request-id': randomUUID(),
  })
}
