import type { ClassifiedError } from '../provider.ts'
import type { TransportError } from './xhrSend.ts'

interface S3LikeError {
  name?: string
  status?: number
  serviceCode?: string
  body?: string
  code?: string
  message?: string
}

const EXPIRED = /Request has expired|ExpiredToken|SecurityTokenExpired|token.*expired/i

/**
 * Generic classification of storage errors, by shape (`status`, `serviceCode`,
 * `body`, as {@link TransportError} carries them; status 0 is a network error).
 */
export function classifyTransportError(error: unknown): ClassifiedError {
  const e = (error ?? {}) as S3LikeError
  if (e.name === 'AbortError') return { code: 'aborted' }
  if (e.status === 0) return { code: 'network', detail: 'network error' }
  if (typeof e.status === 'number') {
    const detail = [e.status, e.serviceCode].filter(Boolean).join(' ')
    const base = { status: e.status, serviceCode: e.serviceCode, detail }
    if (e.status === 403 && (EXPIRED.test(e.body ?? '') || EXPIRED.test(e.serviceCode ?? ''))) return { ...base, code: 'url-expired' }
    if (e.serviceCode === 'BadDigest' || e.serviceCode === 'InvalidDigest') return { ...base, code: 'checksum-mismatch' }
    return { ...base, code: 'storage-rejected' }
  }
  if (e.code === 'NETWORK' || e.name === 'S3NetworkError' || e.name === 'NetworkError') return { code: 'network', detail: 'network error' }
  return { code: 'unknown', detail: e.message ?? String(error) }
}
