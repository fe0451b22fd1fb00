/**
 * The virtual-hosted URL of an object, as OSS and ali-oss build it from an endpoint:
 * `{scheme}://{bucket}.{endpoint host}/{key}`.
 *
 * @example
 * ```ts
 * ossObjectUrl('http://localhost:4005', 'outin-emulator', 'sv/a b.mp4') // 'http://outin-emulator.localhost:4005/sv/a%20b.mp4'
 * ```
 */
export function ossObjectUrl(endpoint: string, bucket: string, key: string): string {
  const url = new URL(endpoint)
  return `${url.protocol}//${bucket}.${url.host}/${key.split('/').map(encodeURIComponent).join('/')}`
}
