/** What replaces a secret found in an upstream answer. */
export const REDACTED = '[redacted]'

/**
 * `value` with every occurrence of `secret` in its strings replaced by
 * {@link REDACTED} (a JSON round trip), and whether there was any.
 */
export function redactSecret<T>(value: T, secret: string): { readonly value: T; readonly redacted: boolean } {
  const text = JSON.stringify(value)
  const escaped = JSON.stringify(secret).slice(1, -1)
  if (secret === '' || !text.includes(escaped)) return { value, redacted: false }
  return { value: JSON.parse(text.split(escaped).join(REDACTED)) as T, redacted: true }
}
