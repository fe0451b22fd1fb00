import { formatMessage, type MediaUploaderError } from '@media-uploader/core'
import type { Locale } from '../Locale.ts'
import type { UploaderMessages } from '../messages/UploaderMessages.ts'

/** The error's message from the (possibly overridden) table, falling back to the core's own localization. */
export function errorText(error: MediaUploaderError, messages: UploaderMessages, locale: Locale): string {
  const template = messages.errors[error.code] as string | undefined
  return template === undefined ? error.localized(locale) : formatMessage(template, error.params)
}
