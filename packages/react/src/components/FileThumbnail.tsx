import { useEffect, useRef } from 'react'
import type { UploadFile } from '@media-uploader/core'

/** Decodes run one at a time, so a 100-row page of photos doesn't decode 100 full-size images at once. */
let queue = Promise.resolve()

/**
 * A decorative preview. Images are decoded and scaled off the main thread by
 * `createImageBitmap` (one at a time) and drawn on a small canvas; videos and
 * other files get an icon from the stylesheet (`data-kind`). Rejected files
 * are never decoded.
 */
export function FileThumbnail({ file }: { readonly file: UploadFile<unknown> }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const kind = file.type.split('/')[0]
  const image = kind === 'image' && file.status !== 'rejected'
  const blob = file.data
  useEffect(() => {
    if (!image || typeof createImageBitmap === 'undefined') return
    let live = true
    queue = queue.then(() =>
      live
        ? createImageBitmap(blob, { resizeWidth: 96, resizeQuality: 'low' }).then((bitmap) => {
            const node = canvas.current
            if (live && node) {
              node.width = bitmap.width
              node.height = bitmap.height
              node.getContext('2d')?.drawImage(bitmap, 0, 0)
            }
            bitmap.close()
          }, () => undefined)
        : undefined,
    )
    return () => {
      live = false
    }
  }, [blob, image])
  return (
    <span data-mu-element="thumbnail" data-kind={kind} aria-hidden="true">
      {image ? <canvas ref={canvas} width={0} height={0} /> : null}
    </span>
  )
}
