import { openCheckpointStore } from './openCheckpointStore.ts'

/**
 * Forgets every upload that could resume after a page reload (their
 * checkpoints in IndexedDB), e.g. when the user signs out. Uploads left
 * unfinished on the storage are cleaned up by its lifecycle rules.
 *
 * @example
 * ```ts
 * import { clearResumeState } from '@media-uploader/core'
 * await clearResumeState()
 * ```
 */
export async function clearResumeState(): Promise<void> {
  await (await openCheckpointStore())?.clear()
}
