import { useEffect, useRef, useState } from 'react'
import type { UploadFile } from '@media-uploader/core'
import { createLimiter } from '../_internal/createLimiter.ts'
import { FileIcon, kindOf } from './FileIcon.tsx'

/** Image decodes run one at a time, so a screen of photos doesn't decode every full-size image at once. */
const decodes = createLimiter(1)
/** Video poster frames (a `<video>` each) two at a time. */
const posters = createLimiter(2)

/** Props of {@link FileThumbnail}. */
export interface FileThumbnailProps {
  readonly file: Pick<UploadFile<unknown>, 'type' | 'data'>
  /** Width the image is decoded at, in CSS pixels (doubled for sharp screens). @default 96 */
  readonly size?: number
}

/** Calls `start` once `node` is on screen (at once where IntersectionObserver is missing); returns the cleanup. */
function whenVisible(node: Element, start: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return start(), () => undefined
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    observer.disconnect()
    start()
  })
  observer.observe(node)
  return () => observer.disconnect()
}

/**
 * A decorative preview of a file, drawn on a canvas (nothing for a CSP to
 * block): images are decoded and scaled off the main thread by
 * `createImageBitmap` (one at a time); videos get a poster frame from the
 * core's `createThumbnail`, made only once the tile is on screen, two at a
 * time, in a chunk loaded with the first video. Other files, and media the
 * browser cannot decode, get a file-type icon (inline SVG).
 *
 * @example
 * ```tsx
 * const file = useUploadFile(uploader, id)
 * return file ? <FileThumbnail file={file} size={64} /> : null
 * ```
 */
export function FileThumbnail({ file, size = 96 }: FileThumbnailProps) {
  const box = useRef<HTMLSpanElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const kind = kindOf(file.type)
  const [drawn, setDrawn] = useState(false)
  const blob = file.data
  useEffect(() => {
    const node = box.current
    if (kind === 'other' || !node || typeof createImageBitmap === 'undefined') return
    const abort = new AbortController()
    const { signal } = abort
    const draw = (bitmap: ImageBitmap) => {
      const target = canvas.current
      if (!signal.aborted && target) {
        target.width = bitmap.width
        target.height = bitmap.height
        target.getContext('2d')?.drawImage(bitmap, 0, 0)
        setDrawn(true)
      }
      bitmap.close()
    }
    const bitmap =
      kind === 'image'
        ? () => decodes(() => createImageBitmap(blob, { resizeWidth: size, resizeQuality: 'low' }), signal)
        : () => posters(() => import('../_internal/videoPoster.ts').then(({ videoPoster }) => videoPoster(blob, size, signal)), signal)
    const start = () => void bitmap().then(draw, () => undefined)
    const stop = kind === 'image' ? (start(), () => undefined) : whenVisible(node, start)
    return () => {
      stop()
      abort.abort()
    }
  }, [blob, kind, size])
  return (
    <span ref={box} data-mu-element="thumbnail" data-kind={kind} data-poster={kind === 'video' && drawn ? '' : undefined} aria-hidden="true">
      {kind === 'other' ? null : <canvas ref={canvas} width={0} height={0} hidden={!drawn} />}
      {drawn ? null : <FileIcon kind={kind} />}
    </span>
  )
}
