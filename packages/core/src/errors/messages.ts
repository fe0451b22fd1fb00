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

export const errorMessagesEn: ErrorMessages = {
  'file-type-not-allowed': '“{file}” is a type {provider} does not accept. Allowed: {allowed}.',
  'file-too-large': '“{file}” ({size}) exceeds the size limit ({max}). Choose a smaller file.',
  'file-empty': '“{file}” is empty. Choose a file with content.',
  'too-many-files': 'At most {max} files can be added. Remove some and try again.',
  'duplicate-file': '“{file}” is already in the list.',
  'sign-unauthorized': 'The server refused to authorize the upload of “{file}” ({detail}). Sign in again or check the API key on the server.',
  'sign-rejected': 'The upload of “{file}” was refused: {detail}.',
  'sign-failed': 'Could not get permission to upload “{file}”: the sign service did not answer ({detail}). Check your connection and retry.',
  'sign-response-invalid': 'The sign service sent an answer for “{file}” that could not be understood ({detail}). The server may be misconfigured.',
  'checksum-pinned': 'The upload URL for “{file}” pins a checksum ({pinned}) that this file cannot match, so storage would reject it. Fix the server: create its S3 client with requestChecksumCalculation: "WHEN_REQUIRED".',
  'url-expired': 'The upload permission for “{file}” expired and could not be renewed. Retry.',
  'storage-rejected': 'Storage rejected “{file}” ({detail}). Retry; if it persists, the server configuration needs checking.',
  'checksum-mismatch': 'Storage received different bytes for “{file}” than were sent. Retry the upload.',
  'commit-failed': '“{file}” was uploaded but could not be confirmed ({detail}). Retry.',
  network: 'The connection failed while uploading “{file}”. Check your network and retry.',
  aborted: 'The upload of “{file}” was cancelled.',
  unknown: 'Something went wrong with “{file}” ({detail}). Retry.',
}

export const errorMessagesZh: ErrorMessages = {
  'file-type-not-allowed': '“{file}”的格式不受 {provider} 支持，仅支持：{allowed}。',
  'file-too-large': '“{file}”（{size}）超过了大小上限（{max}），请选择更小的文件。',
  'file-empty': '“{file}”是空文件，请选择有内容的文件。',
  'too-many-files': '最多只能添加 {max} 个文件，请移除部分文件后重试。',
  'duplicate-file': '“{file}”已在列表中。',
  'sign-unauthorized': '服务器拒绝授权上传“{file}”（{detail}），请重新登录或检查服务器上的 API Key。',
  'sign-rejected': '上传“{file}”被拒绝：{detail}。',
  'sign-failed': '无法获取“{file}”的上传授权：签名服务没有响应（{detail}），请检查网络后重试。',
  'sign-response-invalid': '签名服务返回的“{file}”上传参数无法识别（{detail}），服务器配置可能有误。',
  'checksum-pinned': '“{file}”的上传地址固定了一个该文件无法匹配的校验值（{pinned}），存储服务会拒绝上传。请修复服务器：创建 S3 客户端时设置 requestChecksumCalculation: "WHEN_REQUIRED"。',
  'url-expired': '“{file}”的上传授权已过期且无法续期，请重试。',
  'storage-rejected': '存储服务拒绝了“{file}”（{detail}）。请重试；若仍失败，需要检查服务器配置。',
  'checksum-mismatch': '存储服务收到的“{file}”数据与发送的不一致，请重新上传。',
  'commit-failed': '“{file}”已上传，但确认失败（{detail}），请重试。',
  network: '上传“{file}”时网络连接失败，请检查网络后重试。',
  aborted: '已取消上传“{file}”。',
  unknown: '“{file}”出现问题（{detail}），请重试。',
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
