/** Extensions that name the same format as another one in the list. */
const ALIASES: Readonly<Record<string, string>> = { jpeg: 'jpg', jfif: 'jpg', heif: 'heic', m4v: 'mp4', mpeg: 'mpg', tif: 'tiff' }
const IMAGE = /^(jpg|png|webp|gif|bmp|heic|avif|tiff|svg|ico)$/
const AUDIO = /^(mp3|m4a|wav|aac|flac|ogg|oga|opus|wma|ra|ape|ac3|amr|caf|acm)$/
/** The formats people know, listed first (before "and N more"); the rest keep the provider's order. */
const COMMON = ['jpg', 'png', 'webp', 'gif', 'heic', 'mp4', 'mov', 'webm', 'mkv', 'avi', 'mp3', 'm4a', 'wav', 'aac', 'flac']
const rank = (ext: string) => (COMMON.includes(ext) ? COMMON.indexOf(ext) : COMMON.length)

/** Accepted formats grouped into images, videos and audio, upper case, aliases (`jpeg` of `jpg`) folded into one. */
export interface AcceptedFormats {
  readonly image: readonly string[]
  readonly video: readonly string[]
  readonly audio: readonly string[]
}

/**
 * Groups a provider's accepted extensions for people: `['mpeg', 'jpeg', 'png', 'mp4', 'mp3']`
 * → `{ image: ['JPG', 'PNG'], video: ['MP4', 'MPG'], audio: ['MP3'] }` (known formats first).
 */
export function acceptedFormats(extensions: readonly string[]): AcceptedFormats {
  const groups = { image: new Set<string>(), video: new Set<string>(), audio: new Set<string>() }
  const folded = [...new Set(extensions.map((ext) => ALIASES[ext] ?? ext))].sort((a, b) => rank(a) - rank(b))
  for (const ext of folded) groups[IMAGE.test(ext) ? 'image' : AUDIO.test(ext) ? 'audio' : 'video'].add(ext.toUpperCase())
  return { image: [...groups.image], video: [...groups.video], audio: [...groups.audio] }
}
