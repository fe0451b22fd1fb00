import type { ProviderId } from '@media-uploader/core'
import {
  formatBytes,
  useDropzone,
  useUploader,
  useUploaderEvents,
  useUploaderState,
  useUploadFile,
  useUploadFileIds,
  useUploadTotals,
  type Locale,
  type UploadController,
} from '@media-uploader/react'
import './CustomUploaderExample.css'

/** Props of {@link CustomUploaderExample}. */
export interface CustomUploaderExampleProps {
  readonly provider: ProviderId
  readonly locale: Locale
  /** Called after each finished upload (the demo refreshes its object list). */
  readonly onUploaded?: () => void
}

/** One row: subscribes to its own file only, so other files' progress doesn't re-render it. */
function Row({ uploader, id, locale }: { uploader: UploadController; id: string; locale: Locale }) {
  const file = useUploadFile(uploader, id)
  if (!file) return null
  const { name, status } = file
  const button = (label: string, run: () => void) => (
    <button type="button" aria-label={`${label} ${name}`} onClick={run}>
      {label}
    </button>
  )
  return (
    <li className="custom-row" data-status={status}>
      <span className="custom-name">{name}</span>
      <span>{formatBytes(file.size, locale)}</span>
      <progress max={1} value={file.progress} aria-label={name} />
      <span>{status}</span>
      {status === 'uploading' ? button('Pause', () => uploader.pause(id)) : null}
      {status === 'paused' ? button('Resume', () => uploader.resume(id)) : null}
      {status === 'error' && file.error?.retryable ? button('Retry', () => uploader.retry(id)) : null}
      {status === 'done' || status === 'error' || status === 'rejected' ? button('Remove', () => uploader.remove(id)) : null}
      {file.error ? <p className="custom-error">{file.error.localized(locale)}</p> : null}
    </li>
  )
}

/**
 * A custom upload UI built only from the headless hooks (the README's
 * example): a drop region with a real button, a list whose rows subscribe to
 * one file each, a byte-weighted total, and batch actions.
 *
 * @example
 * ```tsx
 * <CustomUploaderExample provider="presign" locale="en" />
 * ```
 */
export function CustomUploaderExample({ provider, locale, onUploaded }: CustomUploaderExampleProps) {
  const uploader = useUploader({ provider, restrictions: { maxFiles: 50 } })
  useUploaderEvents(uploader, { onUploadSuccess: () => onUploaded?.() })
  const ids = useUploadFileIds(uploader)
  const totals = useUploadTotals(uploader)
  const status = useUploaderState(uploader, (snapshot) => snapshot.status)
  const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(uploader, { provider })

  return (
    <div className="custom-uploader" data-state={status}>
      <div {...getRootProps({ className: isDragActive ? 'custom-drop custom-drop-active' : 'custom-drop' })}>
        <input {...getInputProps()} />
        <span>Drop, paste or </span>
        <button {...getButtonProps()}>browse</button>
      </div>
      <p>
        <progress max={1} value={totals.progress} aria-label="All files" /> {formatBytes(totals.bytesUploaded, locale)} /{' '}
        {formatBytes(totals.bytesTotal, locale)} · {totals.count.done} done · {totals.count.error} failed
      </p>
      <p className="custom-actions">
        <button type="button" onClick={() => uploader.pause()}>
          Pause all
        </button>
        <button type="button" onClick={() => uploader.resume()}>
          Resume all
        </button>
        <button type="button" onClick={() => uploader.retry()}>
          Retry failed
        </button>
        <button type="button" onClick={() => uploader.clearFinished()}>
          Clear finished
        </button>
      </p>
      <ul className="custom-list" aria-label="Files">
        {ids.slice(0, 100).map((id) => (
          <Row key={id} uploader={uploader} id={id} locale={locale} />
        ))}
      </ul>
    </div>
  )
}
