/** Stands in for the widget when `BENCH_ONLY=core` measures the headless core alone. */
export function MediaUploader(): null {
  return null
}
