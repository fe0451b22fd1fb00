/** Outline paths on a 24 × 24 grid: a picture, a film camera, a page. */
const PATHS = {
  image: 'M4 4h16v16H4zM10 10a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0M4 17l5-5 4 4 3-3 4 4',
  video: 'M3 6h12v12H3zM15 10l6-3v10l-6-3z',
  other: 'M6 3h8l4 4v14H6zM14 3v4h4',
} as const

/** The kind of file an icon stands for. */
export type FileKind = keyof typeof PATHS

/** The icon kind of a MIME type: `image/*`, `video/*`, anything else. */
export const kindOf = (type: string): FileKind => (/^(image|video)\//.test(type) ? (type.split('/')[0] as FileKind) : 'other')

/** A decorative file-type icon (inline SVG, `currentColor`, no requests). */
export function FileIcon({ kind }: { readonly kind: FileKind }) {
  return (
    <svg data-mu-element="file-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round">
      <path d={PATHS[kind]} />
    </svg>
  )
}
