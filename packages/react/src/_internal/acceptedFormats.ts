/** Extensions that name the same format as another one in the list. */
const ALIASES: Readonly<Record<string, string>> = { jpeg: 'jpg', heif: 'heic', m4v: 'mp4', mpeg: 'mpg', tif: 'tiff' }
const VIDEO = /^(mp4|m4v|mov|webm|mkv|flv|avi|wmv|ts|3gp|mpe?g|ogv)$/

/** Accepted formats grouped into images and videos, upper case, aliases (`jpeg` of `jpg`) folded into one. */
export interface AcceptedFormats {
  readonly image: readonly string[]
  readonly video: readonly string[]
}

/**
 * Groups a provider's accepted extensions for people: `['jpg', 'jpeg', 'png', 'mp4']`
 * → `{ image: ['JPG', 'PNG'], video: ['MP4'] }`.
 */
export function acceptedFormats(extensions: readonly string[]): AcceptedFormats {
  const image = new Set<string>()
  const video = new Set<string>()
  for (const ext of extensions) (VIDEO.test(ext) ? video : image).add((ALIASES[ext] ?? ext).toUpperCase())
  return { image: [...image], video: [...video] }
}
