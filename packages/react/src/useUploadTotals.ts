'use client'
import { useCallback, useSyncExternalStore } from 'react'
import type { UploadController, UploadTotals } from '@media-uploader/core'
import { useControllerSubscribe } from './_internal/useControllerSubscribe.ts'

/**
 * Byte-weighted totals and per-status counts, without the file list.
 *
 * @example
 * ```tsx
 * function Total({ uploader }: { uploader: UploadController }) {
 *   const totals = useUploadTotals(uploader)
 *   return <p>{Math.round(totals.progress * 100)}% ({totals.count.done} done)</p>
 * }
 * ```
 */
export function useUploadTotals(controller: UploadController<unknown>): UploadTotals {
  const subscribe = useControllerSubscribe(controller)
  const get = useCallback(() => controller.getSnapshot().totals, [controller])
  return useSyncExternalStore(subscribe, get, get)
}
