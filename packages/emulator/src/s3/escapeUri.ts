/** RFC 3986 percent-encoding as SigV4 uses it (everything but `A-Za-z0-9-_.~`). */
export function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}
