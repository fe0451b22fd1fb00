import type { ErrorCode } from './ErrorCode.ts'

/** Text given in both built-in locales, for details only a provider knows. */
export interface LocalizedText {
  readonly en: string
  readonly 'zh-CN': string
}

/** Values interpolated into an error message as `{name}`. */
export type MessageParams = Readonly<Record<string, string | number | LocalizedText | undefined>>

/** The supported locales. */
export type Locale = 'en' | 'zh-CN'

/** Error messages per locale and code. Override any of them through the widget's `messages` prop. */
export type ErrorMessages = Readonly<Record<ErrorCode, string>>

/**
 * English error messages by code. `{file}`, `{detail}`, `{max}`… are filled from the error's params.
 *
 * @example
 * ```ts
 * formatMessage(errorMessagesEn['file-empty'], { file: 'a.jpg' }) // '“a.jpg” is empty.'
 * ```
 */
export const errorMessagesEn: ErrorMessages = {
  'file-type-not-allowed': '“{file}” is not a type {provider} accepts. Allowed: {allowed}.',
  'file-too-large': '“{file}” ({size}) is over the limit ({max}).',
  'file-empty': '“{file}” is empty.',
  'too-many-files': 'At most {max} files can be added.',
  'duplicate-file': '“{file}” is already in the list.',
  'rejected-by-app': '“{file}” was not accepted.',
  'sign-unauthorized': 'Not authorized to upload “{file}” ({detail}). Sign in again or check the API key on the server.',
  'sign-rejected': 'The upload of “{file}” was refused: {detail}.',
  'sign-failed': 'Could not get permission to upload “{file}” ({detail}). Retry.',
  'sign-response-invalid': 'The sign service answered with something unexpected for “{file}” ({detail}).',
  'checksum-pinned': 'The upload URL for “{file}” pins a checksum ({pinned}) the file cannot match. On the server, create the S3 client with requestChecksumCalculation: "WHEN_REQUIRED".',
  'url-expired': 'The upload permission for “{file}” expired. Retry.',
  'storage-rejected': 'Storage rejected “{file}” ({detail}). Retry.',
  'checksum-mismatch': 'Storage received different bytes for “{file}”. Retry.',
  'commit-failed': '“{file}” was uploaded but not confirmed ({detail}). Retry.',
  network: 'The connection failed while uploading “{file}”. Retry.',
  aborted: 'The upload of “{file}” was cancelled.',
  unknown: 'Something went wrong with “{file}” ({detail}).',
}

/**
 * Simplified Chinese error messages by code.
 *
 * @example
 * ```ts
 * formatMessage(errorMessagesZh['file-empty'], { file: 'a.jpg' }) // '“a.jpg”是空文件。'
 * ```
 */
export const errorMessagesZh: ErrorMessages = {
  'file-type-not-allowed': '{provider} 不支持“{file}”的格式，仅支持：{allowed}。',
  'file-too-large': '“{file}”（{size}）超过上限（{max}）。',
  'file-empty': '“{file}”是空文件。',
  'too-many-files': '最多只能添加 {max} 个文件。',
  'duplicate-file': '“{file}”已在列表中。',
  'rejected-by-app': '“{file}”未被接受。',
  'sign-unauthorized': '无权上传“{file}”（{detail}），请重新登录或检查服务器上的 API Key。',
  'sign-rejected': '上传“{file}”被拒绝：{detail}。',
  'sign-failed': '无法获取“{file}”的上传授权（{detail}），请重试。',
  'sign-response-invalid': '签名服务返回的“{file}”上传参数无法识别（{detail}）。',
  'checksum-pinned': '“{file}”的上传地址固定了文件无法匹配的校验值（{pinned}）。请在服务器上创建 S3 客户端时设置 requestChecksumCalculation: "WHEN_REQUIRED"。',
  'url-expired': '“{file}”的上传授权已过期，请重试。',
  'storage-rejected': '存储服务拒绝了“{file}”（{detail}），请重试。',
  'checksum-mismatch': '存储服务收到的“{file}”数据不一致，请重试。',
  'commit-failed': '“{file}”已上传但确认失败（{detail}），请重试。',
  network: '上传“{file}”时网络连接失败，请重试。',
  aborted: '已取消上传“{file}”。',
  unknown: '“{file}”出现问题（{detail}）。',
}

const tables = { en: errorMessagesEn, 'zh-CN': errorMessagesZh } as const

/** Fills `{name}` placeholders; unknown placeholders become empty. */
export function formatMessage(template: string, params: MessageParams, locale: Locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key]
    return value === undefined ? '' : typeof value === 'object' ? value[locale] : String(value)
  })
}

/** The message for `code` in `locale`, with `params` filled in. */
export function errorMessage(locale: Locale, code: ErrorCode, params: MessageParams): string {
  return formatMessage(tables[locale][code], params, locale)
}
