/** Absolute sign endpoint: the given URL, or `/api/media-uploader/{provider}`, resolved against the page. */
export function resolveEndpoint(provider: string, endpoint: string | undefined): string {
  const path = endpoint ?? `/api/media-uploader/${provider}`
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href
  return new URL(path, base).toString()
}
