import { providerRegistry, type ProviderId, type Restrictions } from '@media-uploader/core'

const MIME_BY_EXT: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
}

function matches(ext: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase()
  if (p.startsWith('.')) return p.slice(1) === ext
  const mime = MIME_BY_EXT[ext] ?? ''
  if (p.endsWith('/*')) return mime.startsWith(p.slice(0, -1))
  return p === mime
}

/**
 * Extensions (lowercase, no dot) a file may have: the provider's, narrowed by
 * `restrictions.accept`. Mirrors the core's check so the picker and the
 * validation agree. `undefined` when nothing is known (no provider, no accept).
 */
export function acceptedExtensions(
  provider: ProviderId | undefined,
  restrictions: Restrictions | undefined,
): readonly string[] | undefined {
  const own = provider ? providerRegistry[provider].rules.extensions : undefined
  const accept = restrictions?.accept
  if (!own || own.length === 0) {
    return accept ? accept.filter((p) => p.trim().startsWith('.')).map((p) => p.trim().slice(1).toLowerCase()) : undefined
  }
  return accept ? own.filter((ext) => accept.some((pattern) => matches(ext, pattern))) : own
}

/** The `accept` attribute for a file input: `.jpg,.png,…`, or the app's own list when there is no provider. */
export function acceptAttribute(provider: ProviderId | undefined, restrictions: Restrictions | undefined): string | undefined {
  const own = provider ? providerRegistry[provider].rules.extensions : undefined
  if ((!own || own.length === 0) && restrictions?.accept) return restrictions.accept.join(',')
  const exts = acceptedExtensions(provider, restrictions)
  return exts ? exts.map((ext) => `.${ext}`).join(',') : undefined
}
