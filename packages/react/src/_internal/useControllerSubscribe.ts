import { useCallback } from 'react'
import type { UploadController } from '@media-uploader/core'

/** A `subscribe` for `useSyncExternalStore`, stable per controller and safe if the controller's methods are unbound. */
export function useControllerSubscribe(controller: UploadController<unknown>): (onChange: () => void) => () => void {
  return useCallback((onChange: () => void) => controller.subscribe(onChange), [controller])
}
