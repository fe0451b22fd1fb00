'use client'
import { useMemo, useRef, type ReactElement } from 'react'
import { formatMessage, type ProviderId, type ProviderResult, type UploadController } from '@media-uploader/core'
import { mergeMessages } from './_internal/mergeMessages.ts'
import { UploaderUiContext, type UploaderUi } from './_internal/UploaderUi.ts'
import { useResolvedLocale } from './_internal/useResolvedLocale.ts'
import { Dropzone } from './components/Dropzone.tsx'
import { FileList } from './components/FileList.tsx'
import { LiveRegion } from './components/LiveRegion.tsx'
import { TotalProgress } from './components/TotalProgress.tsx'
import type { MediaUploaderProps } from './MediaUploaderProps.ts'
import { messages } from './messages/messages.ts'
import { useUploader } from './useUploader.ts'
import { useUploaderEvents } from './useUploaderEvents.ts'
import { useUploaderState } from './useUploaderState.ts'

type ViewProps<Id extends ProviderId> = MediaUploaderProps<Id> & { readonly controller: UploadController<ProviderResult<Id>> }

function View<Id extends ProviderId>(props: ViewProps<Id>): ReactElement {
  const { controller, autoStart = true, unstyled, className } = props
  const locale = useResolvedLocale(props.locale)
  // Keyed on the serialized overrides: an inline `messages={{…}}` doesn't re-render every row.
  const overrides = JSON.stringify(props.messages ?? {})
  const button = useRef<HTMLButtonElement>(null)
  const ui = useMemo<UploaderUi>(() => {
    const t = (template: string, params = {}) => formatMessage(template, params, locale)
    return {
      controller,
      m: mergeMessages(messages[locale], JSON.parse(overrides)),
      locale,
      autoStart,
      t,
      p: (message, count) =>
        t(typeof message === 'string' ? message : new Intl.PluralRules(locale).select(count) === 'one' ? message.one : message.other, { count }),
      focusPicker: () => button.current?.focus(),
    }
  }, [controller, locale, overrides, autoStart])
  useUploaderEvents(controller, props)

  return (
    <UploaderUiContext.Provider value={ui}>
      <div
        data-mu-element="root"
        data-state={useUploaderState(controller, (s) => s.status)}
        data-theme={props.theme}
        lang={locale}
        className={[!unstyled && 'mu-root', className].filter(Boolean).join(' ') || undefined}
      >
        <Dropzone provider={props.provider} restrictions={props.restrictions} disabled={props.disabled} buttonRef={button} />
        <TotalProgress />
        <FileList />
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
 * "Choose files" button), a file list with thumbnails and per-file
 * progress/pause/resume/cancel/retry/remove, a byte-weighted total with the
 * time left and batch actions, and one polite live region. Works with just a
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
