import { isHTTPError, isTimeoutError } from 'ky'
import type { HTTPErrorWithData } from './createHttp.ts'
import { MediaUploaderError, isMediaUploaderError, type ErrorFileRef } from '../errors/MediaUploaderError.ts'

function bodyMessage(data: unknown): string | undefined {
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>
    for (const key of ['msg', 'message', 'error', 'errmsg']) {
      if (typeof record[key] === 'string' && record[key]) return record[key]
    }
  }
  return undefined
}

/** Maps whatever a sign call threw to a {@link MediaUploaderError}. */
export function toSignError(error: unknown, provider: string, file: ErrorFileRef): MediaUploaderError {
  if (isMediaUploaderError(error)) return error
  if (isHTTPError(error)) {
    const status = error.response.status
    const detail = bodyMessage((error as HTTPErrorWithData).data) ?? `HTTP ${status}`
    const code = status === 401 || status === 403 ? 'sign-unauthorized' : status >= 500 || status === 429 || status === 408 ? 'sign-failed' : 'sign-rejected'
    return new MediaUploaderError(code, { provider, file, status, params: { detail }, cause: error })
  }
  if (isTimeoutError(error)) {
    return new MediaUploaderError('sign-failed', { provider, file, params: { detail: 'timeout' }, cause: error })
  }
  if (error instanceof TypeError) {
    return new MediaUploaderError('sign-failed', { provider, file, params: { detail: 'network error' }, cause: error })
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new MediaUploaderError('aborted', { provider, file, cause: error })
  }
  return new MediaUploaderError('unknown', { provider, file, params: { detail: String((error as Error)?.message ?? error) }, cause: error })
}
