import type { ErrorMessages, Locale, MediaUploaderError } from '@media-uploader/core'

/**
 * Hands the widget's error-message overrides to an error
 * (`error.withMessages`), so `error.localized(locale)` in the app's
 * callbacks returns the text the widget shows.
 */
export function attachErrorMessages(error: MediaUploaderError, locale: Locale, errors: Partial<ErrorMessages> | undefined): MediaUploaderError {
  return errors ? error.withMessages({ [locale]: errors }) : error
}
