'use client'
import { useRef } from 'react'
import type { UploadController, UploadFile } from '@media-uploader/core'
import { useUploaderState } from './useUploaderState.ts'

/**
 * The listed file ids, in order: the same array while no file is added,
 * removed or reordered, so a list built on it does not re-render on progress
 * ticks (its rows do, through {@link useUploadFile}).
 *
 * @example
 * ```tsx
 * function List({ uploader }: { uploader: UploadController }) {
 *   const ids = useUploadFileIds(uploader)
 *   return <ul>{ids.slice(0, 100).map((id) => <Row key={id} uploader={uploader} id={id} />)}</ul>
 * }
 * ```
 */
export function useUploadFileIds(controller: UploadController<unknown>): readonly string[] {
  const cache = useRef<{ files?: readonly UploadFile<unknown>[]; ids: readonly string[] }>({ ids: [] })
  return useUploaderState(controller, ({ files }) => {
    const c = cache.current
    if (files !== c.files && (files.length !== c.ids.length || files.some((f, i) => f.id !== c.ids[i]))) c.ids = files.map((f) => f.id)
    c.files = files
    return c.ids
  })
}
