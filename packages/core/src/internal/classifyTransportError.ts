import type { ClassifiedError } from '../provider.ts'
import { requestIdOf } from './requestIdOf.ts'
import type { TransportError } from './xhrSend.ts'

interface S3LikeError {
  name?: string
  status?: number
  serviceCode?: string
  body?: string
  message?: string
}

const EXPIRED = /Request has expired|ExpiredToken|SecurityTokenExpired|token.*expired/i

/**
 * Generic classification of storage errors, by shape (`status`, `serviceCode`,
 * `body`, `requestId`, as {@link TransportError} carries them; status 0 is a network error).
 */
export function classifyTransportError(error: unknown): ClassifiedError {
  const { name, status, serviceCode = '', body = '', message } = (error ?? {}) as S3LikeError
  if (name === 'AbortError') return { code: 'aborted' }
  if (status === 0 || name === 'NetworkError') return { code: 'network', detail: 'network error' }
  if (status === undefined) return { code: 'unknown', detail: message ?? String(error) }
  return {
    code: status === 403 && EXPIRED.test(body + ' ' + serviceCode) ? 'url-expired' : /^(Bad|Invalid)Digest$/.test(serviceCode) ? 'checksum-mismatch' : 'storage-rejected',
    status,
    serviceCode: serviceCode || undefined,
    detail: `${status} ${serviceCode}`.trim(),
    requestId: requestIdOf(error),
  }
}
