import { useEffect, useRef, useState } from 'react'
import type { UploadFile } from '@media-uploader/core'
import { FileIcon, kindOf } from './FileIcon.tsx'

/** Decodes run one at a time, so a screen of photos doesn't decode every full-size image at once. */
let queue = Promise.resolve()

/** Props of {@link FileThumbnail}. */
export interface FileThumbnailProps {
  readonly file: Pick<UploadFile<unknown>, 'type' | 'data'>
  /** Width the image is decoded at, in CSS pixels (doubled for sharp screens). @default 96 */
  readonly size?: number
}

/**
 * A decorative preview of a file: images are decoded and scaled off the main
 * thread by `createImageBitmap` (one at a time) and drawn on a canvas (no
 * object URL, nothing for a CSP to block); videos and other files get a
 * file-type icon (inline SVG), as do images the browser cannot decode.
 *
 * @example
 * ```tsx
 * const file = useUploadFile(uploader, id)
 * return file ? <FileThumbnail file={file} size={64} /> : null
 * ```
 */
export function FileThumbnail({ file, size = 96 }: FileThumbnailProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const kind = kindOf(file.type)
  const [drawn, setDrawn] = useState(false)
  const blob = file.data
  useEffect(() => {
    if (kind !== 'image' || typeof createImageBitmap === 'undefined') return
    let live = true
    queue = queue.then(() =>
      live
        ? createImageBitmap(blob, { resizeWidth: size, resizeQuality: 'low' }).then((bitmap) => {
            const node = canvas.current
            if (live && node) {
              node.width = bitmap.width
              node.height = bitmap.height
              node.getContext('2d')?.drawImage(bitmap, 0, 0)
              setDrawn(true)
            }
            bitmap.close()
          }, () => undefined)
        : undefined,
    )
    return () => {
      live = false
    }
  }, [blob, kind, size])
  return (
    <span data-mu-element="thumbnail" data-kind={kind} aria-hidden="true">
      {kind === 'image' ? <canvas ref={canvas} width={0} height={0} hidden={!drawn} /> : null}
      {drawn ? null : <FileIcon kind={kind} />}
    </span>
  )
}
