/**
 * What a Jimeng upload is: an `image` (ImageX, get_upload_token `scene: 2`) or
 * a `video` (ByteDance VOD inner upload, `scene: 1`).
 *
 * @example
 * ```ts
 * jimengMediaKinds.includes('video') // true
 * ```
 */
export const jimengMediaKinds = ['image', 'video'] as const

/**
 * One of {@link jimengMediaKinds}.
 *
 * @example
 * ```ts
 * const kind: JimengMediaKind = 'video'
 * ```
 */
export type JimengMediaKind = (typeof jimengMediaKinds)[number]

/**
 * The `scene` of seed 003's `get_upload_token` for each kind (`2` ImageX images, `1` VOD video).
 *
 * @example
 * ```ts
 * const body = { scene: jimengScenes.video } // { scene: 1 }
 * ```
 */
export const jimengScenes = { image: 2, video: 1 } as const satisfies Record<JimengMediaKind, number>
