'use client'
import { useCallback, useSyncExternalStore } from 'react'
import type { UploadController, UploaderSnapshot } from '@media-uploader/core'
import { useControllerSubscribe } from './_internal/useControllerSubscribe.ts'

/**
 * The controller's whole snapshot (files, status, totals). Re-renders on every
 * change, progress included (the core throttles progress to ~10/s); prefer
 * {@link useUploadFile} or {@link useUploadTotals} for narrow subscriptions.
 * The server snapshot is the controller's own, so it is SSR-safe.
 *
 * @example
 * ```tsx
 * function Count({ uploader }: { uploader: UploadController }) {
 *   const { files, status } = useUploaderSnapshot(uploader)
 *   return <p>{files.length} files, {status}</p>
 * }
 * ```
 */
export function useUploaderSnapshot<R>(controller: UploadController<R>): UploaderSnapshot<R> {
  const subscribe = useControllerSubscribe(controller)
  const get = useCallback(() => controller.getSnapshot(), [controller])
  return useSyncExternalStore(subscribe, get, get)
}
