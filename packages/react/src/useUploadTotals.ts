'use client'
import type { UploadController, UploadTotals } from '@media-uploader/core'
import { useUploaderState } from './useUploaderState.ts'

/**
 * Byte-weighted totals (`bytesUploaded`, `bytesTotal`, `progress`) and
 * per-status counts, without the file list.
 *
 * @example
 * ```tsx
 * function Total({ uploader }: { uploader: UploadController }) {
 *   const totals = useUploadTotals(uploader)
 *   return <progress value={totals.progress} aria-label="Total">{totals.count.done} done</progress>
 * }
 * ```
 */
export function useUploadTotals(controller: UploadController<unknown>): UploadTotals {
  return useUploaderState(controller, (snapshot) => snapshot.totals)
}
