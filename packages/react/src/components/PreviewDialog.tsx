import { useContext, useEffect, useId, useRef, useState } from 'react'
import type { UploadFile } from '@media-uploader/core'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'

/**
 * An image at full size in a modal `<dialog>`: the rest of the page is inert
 * (focus stays inside), Esc or the close button closes it, and the caller
 * returns focus to the thumbnail that opened it. The image is shown from an
 * object URL, revoked on close.
 */
export function PreviewDialog({ file, onClose }: { readonly file: UploadFile<unknown>; readonly onClose: () => void }) {
  const { m } = useContext(UploaderUiContext)
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [src, setSrc] = useState<string>()
  useEffect(() => {
    const url = URL.createObjectURL(file.data)
    setSrc(url)
    const node = dialog.current
    if (node && !node.open) node.showModal?.()
    return () => URL.revokeObjectURL(url)
  }, [file.data])
  return (
    <dialog data-mu-element="preview" ref={dialog} aria-labelledby={titleId} onClose={onClose} onClick={(event) => event.target === event.currentTarget && dialog.current?.close()}>
      <p id={titleId} data-mu-element="preview-title">
        {file.name}
      </p>
      {src ? <img src={src} alt={file.name} /> : null}
      <button type="button" data-mu-element="close-button" autoFocus onClick={() => dialog.current?.close()}>
        {m.close}
      </button>
    </dialog>
  )
}
