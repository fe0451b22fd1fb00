import type { StepContext } from '../../provider.ts'
import type { CheckpointStore } from '../../resume/CheckpointStore.ts'
import { fileFingerprint } from '../../resume/fileFingerprint.ts'
import { openCheckpointStore } from '../../resume/openCheckpointStore.ts'
import type { ProviderFile } from '../../provider.ts'

/** How long a checkpoint is kept by default: 24 h. */
export const RESUME_MAX_AGE = 24 * 60 * 60 * 1000

/**
 * Where one file's checkpoint lives: the page's store and the file's key
 * (the sign endpoint and the file's fingerprint).
 *
 * @example
 * ```ts
 * const resume = await aliyunVodResumeFor(file, ctx, RESUME_MAX_AGE)
 * await resume?.store.get(resume.key)
 * ```
 */
export interface AliyunVodResume {
  readonly store: CheckpointStore
  readonly key: string
  /** ms a saved checkpoint is kept. */
  readonly maxAge: number
}

/**
 * The resume handle of a file, or `undefined` when resume is off
 * (`maxAge` 0) or IndexedDB is unavailable. The store is opened once per
 * controller (its session).
 *
 * @example
 * ```ts
 * const resume = await aliyunVodResumeFor(file, ctx, options.resumeMaxAge ?? RESUME_MAX_AGE)
 * ```
 */
export async function aliyunVodResumeFor(file: ProviderFile, ctx: StepContext<unknown>, maxAge: number): Promise<AliyunVodResume | undefined> {
  if (!(maxAge > 0)) return undefined
  const store = await ctx.session.memo('media-uploader:checkpoints', () => openCheckpointStore())
  if (!store) return undefined
  return { store, key: `aliyun-vod|${ctx.endpoint}|${await fileFingerprint(file.data, file.name)}`, maxAge }
}
