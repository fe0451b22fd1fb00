/** What replaces a secret found in upstream-derived text. */
export const REDACTED = '[redacted]'

/** Replaces every configured secret (and its encodings) in a string. */
export type Redactor = (text: string) => string

/** Secrets shorter than this are not searched for (they would match ordinary text). */
const MIN_SECRET_LENGTH = 4

const utf8 = new TextEncoder()

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The base64 characters that only `secret`'s bytes determine, at each of the three alignments it can have inside a longer base64 text. */
function base64Forms(secret: string): string[] {
  const bytes = utf8.encode(secret)
  const forms: string[] = []
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length)
    padded.set(bytes, offset)
    const encoded = base64(padded)
    const start = offset === 0 ? 0 : 4
    const end = Math.floor(padded.length / 3) * 4
    const core = encoded.slice(start, end)
    if (core.length >= 8) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/** The ways a secret shows up in text an upstream sends back or a log line quotes. */
function encodings(secret: string): string[] {
  const uri = encodeURIComponent(secret)
  const rfc3986 = uri.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  const forms = [
    secret,
    uri,
    rfc3986,
    uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    uri.replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    ...base64Forms(secret),
  ]
  return forms.filter((form) => form.length >= MIN_SECRET_LENGTH)
}

/**
 * One redaction step for everything derived from an upstream answer
 * (response bodies, headers, log lines): every occurrence of each secret, and
 * of its URL-encoded, form-encoded, JSON-escaped and base64 forms (at any
 * alignment inside a longer base64 text), becomes `[redacted]`. A secret in a
 * cookie string (`sessionid=…; sid_tt=…`) is found as itself.
 *
 * @example
 * ```ts
 * const redact = createRedactor(['s3cr3t-key'])
 * redact('upstream said: key s3cr3t-key is wrong') // 'upstream said: key [redacted] is wrong'
 * ```
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const forms = [...new Set(secrets.flatMap((secret) => (secret && secret.length >= MIN_SECRET_LENGTH ? encodings(secret) : [])))].sort((a, b) => b.length - a.length)
  if (forms.length === 0) return (text) => text
  return (text) => {
    let out = text
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED)
    return out
  }
}
