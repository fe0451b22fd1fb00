import { checkRestrictions, type RestrictionFailure } from '../internal/checkRestrictions.ts'
import type { ProviderRules } from '../provider.ts'
import type { BeforeUpload, Restrictions, UploadFile } from '../types.ts'

/** What `onBeforeUpload` decided: keep the file, replace it (checked again), or a restriction failure. */
export type BeforeUploadOutcome = { readonly replacement?: Pick<UploadFile, 'name' | 'size' | 'type' | 'data'> } | { readonly failure: RestrictionFailure }

/**
 * Runs the app's `onBeforeUpload` for one file: `false` rejects it
 * (`rejected-by-app`), a new Blob replaces it once it passes the restrictions.
 *
 * @example
 * ```ts
 * const outcome = await runBeforeUpload(onBeforeUpload, file, rules, restrictions, signal)
 * ```
 */
export async function runBeforeUpload(
  hook: BeforeUpload,
  file: Pick<UploadFile, 'name' | 'type' | 'data'>,
  rules: ProviderRules,
  restrictions: Restrictions | undefined,
  signal: AbortSignal,
): Promise<BeforeUploadOutcome> {
  const { data, name, type } = file
  const out = await hook(data instanceof File ? data : new File([data], name, { type }))
  signal.throwIfAborted()
  if (out === false) return { failure: { code: 'rejected-by-app' } }
  if (!out || out === data) return {}
  const replacement = { name: (out as File).name || name, size: out.size, type: out.type || type, data: out }
  const failure = checkRestrictions(replacement, rules, restrictions)
  return failure ? { failure } : { replacement }
}
