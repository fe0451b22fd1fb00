import { useContext, useRef } from 'react'
import { formatBytes, formatDuration } from '@media-uploader/core'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useUploadTotals } from '../useUploadTotals.ts'
import { ProgressBar } from './ProgressBar.tsx'

/**
 * Byte-weighted total bar with sizes and the estimated time left, counts,
 * and the batch actions (start, pause/resume/retry/cancel all, clear
 * finished). Subscribes to the totals only.
 */
export function TotalProgress() {
  const { controller, m, t, p, locale, autoStart } = useContext(UploaderUiContext)
  const { count: n, bytesUploaded, bytesTotal, progress } = useUploadTotals(controller)
  // Speed since bytes started moving, for the time left; reset whenever nothing is in flight.
  const since = useRef<readonly [number, number] | undefined>(undefined)
  const now = Date.now()
  since.current = n.signing + n.uploading ? (since.current ?? [now, bytesUploaded]) : undefined
  const [t0, b0] = since.current ?? [now, 0]
  const left = now - t0 > 2000 && bytesUploaded > b0 ? ((bytesTotal - bytesUploaded) * (now - t0)) / (bytesUploaded - b0) / 1000 : 0
  const active = n.queued + n.signing + n.uploading
  const counted = bytesTotal ? active + n.paused + n.done + n.error : 0
  const text = t(m.totalProgress, { percent: Math.round(progress * 100), uploaded: formatBytes(bytesUploaded, locale), total: formatBytes(bytesTotal, locale) })

  const action = (element: string, label: string, run: () => void, when: unknown) =>
    when ? (
      <button type="button" data-mu-element={element} onClick={run}>
        {label}
      </button>
    ) : null

  if (!counted && !n.rejected && !n.canceled) return null
  return (
    <div data-mu-element="total">
      {counted ? (
        <>
          <ProgressBar element="total-progress" value={progress} valueText={text} label={m.totalLabel} />
          <p data-mu-element="total-text">
            <span>{left ? `${text} · ${t(m.timeLeft, { time: formatDuration(left, locale) })}` : text}</span>
            <span data-mu-element="total-counts">{t(m.totalCounts, { done: n.done, count: counted })}</span>
            {n.error ? <span data-mu-element="total-failed">{p(m.totalFailed, n.error)}</span> : null}
          </p>
        </>
      ) : null}
      <div data-mu-element="total-actions">
        {action('start-button', p(m.startUpload, n.queued), () => controller.start(), !autoStart && n.queued)}
        {action('pause-all-button', m.pauseAll, () => controller.pause(), n.signing + n.uploading)}
        {action('resume-all-button', m.resumeAll, () => controller.resume(), n.paused)}
        {action('retry-all-button', m.retryAll, () => controller.retry(), n.error)}
        {action('cancel-all-button', m.cancelAll, () => controller.cancel(), active + n.paused)}
        {action('clear-button', m.clearFinished, () => controller.clearFinished(), n.done + n.rejected + n.canceled)}
      </div>
    </div>
  )
}
