import type { ClassifiedError } from '../provider.ts'

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
 * Generic classification of storage errors, by shape: Uppy's aws-s3 errors
 * (`S3ServiceError` with status/serviceCode/body, `S3NetworkError`) are not exported.
 */
export function classifyTransportError(error: unknown): ClassifiedError {
  const e = (error ?? {}) as S3LikeError
  if (e.name === 'AbortError') return { code: 'aborted' }
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
