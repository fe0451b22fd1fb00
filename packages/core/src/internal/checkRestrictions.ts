import { acceptedExtensions } from '../acceptedExtensions.ts'
import type { ErrorCode } from '../errors/ErrorCode.ts'
import type { MessageParams } from '../errors/messages.ts'
import type { ProviderRules } from '../provider.ts'
import type { Restrictions } from '../types.ts'
import { fileExtension } from './fileExtension.ts'
import { formatBytes } from './formatBytes.ts'

/** A restriction failure, before it becomes an error with provider and file. */
export interface RestrictionFailure {
  readonly code: ErrorCode
  readonly params?: MessageParams
}

/** The smaller of the provider's and the app's size limit, if any. */
export function maxFileSize(rules: ProviderRules, restrictions?: Restrictions): number | undefined {
  const limits = [rules.maxFileSize, restrictions?.maxFileSize].filter((n) => n !== undefined)
  return limits.length ? Math.min(...limits) : undefined
}

/**
 * Checks one file against the provider's rules and the app's restrictions.
 * The extension is what providers key on (a `.txt` renamed `image/png` is still refused by their APIs).
 */
export function checkRestrictions(file: { name: string; size: number }, rules: ProviderRules, restrictions?: Restrictions): RestrictionFailure | undefined {
  const allowed = acceptedExtensions(rules, restrictions)
  const max = maxFileSize(rules, restrictions)
  if (!allowed.includes(fileExtension(file.name))) return { code: 'file-type-not-allowed', params: { allowed: allowed.join(', ') } }
  if (!file.size) return { code: 'file-empty' }
  if (file.size > (max ?? Infinity)) return { code: 'file-too-large', params: { size: formatBytes(file.size), max: formatBytes(max ?? 0) } }
  return undefined
}
