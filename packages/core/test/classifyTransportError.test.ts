import { describe, expect, it } from 'vitest'
import { classifyTransportError } from '../src/internal/classifyTransportError.ts'

const answered = (status: number, serviceCode?: string, body = '') => Object.assign(new Error('x'), { name: 'TransportError', status, serviceCode, body })

describe('classifyTransportError', () => {
  it('names aborts, network errors and errors that are no storage answer', () => {
    expect(classifyTransportError(new DOMException('x', 'AbortError'))).toEqual({ code: 'aborted' })
    expect(classifyTransportError(answered(0))).toEqual({ code: 'network', detail: 'network error' })
    expect(classifyTransportError(new Error('boom'))).toEqual({ code: 'unknown', detail: 'boom' })
    expect(classifyTransportError(undefined)).toEqual({ code: 'unknown', detail: 'undefined' })
  })

  it('tells an expired URL or credential from other refusals, and a digest mismatch', () => {
    expect(classifyTransportError(answered(403, 'AccessDenied', '<Message>Request has expired</Message>'))).toEqual({ code: 'url-expired', status: 403, serviceCode: 'AccessDenied', detail: '403 AccessDenied' })
    expect(classifyTransportError(answered(403, 'SecurityTokenExpired')).code).toBe('url-expired')
    expect(classifyTransportError(answered(403, 'SignatureDoesNotMatch')).code).toBe('storage-rejected')
    expect(classifyTransportError(answered(400, 'BadDigest'))).toEqual({ code: 'checksum-mismatch', status: 400, serviceCode: 'BadDigest', detail: '400 BadDigest' })
    expect(classifyTransportError(answered(500))).toEqual({ code: 'storage-rejected', status: 500, serviceCode: undefined, detail: '500' })
  })
})
