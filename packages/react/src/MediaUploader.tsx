'use client'
import { lazy, Suspense, useMemo, useRef, useState, type ReactElement } from 'react'
import { formatMessage, type ProviderId, type ProviderResult, type UploadController, type UploadFile } from '@media-uploader/core'
import { attachErrorMessages } from './_internal/attachErrorMessages.ts'
import { mergeMessages } from './_internal/mergeMessages.ts'
import { UploaderUiContext, type UploaderUi } from './_internal/UploaderUi.ts'
import { useResolvedLocale } from './_internal/useResolvedLocale.ts'
import { Dropzone } from './components/Dropzone.tsx'
import { FilePanel } from './components/FilePanel.tsx'
import { LiveRegion } from './components/LiveRegion.tsx'
import type { ListView } from './ListView.ts'
import type { MediaUploaderProps } from './MediaUploaderProps.ts'
import type { MessageOverrides } from './messages/UploaderMessages.ts'
import { messages } from './messages/messages.ts'
import { useUploader } from './useUploader.ts'
import { useUploaderEvents } from './useUploaderEvents.ts'
import { useUploaderState } from './useUploaderState.ts'

/** Loaded with the first file that is not added. */
const RejectionNotices = lazy(() => import('./components/RejectionNotices.tsx').then((m) => ({ default: m.RejectionNotices })))
/** Loaded when an image is first opened. */
const PreviewDialog = lazy(() => import('./components/PreviewDialog.tsx').then((m) => ({ default: m.PreviewDialog })))

type ViewProps<Id extends ProviderId> = MediaUploaderProps<Id> & { readonly controller: UploadController<ProviderResult<Id>> }

function View<Id extends ProviderId>(props: ViewProps<Id>): ReactElement {
  const { controller, provider, restrictions, autoStart = true, unstyled, className } = props
  const locale = useResolvedLocale(props.locale)
  // Keyed on the serialized overrides: an inline `messages={{…}}` doesn't re-render every row.
  const overrides = JSON.stringify(props.messages ?? {})
  const button = useRef<HTMLButtonElement>(null)
  const [view, setView] = useState<ListView>(props.view ?? 'list')
  const [preview, setPreview] = useState<readonly [UploadFile<unknown>, HTMLElement]>()
  const rejections = useUploaderState(controller, (s) => s.totals.count.rejected > 0)
  const status = useUploaderState(controller, (s) => s.status)
  const ui = useMemo<UploaderUi>(() => {
    const t = (template: string, params = {}) => formatMessage(template, params, locale)
    const errors = (JSON.parse(overrides) as MessageOverrides).errors
    const m = mergeMessages(messages[locale], JSON.parse(overrides))
    return {
      controller,
      provider,
      restrictions,
      m,
      locale,
      autoStart,
      view,
      setView,
      t,
      p: (message, count) =>
        t(typeof message === 'string' ? message : new Intl.PluralRules(locale).select(count) === 'one' ? message.one : message.other, { count }),
      errorText: (error) => attachErrorMessages(error, locale, errors).localized(locale),
      focusPicker: () => button.current?.focus(),
      preview: (file, trigger) => setPreview([file, trigger]),
    }
    // `restrictions` is read for the hint; an inline object must not re-render every row.
  }, [controller, provider, JSON.stringify(restrictions), locale, overrides, autoStart, view])
  // The app's callbacks get errors whose `localized()` returns what the widget shows (overrides included).
  useUploaderEvents(controller, {
    onUploadSuccess: props.onUploadSuccess,
    onComplete: props.onComplete,
    onUploadError: (file, error) => (ui.errorText(error), props.onUploadError?.(file, error)),
    onFileRejected: (file, error) => (ui.errorText(error), props.onFileRejected?.(file, error)),
  })

  return (
    <UploaderUiContext.Provider value={ui}>
      <div
        data-mu-element="root"
        data-state={status}
        data-theme={props.theme}
        lang={locale}
        className={[!unstyled && 'mu-root', className].filter(Boolean).join(' ') || undefined}
      >
        <Dropzone disabled={props.disabled} buttonRef={button} />
        {rejections ? (
          <Suspense>
            <RejectionNotices />
          </Suspense>
        ) : null}
        <FilePanel height={props.listHeight} />
        {preview ? (
          <Suspense>
            <PreviewDialog file={preview[0]} onClose={() => (setPreview(undefined), preview[1].focus())} />
          </Suspense>
        ) : null}
        <LiveRegion />
      </div>
    </UploaderUiContext.Provider>
  )
}

function OwnedUploader<Id extends ProviderId>(props: MediaUploaderProps<Id>): ReactElement {
  const { provider, endpoint, providerOptions, restrictions, onBeforeUpload, autoStart } = props
  return <View {...props} controller={useUploader<Id>({ provider, endpoint, providerOptions, restrictions, onBeforeUpload, autoStart })} />
}

/**
 * The upload widget: a drop region (drop files or folders, paste, or a real
 * "Choose files" button), notices for files that were not added, a
 * fixed-height virtualised file panel (list, compact or grid) with previews,
 * per-file progress, speed, time left and actions, a pinned status bar with
 * the total, speed, time left and batch actions, and one polite live region. Works with just a
 * provider (the sign endpoint defaults to `/api/media-uploader/{provider}`).
 * Import `@media-uploader/react/styles.css` for the default look.
 *
 * Without `controller`, it creates one with {@link useUploader} (once per
 * mount, SSR-safe, destroyed on real unmount; option props are read once).
 *
 * @example
 * ```tsx
 * import { MediaUploader } from '@media-uploader/react'
 * import '@media-uploader/react/styles.css'
 *
 * <MediaUploader provider="presign" onUploadSuccess={(file, result) => console.log(result.url)} />
 * ```
 */
export function MediaUploader<Id extends ProviderId>(props: MediaUploaderProps<Id>): ReactElement {
  return props.controller ? <View {...props} controller={props.controller} /> : <OwnedUploader {...props} />
}
