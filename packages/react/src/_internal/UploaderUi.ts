import { createContext } from 'react'
import type { MediaUploaderError, MessageParams, ProviderId, Restrictions, UploadController, UploadFile } from '@media-uploader/core'
import type { ListView } from '../ListView.ts'
import type { Locale } from '../Locale.ts'
import type { PluralMessage, UploaderMessages } from '../messages/UploaderMessages.ts'

/** What the widget's parts share; a new object only when the controller, locale, messages, view or `autoStart` change. */
export interface UploaderUi {
  readonly controller: UploadController<unknown>
  readonly provider: ProviderId
  readonly restrictions: Restrictions | undefined
  readonly m: UploaderMessages
  readonly locale: Locale
  readonly autoStart: boolean
  readonly view: ListView
  setView(view: ListView): void
  /** Fills a template's `{placeholders}` in this locale. */
  t(template: string, params?: MessageParams): string
  /** Picks the plural form for `count`, then fills it (with `{count}`). */
  p(message: PluralMessage, count: number): string
  /** The end-user message of an error, with the `messages.errors` overrides. */
  errorText(error: MediaUploaderError): string
  /** Moves focus to the picker button (after the last row is removed). */
  focusPicker(): void
  /** Opens the preview dialog for an image; focus returns to `trigger` when it closes. */
  preview(file: UploadFile<unknown>, trigger: HTMLElement): void
}

/** Always provided by `<MediaUploader>`: its parts are not rendered anywhere else. */
export const UploaderUiContext = createContext<UploaderUi>(null as never)
