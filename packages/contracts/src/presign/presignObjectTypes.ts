/**
 * What a presigned object is (seed 001's `type` enum): an image original, a
 * video, or a thumbnail stored next to either.
 *
 * @example
 * ```ts
 * presignObjectTypes.includes('thumb') // true
 * ```
 */
export const presignObjectTypes = ['thumb', 'origin', 'video'] as const

/**
 * One of {@link presignObjectTypes}.
 *
 * @example
 * ```ts
 * const type: PresignObjectType = 'thumb'
 * ```
 */
export type PresignObjectType = (typeof presignObjectTypes)[number]
