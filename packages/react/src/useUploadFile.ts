'use client'
import { useSyncExternalStore } from 'react'
import type { UploadController, UploadFile } from '@media-uploader/core'

/**
 * One file's state, for a row of a custom list. The component re-renders only
 * when that file changes (the core keeps its object identical otherwise), not
 * when other files progress. `undefined` once the file is removed.
 *
 * @example
 * ```tsx
 * function Row({ uploader, id }: { uploader: UploadController; id: string }) {
 *   const file = useUploadFile(uploader, id)
 *   return file ? <li>{file.name}: {Math.round(file.progress * 100)}%</li> : null
 * }
 * ```
 */
export function useUploadFile<R>(controller: UploadController<R>, id: string): UploadFile<R> | undefined {
  const get = () => controller.getFile(id)
  return useSyncExternalStore(controller.subscribe, get, get)
}
