/**
 * A UI language the widget ships strings for: `'en' | 'zh-CN'` (the core's
 * `Locale`, so `error.localized(locale)` accepts it).
 *
 * @example
 * ```tsx
 * const locale: Locale = 'zh-CN'
 * <MediaUploader provider="presign" locale={locale} />
 * ```
 */
export type { Locale } from '@media-uploader/core'
