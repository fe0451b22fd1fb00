import { memo, useContext, useId, type MouseEvent } from 'react'
import { formatBytes } from '@media-uploader/core'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useUploadFile } from '../useUploadFile.ts'
import { FileThumbnail } from './FileThumbnail.tsx'
import { ProgressBar } from './ProgressBar.tsx'

type Action = 'pause' | 'resume' | 'cancel' | 'retry' | 'remove'

/**
 * One file: thumbnail, name, size, status, progress, error, and the actions
 * its status allows, each named with the file name ("Retry photo.jpg").
 * Subscribes to its own file only and is memoized, so other files' progress
 * does not re-render it.
 */
export const FileRow = memo(function FileRow({ id }: { readonly id: string }) {
  const { controller, m, t, locale, focusPicker } = useContext(UploaderUiContext)
  const file = useUploadFile(controller, id)
  const nameId = useId()
  if (!file) return null
  const { name, status, error } = file
  const percent = Math.round(file.progress * 100)
  const result = (file.result ?? {}) as Readonly<Record<string, unknown>>
  const pick = (...keys: string[]) => keys.map((k) => result[k]).find((v): v is string => typeof v === 'string' && v !== '')
  const label = pick('key', 'path', 'uri', 'imageId', 'videoId', 'id')
  const href = pick('url', 'imageUrl', 'fileUrl')

  const remove = (event: MouseEvent<HTMLButtonElement>) => {
    // Focus goes to the next row's first button, or the previous row's, or the picker.
    const row = event.currentTarget.closest('li')
    const next = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector('button')
    controller.remove(id)
    if (next) next.focus()
    else focusPicker()
  }
  const action = (kind: Action, when: boolean) =>
    when ? (
      <button type="button" data-mu-element={`${kind}-button`} aria-label={`${m[kind]} ${name}`} onClick={kind === 'remove' ? remove : () => controller[kind](id)}>
        {m[kind]}
      </button>
    ) : null

  return (
    <li data-mu-element="file" data-status={status}>
      <FileThumbnail file={file} />
      <span id={nameId} data-mu-element="file-name" title={name}>
        {name}
      </span>
      <span data-mu-element="file-size">{formatBytes(file.size, locale)}</span>
      <span data-mu-element="file-status">{t(m.status[status], { percent })}</span>
      {status === 'rejected' || status === 'canceled' ? null : (
        <ProgressBar element="progress" value={file.progress} valueText={t(m.fileProgress, { percent, file: name })} labelledBy={nameId} />
      )}
      {status === 'done' && label ? (
        href && /^https?:\/\//.test(href) ? (
          <a data-mu-element="file-result" href={href} target="_blank" rel="noreferrer">
            {label}
          </a>
        ) : (
          <span data-mu-element="file-result">{label}</span>
        )
      ) : null}
      {error ? <p data-mu-element="file-error">{t(m.errors[error.code], error.params)}</p> : null}
      <span data-mu-element="file-actions">
        {action('pause', status === 'signing' || status === 'uploading')}
        {action('resume', status === 'paused')}
        {action('cancel', /^(queued|signing|uploading|paused)$/.test(status))}
        {action('retry', !!error?.retryable && status === 'error')}
        {action('remove', /^(done|error|rejected|canceled)$/.test(status))}
      </span>
    </li>
  )
})
