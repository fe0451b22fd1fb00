import type { Locale } from '../Locale.ts'

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const
const formats = new Map<string, Intl.NumberFormat>()

/**
 * `1.2 MB` in the locale's number format. Binary steps (1 KB = 1024 B), like
 * the sizes in the core's error messages, so the UI and the errors agree.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const key = `${locale}:${unit}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: UNITS[unit],
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    })
    formats.set(key, format)
  }
  return format.format(value)
}
