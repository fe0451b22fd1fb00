import { MediaUploaderError, type ErrorFileRef } from '../../errors/MediaUploaderError.ts'
import { formatBytes } from '../../internal/formatBytes.ts'

/** Maps a non-zero AiToEarn business code (reference §4.5) to a typed error. */
export function toAitoearnError(code: number, message: string, file: ErrorFileRef, stage: 'sign' | 'confirm'): MediaUploaderError {
  const base = { provider: 'aitoearn', file, serviceCode: String(code) }
  if (code === 401) {
    return new MediaUploaderError('sign-unauthorized', {
      ...base,
      params: { detail: { en: 'AiToEarn rejected the API key (401 Unauthorized)', 'zh-CN': 'AiToEarn 拒绝了 API Key（401 Unauthorized）' } },
    })
  }
  if (code === 12752) {
    return new MediaUploaderError('file-too-large', {
      ...base,
      params: { size: formatBytes(file.size), max: { en: 'your account’s limit', 'zh-CN': '账户上限' }, detail: `AssetTooLarge: ${message}` },
    })
  }
  if (code === 10002 || code === 400) {
    return new MediaUploaderError('sign-rejected', {
      ...base,
      params: { detail: { en: `the request parameters were invalid (${code} ${message})`, 'zh-CN': `参数验证失败（${code} ${message}）` } },
    })
  }
  if (stage === 'confirm') {
    return new MediaUploaderError('commit-failed', { ...base, params: { detail: `${code} ${message}` } })
  }
  return new MediaUploaderError('sign-rejected', { ...base, params: { detail: `${message} (${code})` } })
}
