/**
 * Where resumable uploads keep their progress between page loads (IndexedDB):
 * non-secret state only (ids, part numbers, ETags), never a credential.
 * Every method is best effort and never throws: storage that fails or is
 * full simply means an upload cannot resume.
 *
 * @example
 * ```ts
 * const store = await openCheckpointStore()
 * await store?.put('aliyun-vod|…', { videoId: 'v1', parts: [] }, 24 * 3600_000)
 * ```
 */
export interface CheckpointStore {
  /** The value saved under `key`, or `undefined` (none, expired or unreadable). */
  get<T>(key: string): Promise<T | undefined>
  /** Saves `value` (structured-cloned) for `maxAge` ms. Calls are applied in order. */
  put(key: string, value: unknown, maxAge: number): Promise<void>
  delete(key: string): Promise<void>
  /** Removes every checkpoint. */
  clear(): Promise<void>
}
