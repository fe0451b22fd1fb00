import { useMemo, useSyncExternalStore } from 'react'
import type { UploadController, UploadFile } from '@media-uploader/core'
import { useControllerSubscribe } from './useControllerSubscribe.ts'

/**
 * The listed file ids, as the same array while the ids and their order are
 * unchanged, so the list does not re-render on progress ticks (rows do).
 */
export function useFileIds(controller: UploadController<unknown>): readonly string[] {
  const subscribe = useControllerSubscribe(controller)
  const getIds = useMemo(() => {
    let lastFiles: readonly UploadFile<unknown>[] | undefined
    let lastIds: readonly string[] = []
    return () => {
      const files = controller.getSnapshot().files
      if (files === lastFiles) return lastIds
      lastFiles = files
      const same = files.length === lastIds.length && files.every((f, i) => f.id === lastIds[i])
      if (!same) lastIds = files.map((f) => f.id)
      return lastIds
    }
  }, [controller])
  return useSyncExternalStore(subscribe, getIds, getIds)
}
