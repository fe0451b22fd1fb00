import { mimeForExtension } from './internal/mimeForExtension.ts'
import type { ProviderRules } from './provider.ts'
import type { Restrictions } from './types.ts'

/**
 * The extensions (lowercase, no dot) a file may have: the provider's own,
 * narrowed by the app's `restrictions.accept` (MIME types, `type/*` or
 * `.ext`). The uploader validates against this list, and a picker can use it
 * for its `accept` attribute, so both agree.
 *
 * @example
 * ```ts
 * acceptedExtensions(providerRegistry.presign.rules, { accept: ['image/*'] }) // ['jpg', 'jpeg', 'png', 'webp', 'gif']
 * ```
 */
export function acceptedExtensions(rules: ProviderRules, restrictions?: Restrictions): readonly string[] {
  const accept = restrictions?.accept?.map((p) => p.trim().toLowerCase())
  if (!accept) return rules.extensions
  return rules.extensions.filter((ext) => {
    const mime = mimeForExtension(ext) ?? ''
    return accept.some((p) => (p[0] === '.' ? p.slice(1) === ext : p.endsWith('/*') ? mime.startsWith(p.slice(0, -1)) : p === mime))
  })
}
