import type { ServerResponse } from 'node:http'
import { apiCorsHeaders } from '../http/apiCorsHeaders.ts'
import { sendJson } from '../http/sendJson.ts'
import type { ServiceRequest } from '../http/ServiceRequest.ts'

/** Sends an admin API JSON response (CORS open). */
export function adminJson(request: ServiceRequest, res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, status, body, apiCorsHeaders(request))
}

/** Sends `204 No Content` (CORS open). */
export function adminNoContent(request: ServiceRequest, res: ServerResponse): void {
  res.writeHead(204, apiCorsHeaders(request))
  res.end()
}

/** Sends `{ error }` with a status. */
export function adminError(request: ServiceRequest, res: ServerResponse, status: number, error: string): void {
  adminJson(request, res, status, { error })
}
