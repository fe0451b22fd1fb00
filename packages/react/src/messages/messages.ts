import type { Locale } from '../Locale.ts'
import { messagesEn } from './messagesEn.ts'
import { messagesZhCN } from './messagesZhCN.ts'
import type { UploaderMessages } from './UploaderMessages.ts'

/**
 * The built-in string tables by locale.
 *
 * @example
 * ```ts
 * import { messages } from '@media-uploader/react'
 * messages['zh-CN'].chooseFiles // '选择文件'
 * ```
 */
export const messages: Readonly<Record<Locale, UploaderMessages>> = {
  en: messagesEn,
  'zh-CN': messagesZhCN,
}
