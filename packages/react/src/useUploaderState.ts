'use client'
import { useSyncExternalStore } from 'react'
import type { UploadController, UploaderSnapshot } from '@media-uploader/core'

/**
 * A slice of the controller's snapshot; the component re-renders only when
 * the slice changes (`Object.is`). `select` must return something the
 * snapshot already holds (or a primitive), not a new object each call.
 * SSR-safe: the server snapshot is the controller's own.
 *
 * @example
 * ```tsx
 * function Status({ uploader }: { uploader: UploadController }) {
 *   const status = useUploaderState(uploader, (s) => s.status)
 *   const failed = useUploaderState(uploader, (s) => s.totals.count.error)
 *   return <p data-status={status}>{failed} failed</p>
 * }
 * ```
 */
export function useUploaderState<R, T>(controller: UploadController<R>, select: (snapshot: UploaderSnapshot<R>) => T): T {
  const get = () => select(controller.getSnapshot())
  return useSyncExternalStore(controller.subscribe, get, get)
}
