'use client'
import type { UploadController, UploaderSnapshot } from '@media-uploader/core'
import { useUploaderState } from './useUploaderState.ts'

/**
 * The controller's whole snapshot (files, status, totals). Re-renders on every
 * change, progress included (the core throttles notifications to ~10/s);
 * prefer {@link useUploaderState}, {@link useUploadFileIds} + {@link useUploadFile}
 * or {@link useUploadTotals} for narrow subscriptions.
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
  return useUploaderState(controller, (snapshot) => snapshot)
}
