import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { JsonValue } from '../../http/JsonValue.ts'
import { apiCorsHeaders } from '../../http/apiCorsHeaders.ts'
import { sendJson } from '../../http/sendJson.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'

/** Headers the AiToEarn API lets a browser read. */
export const AITOEARN_EXPOSED_HEADERS: readonly string[] = ['X-Request-Id']

/**
 * Sends an AiToEarn envelope with HTTP 200 (its global filter answers every outcome with
 * 200; only `code` tells): success `{code:0, message, data, requestId, timestamp}`, error
 * `{code, message, data:{}, timestamp}`.
 */
export function sendAitoearnJson(request: ServiceRequest, res: ServerResponse, outcome: { readonly code: number; readonly message: string }, data?: JsonValue): void {
  const requestId = randomUUID()
  const body =
    outcome.code === 0
      ? { code: 0, message: outcome.message, data: data ?? {}, requestId, timestamp: Date.now() }
      : { code: outcome.code, message: outcome.message, data: {}, timestamp: Date.now() }
  sendJson(res, 200, body, {
    ...apiCorsHeaders(request, { exposeHeaders: AITOEARN_EXPOSED_HEADERS }),
    'x-request-id': requestId,
  })
}
