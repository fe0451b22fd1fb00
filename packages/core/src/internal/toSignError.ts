import type { ErrorCode } from '../errors/ErrorCode.ts'
import { MediaUploaderError, isMediaUploaderError, type ErrorFileRef } from '../errors/MediaUploaderError.ts'
import { requestIdOf } from './requestIdOf.ts'
import { SignHttpError } from './SignHttpError.ts'

function bodyMessage(data: unknown): string | undefined {
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>
    for (const key of ['msg', 'message', 'error', 'errmsg']) {
      if (typeof record[key] === 'string' && record[key]) return record[key]
    }
  }
  return undefined
}

const codeFor = (status: number) =>
  status === 401 || status === 403 ? 'sign-unauthorized' : !status || status > 499 || status === 429 || status === 408 ? 'sign-failed' : 'sign-rejected'

/**
 * Maps whatever a sign call threw to a {@link MediaUploaderError}: `SignClient`'s
 * errors ({@link SignHttpError} by status, a `TimeoutError`), network failures,
 * and a provider's own `{status, serviceCode, message}` errors (status 0 =
 * network; `name: 'InvalidAnswer'` = a response of the wrong shape).
 */
export function toSignError(error: unknown, provider: string, file: ErrorFileRef): MediaUploaderError {
  if (isMediaUploaderError(error)) return error
  const make = (code: ErrorCode, detail?: string, status?: number, serviceCode?: string) =>
    new MediaUploaderError(code, { provider, file, status, serviceCode, requestId: requestIdOf(error), params: detail === undefined ? {} : { detail }, cause: error })
  if (error instanceof SignHttpError) {
    const status = error.status
    return make(codeFor(status), bodyMessage(error.data) ?? `HTTP ${status}`, status)
  }
  // A 2xx answer that is not JSON (an HTML error page, a proxy's login form…).
  if (error instanceof SyntaxError) return make('sign-response-invalid', 'the answer is not JSON')
  const { name, message, status, serviceCode } = (error ?? {}) as { name?: string; message?: string; status?: number; serviceCode?: string }
  if (name === 'TimeoutError') return make('sign-failed', 'timeout')
  if (name === 'InvalidAnswer') return make('sign-response-invalid', message)
  if (typeof status === 'number') return make(codeFor(status), message, status, serviceCode)
  if (error instanceof TypeError) return make('sign-failed', 'network error')
  if (name === 'AbortError') return make('aborted')
  return make('unknown', String(message ?? error))
}
