'use client'
import { useEffect, useRef, useState } from 'react'
import {
  createUploader,
  type CreateUploaderOptions,
  type ProviderId,
  type ProviderResult,
  type UploadController,
} from '@media-uploader/core'

/**
 * Creates one {@link UploadController} for the lifetime of the component.
 *
 * - Created in a `useState` initializer: once per component instance, on the
 *   server too (`createUploader` touches no browser API until files are added).
 *   Options are read once; later changes are ignored (remount with a `key` to
 *   apply new ones).
 * - Destroyed on real unmount only. StrictMode and Fast Refresh replay effect
 *   cleanup + setup synchronously, so the cleanup schedules `destroy()` for the
 *   next macrotask and the replayed setup cancels it. (Hiding the component in
 *   `<Activity mode="hidden">` runs the cleanup too and does destroy it: create
 *   the controller outside React for that.)
 *
 * @example
 * ```tsx
 * function Uploader() {
 *   const uploader = useUploader({ provider: 'presign', restrictions: { maxFiles: 5 } })
 *   const { files } = useUploaderSnapshot(uploader)
 *   return <input type="file" multiple onChange={(e) => void uploader.add(e.target.files ?? [])} />
 * }
 * ```
 */
export function useUploader<Id extends ProviderId>(
  options: CreateUploaderOptions<Id>,
): UploadController<ProviderResult<Id>> {
  const [controller] = useState(() => createUploader(options))
  const pendingDestroy = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    clearTimeout(pendingDestroy.current)
    pendingDestroy.current = undefined
    return () => {
      pendingDestroy.current = setTimeout(() => controller.destroy(), 0)
    }
  }, [controller])
  return controller
}
