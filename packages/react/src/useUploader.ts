'use client'
import { useEffect, useState } from 'react'
import { rememberSetup } from './_internal/uploaderSetup.ts'
import { createUploader, type CreateUploaderOptions, type ProviderId, type ProviderResult, type UploadController } from '@media-uploader/core'

/**
 * Creates one {@link UploadController} for the lifetime of the component
 * (`useDropzone` reads its provider and restrictions from it).
 *
 * - Created in a `useState` initializer: once per component instance, on the
 *   server too (`createUploader` touches no browser API until files are added).
 *   Options are read once; remount with a `key` to apply new ones.
 * - Destroyed on real unmount only. StrictMode and Fast Refresh replay effect
 *   cleanup + setup synchronously, so the cleanup schedules `destroy()` for the
 *   next macrotask and the replayed setup cancels it. (`<Activity mode="hidden">`
 *   runs the cleanup too and does destroy it: create the controller outside
 *   React to keep uploads alive while hidden.)
 *
 * @example
 * ```tsx
 * function Uploader() {
 *   const uploader = useUploader({ provider: 'presign', restrictions: { maxFiles: 5 } })
 *   const ids = useUploadFileIds(uploader)
 *   return <input type="file" multiple onChange={(e) => void uploader.add(e.target.files ?? [])} />
 * }
 * ```
 */
export function useUploader<Id extends ProviderId>(options: CreateUploaderOptions<Id>): UploadController<ProviderResult<Id>> {
  const [state] = useState(() => {
    const controller = createUploader(options)
    rememberSetup(controller, options)
    return { controller, timer: undefined as ReturnType<typeof setTimeout> | undefined }
  })
  useEffect(() => {
    clearTimeout(state.timer)
    return () => {
      state.timer = setTimeout(state.controller.destroy)
    }
  }, [state])
  return state.controller
}
