import type { BeforeUpload, ProviderId, ProviderOptions, ProviderResult, Restrictions, UploadController } from '@media-uploader/core'
import type { ListView } from './ListView.ts'
import type { Locale } from './Locale.ts'
import type { MessageOverrides } from './messages/UploaderMessages.ts'
import type { UploaderCallbacks } from './UploaderCallbacks.ts'

/**
 * Props of {@link MediaUploader}. The result type of every callback is
 * inferred from `provider`.
 *
 * @example
 * ```tsx
 * <MediaUploader
 *   provider="presign"
 *   restrictions={{ maxFiles: 10, maxFileSize: 50 * 1024 * 1024 }}
 *   onUploadSuccess={(file, result) => console.log(file.name, result.url)}
 * />
 * ```
 */
export interface MediaUploaderProps<Id extends ProviderId> extends UploaderCallbacks<ProviderResult<Id>> {
  /** Which provider signs and receives the uploads. */
  readonly provider: Id
  /** Sign endpoint. @default `/api/media-uploader/{provider}` on the page's origin (from core). */
  readonly endpoint?: string
  /** Provider-specific options. */
  readonly providerOptions?: ProviderOptions<Id>
  /** App restrictions on top of the provider's rules; also drive the picker's `accept` and the hint text. */
  readonly restrictions?: Restrictions
  /** Transforms (e.g. with `resizeImage`) or rejects each file before it is signed. */
  readonly onBeforeUpload?: BeforeUpload
  /** Upload as soon as files are added; when `false` an "Upload n files" button appears. @default true */
  readonly autoStart?: boolean
  /**
   * UI language. @default `'zh-CN'` when the browser's language starts with
   * `zh`, else `'en'`. On the server (and while hydrating) the default is
   * `'en'`, then the browser's language applies; pass `locale` to
   * server-render Chinese without a switch.
   */
  readonly locale?: Locale
  /** Overrides any UI string or error message (by code) of the active locale. */
  readonly messages?: MessageOverrides
  /** Added to the root element (kept when `unstyled`). */
  readonly className?: string
  /** Drops the root's `mu-root` class, so the default stylesheet no longer applies; the `data-*` attributes stay. @default false */
  readonly unstyled?: boolean
  /** Forces the default stylesheet's light or dark palette (`data-theme`); otherwise `prefers-color-scheme` decides. */
  readonly theme?: 'light' | 'dark'
  /** The list's first layout: rows (`list`), one line per file (`compact`) or thumbnail tiles (`grid`); the user can switch. @default 'list' */
  readonly view?: ListView
  /** Height of the scrolling file panel (CSS length, or px); the status bar stays pinned below it. @default '22rem' */
  readonly listHeight?: string | number
  /** Disables the picker, drop and paste. @default false */
  readonly disabled?: boolean
  /**
   * Your own controller (from `createUploader` or `useUploader`), e.g. to keep
   * uploads alive across unmounts or drive it from your own UI too. The widget
   * never destroys it; `endpoint`, `providerOptions`, `onBeforeUpload` and
   * `autoStart` are then the controller's business (`provider` and
   * `restrictions` still drive the picker and hint; `autoStart={false}` shows
   * the start button).
   */
  readonly controller?: UploadController<ProviderResult<Id>>
}
