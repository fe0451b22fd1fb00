const TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  heic: 'image/heic',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  m4v: 'video/x-m4v',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  txt: 'text/plain',
  pdf: 'application/pdf',
  json: 'application/json',
  srt: 'application/x-subrip',
}

/** `mime.lookup(filename)` for the types the emulator knows; `undefined` otherwise. */
export function mimeTypeFor(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.')
  return dot === -1 ? undefined : TYPES[filename.slice(dot + 1).toLowerCase()]
}
