import { useRef } from 'react'
import type { FileStatus, UploadController, UploadFile } from '@media-uploader/core'
import { useUploaderState } from '../useUploaderState.ts'

/**
 * The ids of the files whose status is (`in: true`) or is not (`in: false`)
 * `status`, in list order: the same array until that set of ids changes, so
 * progress ticks do not re-render a list built on it.
 */
export function useIdsWhere(controller: UploadController<unknown>, status: FileStatus, wanted: boolean): readonly string[] {
  const cache = useRef<{ files?: readonly UploadFile<unknown>[]; ids: readonly string[] }>({ ids: [] })
  return useUploaderState(controller, ({ files }) => {
    const c = cache.current
    if (files === c.files) return c.ids
    c.files = files
    const ids: string[] = []
    for (const f of files) if ((f.status === status) === wanted) ids.push(f.id)
    if (ids.length !== c.ids.length || ids.some((id, i) => id !== c.ids[i])) c.ids = ids
    return c.ids
  })
}
