'use client'
import { useCallback, useSyncExternalStore } from 'react'
import type { UploadController, UploadFile } from '@media-uploader/core'
import { useControllerSubscribe } from './_internal/useControllerSubscribe.ts'

/**
 * One file's state. The component re-renders only when that file's object
 * changes (the core keeps it identical while unchanged), not when other files
 * progress. `undefined` once the file is removed.
 *
 * @example
 * ```tsx
 * function Row({ uploader, id }: { uploader: UploadController; id: string }) {
 *   const file = useUploadFile(uploader, id)
 *   if (!file) return null
 *   return <li>{file.name}: {Math.round(file.progress * 100)}%</li>
 * }
 * ```
 */
export function useUploadFile<R>(controller: UploadController<R>, id: string): UploadFile<R> | undefined {
  const subscribe = useControllerSubscribe(controller)
  const get = useCallback(() => controller.getFile(id), [controller, id])
  return useSyncExternalStore(subscribe, get, get)
}
