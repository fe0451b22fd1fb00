import { useContext } from 'react'
import type { MediaUploaderError } from '@media-uploader/core'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { errorDetail, type ErrorDetail } from '../errorDetail.ts'

/** Labels of the developer fields (for support and developers, so not in the overridable UI strings). */
const LABELS: Readonly<Record<'en' | 'zh-CN', Readonly<Record<keyof ErrorDetail, string>>>> = {
  en: { code: 'Code', provider: 'Provider', status: 'HTTP status', serviceCode: 'Service code', requestId: 'Request ID', detail: 'Detail', hint: 'Hint' },
  'zh-CN': { code: '错误代码', provider: '服务商', status: '状态码', serviceCode: '服务错误码', requestId: '请求编号', detail: '说明', hint: '开发提示' },
}

/**
 * The developer side of an error, in a closed disclosure under the user's
 * message: code, provider, HTTP status, service code, request id, detail and
 * a hint for the app's developers, as {@link errorDetail} gives them.
 * Loaded lazily, with the first error.
 */
export function ErrorDetails({ error }: { readonly error: MediaUploaderError }) {
  const { m, locale } = useContext(UploaderUiContext)
  const detail = errorDetail(error, locale)
  return (
    <details data-mu-element="error-details">
      <summary>{m.details}</summary>
      <dl>
        {(Object.keys(detail) as (keyof typeof detail)[]).map((key) => (
          <div key={key}>
            <dt>{LABELS[locale][key]}</dt>
            <dd>{String(detail[key])}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
