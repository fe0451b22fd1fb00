/**
 * VOD's documented limits on the sign request's fields (seed 002): bytes of
 * UTF-8 for texts, a count for tags.
 *
 * @example
 * ```ts
 * if (new TextEncoder().encode(title).length > ALIYUN_VOD_LIMITS.titleBytes) showError()
 * ```
 */
export const ALIYUN_VOD_LIMITS = {
  titleBytes: 128,
  descriptionBytes: 1024,
  tags: 16,
  tagBytes: 32,
  fileNameBytes: 1024,
  userDataBytes: 2048,
} as const
