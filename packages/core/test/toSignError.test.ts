import { describe, expect, it } from 'vitest'
import { SignHttpError } from '../src/internal/SignHttpError.ts'
import { toSignError } from '../src/internal/toSignError.ts'

const file = { id: 'f1', name: 'a.jpg', size: 3, type: 'image/jpeg' }
const failure = (status: number | undefined, serviceCode?: string, name = 'ImagexError') => Object.assign(new Error('the service said no'), { name, status, serviceCode })

describe('toSignError', () => {
  it('maps HTTP errors by status, with the body message as detail', () => {
    const response = new Response('{}', { status: 401 })
    const error = new SignHttpError(response, { msg: 'bad key' })
    const mapped = toSignError(error, 'p', file)
    expect([mapped.code, mapped.status, mapped.params['detail']]).toEqual(['sign-unauthorized', 401, 'bad key'])
  })

  it("maps a provider's own {status, serviceCode} errors the same way", () => {
    expect(toSignError(failure(403, 'AccessDenied'), 'p', file)).toMatchObject({ code: 'sign-unauthorized', status: 403, serviceCode: 'AccessDenied' })
    expect(toSignError(failure(400, 'InvalidParameter'), 'p', file)).toMatchObject({ code: 'sign-rejected', status: 400 })
    expect(toSignError(failure(503), 'p', file).code).toBe('sign-failed')
    expect(toSignError(failure(429), 'p', file).code).toBe('sign-failed')
    expect(toSignError(failure(0, undefined, 'NetworkError'), 'p', file).code).toBe('sign-failed')
  })

  it('calls a response of the wrong shape invalid, a TypeError a network failure, an abort an abort', () => {
    expect(toSignError(failure(undefined, undefined, 'InvalidAnswer'), 'p', file)).toMatchObject({ code: 'sign-response-invalid', params: { detail: 'the service said no' } })
    expect(toSignError(new TypeError('Failed to fetch'), 'p', file).code).toBe('sign-failed')
    expect(toSignError(new DOMException('stop', 'AbortError'), 'p', file).code).toBe('aborted')
    expect(toSignError(new DOMException('POST /x timed out', 'TimeoutError'), 'p', file)).toMatchObject({ code: 'sign-failed', params: { detail: 'timeout' } })
    expect(toSignError(new Error('odd'), 'p', file)).toMatchObject({ code: 'unknown', file, provider: 'p' })
  })

  it('calls a 2xx answer that is not JSON (the client throws a SyntaxError) sign-response-invalid, not unknown', async () => {
    const thrown = await new Response('<html>login</html>', { status: 200 }).json().catch((error: unknown) => error)
    expect(toSignError(thrown, 'p', file)).toMatchObject({ code: 'sign-response-invalid', params: { detail: 'the answer is not JSON' } })
  })
})
