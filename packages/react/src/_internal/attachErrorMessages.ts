import type { ErrorMessages, Locale, MediaUploaderError } from '@media-uploader/core'

/** The core's `ERROR_MESSAGES` key (a registered symbol, so both packages agree without an import). */
const KEY = Symbol.for('media-uploader.error-messages')

/**
 * Attaches the widget's error-message overrides to an error (non-enumerable,
 * so logs and JSON are unchanged), so `error.localized(locale)` in the app's
 * callbacks returns the text the widget shows.
 */
export function attachErrorMessages(error: MediaUploaderError, locale: Locale, errors: Partial<ErrorMessages> | undefined): MediaUploaderError {
  if (errors) Object.defineProperty(error.params, KEY, { value: { [locale]: errors }, configurable: true })
  return error
}
