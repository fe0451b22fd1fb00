import { useContext } from 'react'
import { formatBytes, formatDuration } from '@media-uploader/core'
import { isFinishing } from '../_internal/isFinishing.ts'
import { keepsBytesOnPause } from '../_internal/keepsBytesOnPause.ts'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useUploaderState } from '../useUploaderState.ts'
import { useUploadTotals } from '../useUploadTotals.ts'
import { ProgressBar } from './ProgressBar.tsx'

/**
 * The status bar pinned under the file panel: while files move, the
 * byte-weighted total with sizes, speed and time left; once they settle, the
 * completion summary ("12 uploaded, 1 failed"); and the batch actions that
 * apply right now (start, pause/resume/cancel all, retry the files that can
 * be retried, clear the uploaded ones — each saying how many).
 */
export function StatusBar() {
  const { controller, provider, m, t, p, locale, autoStart } = useContext(UploaderUiContext)
  const { count: n, bytesUploaded, bytesTotal, progress, speed, timeLeft } = useUploadTotals(controller)
  const retryable = useUploaderState(controller, ({ files }) => {
    let count = 0
    for (const f of files) if (f.status === 'canceled' || (f.status === 'error' && f.error?.retryable)) count++
    return count
  })
  // "Stop all" / "Restart all" when none of the files would keep its bytes (single-request uploads start over).
  const pausable = useUploaderState(controller, ({ files }) => {
    let count = 0
    let keeping = false
    for (const f of files) {
      if ((f.status !== 'signing' && f.status !== 'uploading') || isFinishing(f)) continue
      count++
      keeping ||= keepsBytesOnPause(f, provider)
    }
    return count ? (keeping ? 'pause' : 'stop') : undefined
  })
  const resumable = useUploaderState(controller, ({ files }) => {
    let keeping = false
    for (const f of files) if (f.status === 'paused') keeping ||= keepsBytesOnPause(f, provider)
    return keeping
  })
  const active = n.queued + n.signing + n.uploading
  const counted = active + n.paused + n.done + n.error
  const text = t(m.totalProgress, { percent: Math.round(progress * 100), uploaded: formatBytes(bytesUploaded, locale), total: formatBytes(bytesTotal, locale) })
  const moving = [
    text,
    speed > 0 && t(m.speed, { size: formatBytes(Math.round(speed), locale) }),
    timeLeft !== undefined && timeLeft >= 1 && t(m.timeLeft, { time: formatDuration(timeLeft, locale) }),
  ]

  const action = (element: string, label: string, run: () => void, when: unknown) =>
    when ? (
      <button type="button" data-mu-element={element} onClick={run}>
        {label}
      </button>
    ) : null
  const clear = () => {
    for (const f of controller.getSnapshot().files) if (f.status === 'done') controller.remove(f.id)
  }

  if (!counted && !n.canceled) return null
  return (
    <div data-mu-element="total" data-settled={active + n.paused ? undefined : ''}>
      {active + n.paused ? (
        <>
          <ProgressBar element="total-progress" value={progress} valueText={text} label={m.totalLabel} />
          <p data-mu-element="total-text">
            <span>{moving.filter(Boolean).join(' · ')}</span>
            <span data-mu-element="total-counts">{t(m.totalCounts, { done: n.done, count: counted })}</span>
            {n.error ? <span data-mu-element="total-failed">{p(m.totalFailed, n.error)}</span> : null}
          </p>
        </>
      ) : n.done + n.error ? (
        <p data-mu-element="summary" data-failed={n.error ? '' : undefined}>
          {n.error ? t(m.summaryWithErrors, { done: n.done, failed: n.error }) : p(m.summary, n.done)}
        </p>
      ) : null}
      <div data-mu-element="total-actions">
        {action('start-button', p(m.startUpload, n.queued), () => controller.start(), !autoStart && n.queued)}
        {action('pause-all-button', pausable === 'stop' ? m.stopAll : m.pauseAll, () => controller.pause(), pausable)}
        {action('resume-all-button', resumable ? m.resumeAll : m.restartAll, () => controller.resume(), n.paused)}
        {action('retry-all-button', p(m.retryAll, retryable), () => retryAll(controller), retryable)}
        {action('cancel-all-button', m.cancelAll, () => controller.cancel(), active + n.paused)}
        {action('clear-button', p(m.clearFinished, n.done), clear, n.done)}
      </div>
    </div>
  )
}

/** Retries every retryable failure and every canceled file (the controller's `retry()` leaves canceled files alone). */
function retryAll(controller: { retry(id?: string): void; getSnapshot(): { files: readonly { id: string; status: string }[] } }): void {
  controller.retry()
  for (const f of controller.getSnapshot().files) if (f.status === 'canceled') controller.retry(f.id)
}
