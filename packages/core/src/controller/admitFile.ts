import { checkRestrictions, type RestrictionFailure } from '../internal/checkRestrictions.ts'
import { fileExtension } from '../internal/fileExtension.ts'
import { mimeForExtension } from '../internal/mimeForExtension.ts'
import type { ProviderRules } from '../provider.ts'
import type { Restrictions, UploadFile } from '../types.ts'

/** A new file as listed, with its dedupe key and why it is refused, if it is. */
export interface Admission<R> {
  readonly view: UploadFile<R>
  readonly key: string
  readonly failure: RestrictionFailure | undefined
}

/** What {@link admitFile} needs to know about the list. */
export interface AdmissionState {
  readonly rules: ProviderRules
  readonly restrictions: Restrictions
  /** Files that count towards `maxFiles` (not rejected, not canceled). */
  readonly counted: number
  hasKey(key: string): boolean
}

/**
 * Lists one added Blob: its id, name and type (from the extension when the
 * browser gave none), and the provider's rules and the app's restrictions
 * (type, size, count, duplicates) checked before any network call.
 *
 * @example
 * ```ts
 * const { view, failure } = admitFile(blob, 'mu1-1', 1, { rules, restrictions: {}, counted: 0, hasKey: () => false })
 * ```
 */
export function admitFile<R>(blob: Blob, id: string, seq: number, state: AdmissionState): Admission<R> {
  const name = (blob as File).name || `file-${seq}`
  const key = `${name}\0${blob.size}\0${(blob as File).lastModified}`
  const type = blob.type || mimeForExtension(fileExtension(name)) || ''
  const view: UploadFile<R> = { id, name, size: blob.size, type, data: blob, status: 'queued', phase: 'queued', bytesUploaded: 0, progress: 0, result: undefined, error: undefined, media: undefined }
  const { rules, restrictions } = state
  const max = restrictions.maxFiles ?? Infinity
  const failure: RestrictionFailure | undefined =
    checkRestrictions(view, rules, restrictions) ??
    (state.counted >= max
      ? { code: 'too-many-files', params: { max } }
      : restrictions.rejectDuplicates !== false && state.hasKey(key)
        ? { code: 'duplicate-file' }
        : undefined)
  return { view, key, failure }
}
