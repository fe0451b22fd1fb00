import { createContext } from 'react'
import type { MessageParams, UploadController } from '@media-uploader/core'
import type { Locale } from '../Locale.ts'
import type { PluralMessage, UploaderMessages } from '../messages/UploaderMessages.ts'

/** What the widget's parts share; a new object only when the controller, locale, messages or `autoStart` change. */
export interface UploaderUi {
  readonly controller: UploadController<unknown>
  readonly m: UploaderMessages
  readonly locale: Locale
  readonly autoStart: boolean
  /** Fills a template's `{placeholders}` in this locale. */
  t(template: string, params?: MessageParams): string
  /** Picks the plural form for `count`, then fills it (with `{count}`). */
  p(message: PluralMessage, count: number): string
  /** Moves focus to the picker button (after the last row is removed). */
  focusPicker(): void
}

/** Always provided by `<MediaUploader>`: its parts are not rendered anywhere else. */
export const UploaderUiContext = createContext<UploaderUi>(null as never)
