import type { ProviderId, ProviderResult } from './registry.ts'
import type { Restrictions, UploadController } from './types.ts'

/**
 * What {@link createUploader} returns: the controller, plus the provider and
 * restrictions it was created with (so a dropzone or a custom UI needs only
 * the controller).
 *
 * @example
 * ```ts
 * const uploader: Uploader<'presign'> = createUploader({ provider: 'presign', restrictions: { maxFiles: 5 } })
 * uploader.restrictions.maxFiles // 5
 * ```
 */
export interface Uploader<Id extends ProviderId> extends UploadController<ProviderResult<Id>> {
  readonly provider: Id
  readonly restrictions: Restrictions
}
