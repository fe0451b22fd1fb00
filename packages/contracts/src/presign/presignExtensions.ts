/**
 * File extensions the presign API accepts (seed 001's `ext` enum), lower case.
 *
 * @example
 * ```ts
 * presignExtensions.includes('png') // true
 * ```
 */
export const presignExtensions = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'webm'] as const

/**
 * One of {@link presignExtensions}.
 *
 * @example
 * ```ts
 * const ext: PresignExtension = 'webp'
 * ```
 */
export type PresignExtension = (typeof presignExtensions)[number]
