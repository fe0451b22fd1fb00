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

/** Error messages of one locale, by code. Override any of them with `createUploader({ messages })` or the widget's `messages` prop. */
export type ErrorMessages = Readonly<Record<ErrorCode, string>>

/**
 * English error messages for end users, by code: what happened and what the
 * user can do, never a provider id, an HTTP status or advice for the server
 * (those are in the error's `code`, `provider`, `status`, `serviceCode` and
 * `params.detail`). `{file}`, `{size}`, `{max}`, `{allowed}` are filled from the error's params.
 *
 * @example
 * ```ts
 * formatMessage(errorMessagesEn['file-empty'], { file: 'a.jpg' }) // '“a.jpg” is empty.'
 * ```
 */
export const errorMessagesEn: ErrorMessages = {
  'file-type-not-allowed': '“{file}” is not a supported format (supported: {allowed}).',
  'file-too-large': '“{file}” is too large ({size}; the limit is {max}).',
  'file-empty': '“{file}” is empty.',
  'too-many-files': 'You can add at most {max} files.',
  'duplicate-file': '“{file}” is already in the list.',
  'rejected-by-app': '“{file}” can’t be uploaded here.',
  'sign-unauthorized': 'You’re not allowed to upload “{file}”. Sign in again, then retry.',
  'sign-rejected': '“{file}” was refused by the upload service. Try another file.',
  'sign-failed': 'Couldn’t start uploading “{file}”. Check your connection and retry.',
  'sign-response-invalid': 'Couldn’t start uploading “{file}”. Try again later.',
  'checksum-pinned': 'Uploads aren’t working on this site right now, so “{file}” was not sent. Please tell the site’s support.',
  'url-expired': 'The upload of “{file}” took too long. Retry.',
  'storage-rejected': '“{file}” could not be stored. Try again later.',
  'checksum-mismatch': '“{file}” arrived damaged. Retry.',
  'commit-failed': '“{file}” was uploaded but couldn’t be saved. Try again later.',
  network: 'The connection dropped while uploading “{file}”. Check your connection and retry.',
  aborted: 'The upload of “{file}” was canceled.',
  unknown: 'Something went wrong with “{file}”. Try again later.',
}

/**
 * Simplified Chinese error messages for end users, by code (Chinese
 * punctuation, no English words, no nested brackets).
 *
 * @example
 * ```ts
 * formatMessage(errorMessagesZh['file-empty'], { file: 'a.jpg' }) // '“a.jpg”是空文件。'
 * ```
 */
export const errorMessagesZh: ErrorMessages = {
  'file-type-not-allowed': '不支持“{file}”的格式，支持的格式：{allowed}。',
  'file-too-large': '“{file}”太大了：{size}，上限为 {max}。',
  'file-empty': '“{file}”是空文件。',
  'too-many-files': '最多只能添加 {max} 个文件。',
  'duplicate-file': '“{file}”已在列表中。',
  'rejected-by-app': '此处不能上传“{file}”。',
  'sign-unauthorized': '没有上传“{file}”的权限，请重新登录后重试。',
  'sign-rejected': '上传服务拒绝了“{file}”，请换一个文件。',
  'sign-failed': '无法开始上传“{file}”，请检查网络后重试。',
  'sign-response-invalid': '无法开始上传“{file}”，请稍后再试。',
  'checksum-pinned': '本站暂时无法上传，“{file}”未发送，请联系网站客服。',
  'url-expired': '“{file}”上传用时过长，请重试。',
  'storage-rejected': '“{file}”未能存储，请稍后再试。',
  'checksum-mismatch': '“{file}”传输后数据有误，请重试。',
  'commit-failed': '“{file}”已上传，但未能保存，请稍后再试。',
  network: '上传“{file}”时网络中断，请检查网络后重试。',
  aborted: '已取消上传“{file}”。',
  unknown: '“{file}”上传出错，请稍后再试。',
}

/**
 * The built-in messages of both locales: what {@link MediaUploaderError.localized}
 * falls back to where no override is given.
 *
 * @example
 * ```ts
 * const table = defaultErrorMessages['zh-CN']
 * ```
 */
export const defaultErrorMessages: { readonly [L in Locale]: ErrorMessages } = { en: errorMessagesEn, 'zh-CN': errorMessagesZh }

/**
 * Message overrides per locale, e.g. `createUploader({ messages })` or the
 * widget's `messages.errors`; codes left out keep the built-in text.
 *
 * @example
 * ```ts
 * const messages: ErrorMessageOverrides = { en: { network: 'Offline? “{file}” will retry.' }, 'zh-CN': { network: '网络断开，“{file}”将重试。' } }
 * ```
 */
export type ErrorMessageOverrides = { readonly [L in Locale]?: Partial<ErrorMessages> | undefined }

/** Fills `{name}` placeholders; unknown placeholders become empty. */
export function formatMessage(template: string, params: MessageParams, locale: Locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key]
    return value === undefined ? '' : typeof value === 'object' ? value[locale] : String(value)
  })
}

/** The message for `code` in `locale`, with `params` filled in; an override wins over the built-in table. */
export function errorMessage(locale: Locale, code: ErrorCode, params: MessageParams, overrides?: Partial<ErrorMessages>): string {
  return formatMessage(overrides?.[code] ?? defaultErrorMessages[locale][code], params, locale)
}
