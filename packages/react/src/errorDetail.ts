import { formatMessage, type Locale, type MediaUploaderError } from '@media-uploader/core'
import { developerHints } from './messages/developerHints.ts'
import { developerHintsZhCN } from './messages/developerHintsZhCN.ts'

/**
 * The developer side of an error (the user side is its message): what a
 * support ticket or a log line needs. Fields the error does not have are left out.
 *
 * @example
 * ```ts
 * uploader.on('upload-error', (file, error) => log(errorDetail(error))) // { code: 'sign-unauthorized', provider: 'aitoearn', serviceCode: '401', … }
 * ```
 */
export interface ErrorDetail {
  readonly code: string
  readonly provider: string
  /** HTTP status from the sign endpoint or storage. */
  readonly status?: number
  /** The service's own error code (`SignatureDoesNotMatch`, `12752`, …). */
  readonly serviceCode?: string
  /** The request id the service returned, when the error carries one. */
  readonly requestId?: string
  /** What the service or transport said (English or the service's language). */
  readonly detail?: string
  /** What to check on the app's side, when the code has a known cause. */
  readonly hint?: string
}

/**
 * The {@link ErrorDetail} of an error, in `locale` where the provider gave its detail in both languages; the hint
 * for developers in `locale` too.
 *
 * @example
 * ```ts
 * const { code, serviceCode, requestId } = errorDetail(file.error)
 * ```
 */
export function errorDetail(error: MediaUploaderError, locale: Locale = 'en'): ErrorDetail {
  const { requestId } = error as { requestId?: unknown }
  const detail = formatMessage('{detail}', error.params, locale)
  const entries = {
    code: error.code,
    provider: error.provider,
    status: error.status,
    serviceCode: error.serviceCode,
    requestId: typeof requestId === 'string' ? requestId : undefined,
    detail: detail && detail !== error.code ? detail : undefined,
    hint: (locale === 'zh-CN' ? developerHintsZhCN : developerHints)[error.code],
  }
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== '')) as unknown as ErrorDetail
}
