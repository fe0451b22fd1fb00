import type { ProviderId, Restrictions, UploadController } from '@media-uploader/core'

/** The provider and restrictions a controller was created with, as far as the React side knows them. */
export interface UploaderSetup {
  readonly provider?: ProviderId | undefined
  readonly restrictions?: Restrictions | undefined
}

const known = new WeakMap<object, UploaderSetup>()

/** Records what {@link useUploader} created a controller with. */
export function rememberSetup(controller: UploadController<unknown>, setup: UploaderSetup): void {
  known.set(controller, setup)
}

/**
 * What `controller` was created with: from {@link useUploader}, else from the
 * controller itself when it exposes `provider`/`restrictions` (fields a
 * future core may add; read only when present).
 */
export function setupOf(controller: UploadController<unknown>): UploaderSetup {
  const own = controller as Partial<UploaderSetup>
  return known.get(controller) ?? { provider: own.provider, restrictions: own.restrictions }
}
