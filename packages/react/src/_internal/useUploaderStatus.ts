import { useCallback, useSyncExternalStore } from 'react'
import type { UploadController, UploaderStatus } from '@media-uploader/core'
import { useControllerSubscribe } from './useControllerSubscribe.ts'

/** Just the overall status: re-renders only when it changes. */
export function useUploaderStatus(controller: UploadController<unknown>): UploaderStatus {
  const subscribe = useControllerSubscribe(controller)
  const get = useCallback(() => controller.getSnapshot().status, [controller])
  return useSyncExternalStore(subscribe, get, get)
}
