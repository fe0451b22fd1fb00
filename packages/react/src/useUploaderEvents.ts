'use client'
import { useEffect, useRef } from 'react'
import type { UploadController } from '@media-uploader/core'
import type { UploaderCallbacks } from './UploaderCallbacks.ts'

/**
 * Calls the given callbacks on the controller's events. The latest callbacks
 * are always the ones called, so inline functions don't resubscribe; the
 * subscription ends on unmount.
 *
 * @example
 * ```tsx
 * const uploader = useUploader({ provider: 'presign' })
 * useUploaderEvents(uploader, { onUploadSuccess: (file, result) => save(result.key) })
 * ```
 */
export function useUploaderEvents<R>(controller: UploadController<R>, callbacks: UploaderCallbacks<R>): void {
  const latest = useRef(callbacks)
  // Events only fire after commit, so the render-time value is the committed one by then.
  latest.current = callbacks
  useEffect(() => {
    const offs = [
      controller.on('upload-success', (file, result) => latest.current.onUploadSuccess?.(file, result)),
      controller.on('upload-error', (file, error) => latest.current.onUploadError?.(file, error)),
      controller.on('file-rejected', (file, error) => latest.current.onFileRejected?.(file, error)),
      controller.on('complete', (summary) => latest.current.onComplete?.(summary)),
    ]
    return () => offs.forEach((off) => off())
  }, [controller])
}
