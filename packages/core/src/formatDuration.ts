import type { Locale } from './errors/messages.ts'

/**
 * A duration in seconds as the locale writes it, rounded up to whole
 * seconds, minutes or hours: `45 sec`, `3 min`, `2 hr`; `45秒`, `3分钟`, `2小时`.
 *
 * @example
 * ```ts
 * formatDuration(150, 'en') // '3 min'
 * ```
 */
export function formatDuration(seconds: number, locale: Locale = 'en'): string {
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [seconds / 60, 'minute'] : [seconds / 3600, 'hour']
  return new Intl.NumberFormat(locale, { style: 'unit', unit }).format(Math.ceil(value))
}
