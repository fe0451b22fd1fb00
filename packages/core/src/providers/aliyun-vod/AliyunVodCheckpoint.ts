import type { AliyunVodTicket } from './AliyunVodTicket.ts'

/**
 * What survives a page reload of an unfinished multipart upload (IndexedDB):
 * the video, the ownership grant the server issued for it (useless without
 * the user's session), the multipart upload and its finished parts. Built
 * field by field from the ticket, so no credential can slip in.
 *
 * @example
 * ```ts
 * const saved: AliyunVodCheckpoint = { version: 1, videoId: 'v1', grant: 'g1.x', key: 'sv/1/a.mp4', uploadId: 'U1', partSize: 16777216, parts: [[1, '"9B2C…"']] }
 * ```
 */
export interface AliyunVodCheckpoint {
  readonly version: 1
  readonly videoId: string
  readonly grant?: string | undefined
  /** Object key (`FileName`). */
  readonly key: string
  readonly uploadId: string
  readonly partSize: number
  /** `[partNumber, ETag]` of each finished part. */
  readonly parts: readonly (readonly [number, string])[]
}

/**
 * The checkpoint of a ticket with a multipart upload under way, or `undefined`.
 *
 * @example
 * ```ts
 * const saved = checkpointOf(ticket) // never holds the STS credential
 * ```
 */
export function checkpointOf(t: AliyunVodTicket): AliyunVodCheckpoint | undefined {
  if (!t.videoId || !t.uploadId || !t.partSize) return undefined
  const parts = t.etags.flatMap((etag, i) => (etag ? [[i + 1, etag] as const] : []))
  return { version: 1, videoId: t.videoId, grant: t.grant, key: t.key, uploadId: t.uploadId, partSize: t.partSize, parts }
}

/**
 * Whether a stored value is a checkpoint this version can resume from.
 *
 * @example
 * ```ts
 * if (isAliyunVodCheckpoint(await store.get(key))) resume()
 * ```
 */
export function isAliyunVodCheckpoint(value: unknown): value is AliyunVodCheckpoint {
  const v = value as Partial<AliyunVodCheckpoint> | undefined
  return (
    v?.version === 1 &&
    typeof v.videoId === 'string' &&
    typeof v.key === 'string' &&
    typeof v.uploadId === 'string' &&
    typeof v.partSize === 'number' &&
    (v.grant === undefined || typeof v.grant === 'string') &&
    Array.isArray(v.parts)
  )
}
