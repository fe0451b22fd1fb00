import type { ProviderId, ProviderOptions } from '@media-uploader/core'

/**
 * `?options=<JSON>` as the widget's `providerOptions`, to try a provider's
 * options from the address bar (the sign endpoint validates them):
 * `/?provider=aliyun-vod&options={"title":"Sunset","tags":["sea"]}`.
 *
 * @example
 * ```ts
 * providerOptionsFromUrl('?options=%7B%22title%22%3A%22x%22%7D') // { title: 'x' }
 * ```
 */
export function providerOptionsFromUrl(search: string): ProviderOptions<ProviderId> | undefined {
  const raw = new URLSearchParams(search).get('options')
  if (raw === null) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ProviderOptions<ProviderId>) : undefined
  } catch {
    return undefined
  }
}
