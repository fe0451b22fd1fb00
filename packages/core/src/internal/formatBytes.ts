import type { Locale } from '../errors/messages.ts'

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const
// Building an Intl.NumberFormat costs ~50 µs; a list of files formats sizes on every render.
const formats: Record<string, Intl.NumberFormat> = {}

/**
 * A byte count in binary steps (1 kB = 1024 B) with the locale's number
 * format and unit: `1,000 B`, `1.5 kB`, `1.2 MB`. Used by the error messages
 * and the widget, so both show the same numbers.
 *
 * @example
 * ```ts
 * formatBytes(1.5 * 1024 * 1024, 'zh-CN') // '1.5 MB'
 * ```
 */
export function formatBytes(bytes: number, locale: Locale = 'en'): string {
  let unit = 0
  while (bytes >= 1024 && unit < 4) {
    bytes /= 1024
    unit++
  }
  const options: Intl.NumberFormatOptions = unit ? { style: 'unit', unit: UNITS[unit], maximumFractionDigits: 1 } : {}
  const text = (formats[locale + unit] ??= new Intl.NumberFormat(locale, options)).format(bytes)
  return unit ? text : `${text} B`
}
