import {
  FileThumbnail,
  formatBytes,
  formatDuration,
  useDropzone,
  useFileSpeed,
  useUploader,
  useUploaderEvents,
  useUploadFile,
  useUploadFileIds,
  useUploadTotals,
  type Locale,
  type ProviderId,
  type UploadController,
} from '@media-uploader/react'
import './CustomUploaderExample.css'

/** Props of {@link CustomUploaderExample}. */
export interface CustomUploaderExampleProps {
  readonly provider: ProviderId
  readonly locale: Locale
  /** Called after each finished upload. */
  readonly onUploaded?: () => void
}

/** One row: subscribes to its own file only, so other files' progress doesn't re-render it. */
function Row({ uploader, id, locale }: { uploader: UploadController; id: string; locale: Locale }) {
  const file = useUploadFile(uploader, id)
  const { speed, timeLeft } = useFileSpeed(file)
  if (!file) return null
  const { name, status, error } = file
  const button = (label: string, run: () => void) => (
    <button type="button" aria-label={`${label} ${name}`} onClick={run}>
      {label}
    </button>
  )
  return (
    <li className="custom-row" data-status={status}>
      <FileThumbnail file={file} size={48} />
      <span className="custom-name" title={name}>
        {name}
      </span>
      <span>{formatBytes(file.size, locale)}</span>
      <progress max={1} value={file.progress} aria-label={name} />
      <span>
        {status}
        {speed ? ` · ${formatBytes(Math.round(speed), locale)}/s` : ''}
        {timeLeft ? ` · ${formatDuration(timeLeft, locale)}` : ''}
      </span>
      {status === 'uploading' ? button('Pause', () => uploader.pause(id)) : null}
      {status === 'paused' ? button('Resume', () => uploader.resume(id)) : null}
      {(status === 'error' && error?.retryable) || status === 'canceled' ? button('Retry', () => uploader.retry(id)) : null}
      {status === 'done' || status === 'error' || status === 'rejected' ? button('Remove', () => uploader.remove(id)) : null}
      {error ? <p className="custom-error">{error.localized(locale)}</p> : null}
    </li>
  )
}

/**
 * A custom upload UI built only from the headless hooks (the README's
 * example): a drop region with a real button, a list whose rows subscribe to
 * one file each, a byte-weighted total with speed and time left, and batch actions.
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
  // The provider and restrictions come from the uploader.
  const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(uploader)

  return (
    <div className="custom-uploader">
      <div {...getRootProps({ className: isDragActive ? 'custom-drop custom-drop-active' : 'custom-drop' })}>
        <input {...getInputProps()} />
        <span>Drop, paste or </span>
        <button {...getButtonProps()}>browse</button>
      </div>
      <p>
        <progress max={1} value={totals.progress} aria-label="All files" /> {formatBytes(totals.bytesUploaded, locale)} /{' '}
        {formatBytes(totals.bytesTotal, locale)} · {formatBytes(Math.round(totals.speed), locale)}/s
        {totals.timeLeft ? ` · ${formatDuration(totals.timeLeft, locale)} left` : ''} · {totals.count.done} done · {totals.count.error} failed
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
