import { lazy, memo, Suspense, useContext, useId, type MouseEvent } from 'react'
import { formatBytes, formatDuration, type UploadFile } from '@media-uploader/core'
import { keepsBytesOnPause } from '../_internal/keepsBytesOnPause.ts'
import { isFinishing } from '../_internal/isFinishing.ts'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useFileSpeed } from '../useFileSpeed.ts'
import { useUploadFile } from '../useUploadFile.ts'
import { FileName } from './FileName.tsx'
import { FileThumbnail } from './FileThumbnail.tsx'
import { CopyButton } from './CopyButton.tsx'
import { ProgressBar } from './ProgressBar.tsx'

type Action = 'pause' | 'resume' | 'cancel' | 'retry' | 'remove'
/** Loaded with the first failure: a page whose uploads succeed never downloads it. */
const ErrorDetails = lazy(() => import('./ErrorDetails.tsx').then((m) => ({ default: m.ErrorDetails })))

/**
 * One file: preview (a button for images), name (cut in the middle), size,
 * status with speed and time left, progress, the uploaded link with a copy
 * button, the error with its details, and the actions its status allows,
 * each named with the file name ("Retry photo.jpg"). Subscribes to its own
 * file only and is memoized, so other files' progress does not re-render it.
 */
export const FileRow = memo(function FileRow({ id, position, count }: { readonly id: string; readonly position: number; readonly count: number }) {
  const { controller, provider, m, t, locale, view, focusPicker, errorText, preview } = useContext(UploaderUiContext)
  const file = useUploadFile(controller, id)
  const { speed, timeLeft } = useFileSpeed(file)
  const nameId = useId()
  if (!file) return null
  const { name, status, error } = file
  const percent = Math.round(file.progress * 100)
  const finishing = isFinishing(file)
  const restarts = !keepsBytesOnPause(file, provider)
  const result = (file.result ?? {}) as Readonly<Record<string, unknown>>
  const pick = (...keys: string[]) => keys.map((k) => result[k]).find((v): v is string => typeof v === 'string' && v !== '')
  const url = pick('url', 'imageUrl', 'fileUrl')
  const link = url && /^https?:\/\//.test(url) ? url : undefined
  const ref = link ?? pick('uri', 'key', 'path', 'imageId', 'videoId', 'id')
  const statusText = finishing
    ? m.finishing
    : status === 'paused' && restarts
      ? m.pausedRestart
      : [
          t(m.status[status], { percent }),
          status === 'uploading' && file.resumedFrom !== undefined && t(m.resumedFrom, { percent: Math.round(file.resumedFrom * 100) }),
          speed > 0 && t(m.speed, { size: formatBytes(Math.round(speed), locale) }),
          timeLeft !== undefined && timeLeft >= 1 && t(m.timeLeft, { time: formatDuration(timeLeft, locale) }),
        ]
          .filter(Boolean)
          .join(' · ')

  const remove = (event: MouseEvent<HTMLButtonElement>) => {
    // Focus goes to the next row's first button, or the previous row's, or the picker.
    const row = event.currentTarget.closest('li')
    const next = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector('button')
    controller.remove(id)
    if (next) next.focus()
    else focusPicker()
  }
  const action = (kind: Action, when: boolean, label = m[kind]) =>
    when ? (
      <button type="button" data-mu-element={`${kind}-button`} aria-label={`${label} ${name}`} onClick={kind === 'remove' ? remove : () => controller[kind](id)}>
        {label}
      </button>
    ) : null
  const thumbnail = <FileThumbnail file={file} size={view === 'grid' ? 240 : 96} />

  return (
    <li data-mu-element="file" data-status={status} data-finishing={finishing || undefined} aria-posinset={position} aria-setsize={count}>
      {file.type.startsWith('image/') ? (
        <button type="button" data-mu-element="preview-button" aria-label={`${m.preview} ${name}`} onClick={(event) => preview(file, event.currentTarget)}>
          {thumbnail}
        </button>
      ) : (
        thumbnail
      )}
      <FileName name={name} id={nameId} />
      <span data-mu-element="file-size">{formatBytes(file.size, locale)}</span>
      <span data-mu-element="file-status">{statusText}</span>
      {/^(queued|signing|uploading|paused|done)$/.test(status) ? (
        <ProgressBar element="progress" value={file.progress} valueText={t(m.fileProgress, { percent, file: name })} labelledBy={nameId} />
      ) : null}
      {status === 'done' && ref ? (
        <span data-mu-element="file-result">
          {link ? (
            <a href={link} target="_blank" rel="noreferrer" aria-label={`${m.openLink} ${name}`}>
              {m.openLink}
            </a>
          ) : null}
          <CopyButton text={ref} label={link ? m.copyLink : m.copyId} file={name} />
        </span>
      ) : null}
      {error && status === 'error' ? (
        <div data-mu-element="file-error">
          <p>{errorText(error)}</p>
          <Suspense>
            <ErrorDetails error={error} />
          </Suspense>
        </div>
      ) : null}
      <span data-mu-element="file-actions">
        {action('pause', (status === 'signing' || status === 'uploading') && !finishing, restarts ? m.stop : m.pause)}
        {action('resume', status === 'paused', restarts ? m.restart : m.resume)}
        {action('cancel', /^(queued|signing|uploading|paused)$/.test(status))}
        {action('retry', (status === 'error' && !!error?.retryable) || status === 'canceled')}
        {action('remove', /^(done|error|rejected|canceled)$/.test(status))}
      </span>
    </li>
  )
})
