/**
 * A UI language the widget ships strings for.
 *
 * @example
 * ```tsx
 * const locale: Locale = 'zh-CN'
 * <MediaUploader provider="presign" locale={locale} />
 * ```
 */
export type Locale = 'en' | 'zh-CN'
