import type { Locale } from '@media-uploader/react'

/**
 * The widget locale for this page: `?locale=en|zh-CN` when given (the e2e
 * tests pin `en`), else the browser's language.
 *
 * @example
 * ```ts
 * demoLocale('?locale=zh-CN', 'en-US') // 'zh-CN'
 * ```
 */
export function demoLocale(search: string, language: string): Locale {
  const asked = new URLSearchParams(search).get('locale')
  if (asked === 'en' || asked === 'zh-CN') return asked
  if (asked?.toLowerCase().startsWith('zh')) return 'zh-CN'
  if (asked) return 'en'
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
