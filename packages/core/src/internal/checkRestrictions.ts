import type { ErrorCode } from '../errors/ErrorCode.ts'
import type { MessageParams } from '../errors/messages.ts'
import type { ProviderRules } from '../provider.ts'
import type { Restrictions } from '../types.ts'
import { fileExtension } from './fileExtension.ts'
import { formatBytes } from './formatBytes.ts'

/** A restriction failure, before it becomes an error with provider and file. */
export interface RestrictionFailure {
  readonly code: ErrorCode
  readonly params: MessageParams
}

const MIME_BY_EXT: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif',
  mp4: 'video/mp4', webm: 'video/webm', mov: 'video/quicktime',
}

function matchesAccept(name: string, type: string, accept: readonly string[]): boolean {
  const ext = fileExtension(name)
  const mime = type || MIME_BY_EXT[ext] || ''
  return accept.some((pattern) => {
    const p = pattern.trim().toLowerCase()
    if (p.startsWith('.')) return p.slice(1) === ext
    if (p.endsWith('/*')) return mime.startsWith(p.slice(0, -1))
    return p === mime
  })
}

/**
 * Checks one file against the provider's rules and the app's restrictions.
 * Extension is what providers key on (a `.txt` renamed `image/png` is still refused by their APIs).
 */
export function checkRestrictions(
  file: { name: string; size: number; type: string },
  rules: ProviderRules,
  restrictions: Restrictions,
): RestrictionFailure | undefined {
  const ext = fileExtension(file.name)
  const allowed = restrictions.accept
    ? rules.extensions.filter((e) => matchesAccept(`x.${e}`, MIME_BY_EXT[e] ?? '', restrictions.accept ?? []))
    : rules.extensions
  if (!allowed.includes(ext) || (restrictions.accept && !matchesAccept(file.name, file.type, restrictions.accept))) {
    return { code: 'file-type-not-allowed', params: { allowed: allowed.join(', ') } }
  }
  if (file.size === 0) return { code: 'file-empty', params: {} }
  const limits = [rules.maxFileSize, restrictions.maxFileSize].filter((n): n is number => typeof n === 'number')
  const max = limits.length ? Math.min(...limits) : undefined
  if (max !== undefined && file.size > max) {
    return { code: 'file-too-large', params: { size: formatBytes(file.size), max: formatBytes(max) } }
  }
  return undefined
}

/** The MIME type for an extension the providers know, when the browser gave none. */
export function mimeForExtension(ext: string): string | undefined {
  return MIME_BY_EXT[ext]
}
