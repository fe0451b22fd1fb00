import type { ServerResponse } from 'node:http'
import { openCorsHeaders } from '../http/openCorsHeaders.ts'
import { sendJson } from '../http/sendJson.ts'
import type { ServiceRequest } from '../http/ServiceRequest.ts'

/** Sends an admin API JSON response (CORS open). */
export function adminJson(request: ServiceRequest, res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, status, body, openCorsHeaders(request))
}

/** Sends `204 No Content` (CORS open). */
export function adminNoContent(request: ServiceRequest, res: ServerResponse): void {
  res.writeHead(204, openCorsHeaders(request))
  res.end()
}

/** Sends `{ error }` with a status. */
export function adminError(request: ServiceRequest, res: ServerResponse, status: number, error: string): void {
  adminJson(request, res, status, { error })
}
