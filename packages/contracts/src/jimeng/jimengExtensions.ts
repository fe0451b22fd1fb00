import type { JimengMediaKind } from './jimengMediaKinds.ts'

/**
 * Image file extensions Jimeng's ImageX space takes, lower case.
 *
 * @example
 * ```ts
 * jimengImageExtensions.includes('png') // true
 * ```
 */
export const jimengImageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'heic', 'heif'] as const

/**
 * Video file extensions sent through ByteDance VOD, lower case.
 *
 * @example
 * ```ts
 * jimengVideoExtensions.includes('mov') // true
 * ```
 */
export const jimengVideoExtensions = ['mp4', 'mov', 'webm'] as const

/**
 * Every extension the jimeng provider accepts: images, then videos.
 *
 * @example
 * ```ts
 * const accept = jimengExtensions.map((ext) => `.${ext}`).join(',')
 * ```
 */
export const jimengExtensions = [...jimengImageExtensions, ...jimengVideoExtensions] as const

/**
 * One of {@link jimengExtensions}.
 *
 * @example
 * ```ts
 * const ext: JimengExtension = 'webm'
 * ```
 */
export type JimengExtension = (typeof jimengExtensions)[number]

/**
 * Which upload flow a file extension goes through, or `undefined` when Jimeng takes no such file.
 *
 * @example
 * ```ts
 * jimengKindOf('MP4') // 'video'
 * jimengKindOf('txt') // undefined
 * ```
 */
export function jimengKindOf(extension: string): JimengMediaKind | undefined {
  const ext = extension.toLowerCase()
  if ((jimengVideoExtensions as readonly string[]).includes(ext)) return 'video'
  if ((jimengImageExtensions as readonly string[]).includes(ext)) return 'image'
  return undefined
}
