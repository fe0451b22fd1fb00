const VIDEO: Readonly<Record<string, string>> = { mp4: 'mp4', webm: 'webm', mov: 'quicktime', m4v: 'x-m4v', avi: 'x-msvideo', mkv: 'x-matroska', flv: 'x-flv' }

/** The MIME type for a lowercase extension (images and videos the providers take), when the browser gave none. */
export function mimeForExtension(ext: string): string | undefined {
  if (/^(jpe?g|png|webp|gif|bmp|avif|hei[cf])$/.test(ext)) return `image/${ext === 'jpg' ? 'jpeg' : ext}`
  return Object.hasOwn(VIDEO, ext) ? `video/${VIDEO[ext]}` : undefined
}
