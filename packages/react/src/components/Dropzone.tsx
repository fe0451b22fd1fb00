import { useContext, useId, type ChangeEvent, type Ref } from 'react'
import { acceptedExtensions, formatBytes, providerRegistry } from '@media-uploader/core'
import { acceptedFormats } from '../_internal/acceptedFormats.ts'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useCoarsePointer } from '../_internal/useCoarsePointer.ts'
import { useDropzone } from '../useDropzone.ts'

interface DropzoneProps {
  readonly disabled: boolean | undefined
  readonly buttonRef: Ref<HTMLButtonElement>
}

/** Formats shown before "and N more". */
const SHOWN = 5

/**
 * The drop region: the prompt, the real "Choose files" button, the hidden
 * input, and the constraints hint the button is described by. The wording
 * follows what the provider and restrictions accept (images, videos or
 * both); on touch screens it says "Tap to choose", drops the drag-and-paste
 * prompt and adds a camera button.
 */
export function Dropzone({ disabled, buttonRef }: DropzoneProps) {
  const { controller, provider, restrictions, m, t, p, locale } = useContext(UploaderUiContext)
  const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(controller, { provider, restrictions, disabled })
  const touch = useCoarsePointer()
  const hintId = useId()
  const rules = providerRegistry[provider].rules
  const extensions = acceptedExtensions(rules, restrictions)
  const formats = acceptedFormats(extensions)
  const media = m.media[formats.video.length ? (formats.image.length ? 'both' : 'video') : 'image']
  const list = (types: readonly string[]) => {
    const shown = types.slice(0, SHOWN).join(m.separator)
    return types.length > SHOWN ? t(m.moreTypes, { types: shown, count: types.length - SHOWN }) : shown
  }
  const max = Math.min(...[rules.maxFileSize, restrictions?.maxFileSize].filter((n) => n !== undefined))
  const hint = [
    formats.image.length && t(m.acceptedImages, { types: list(formats.image) }),
    formats.video.length && t(m.acceptedVideos, { types: list(formats.video) }),
    formats.audio.length && t(m.acceptedAudio, { types: list(formats.audio) }),
    max < Infinity && t(m.maxFileSize, { size: formatBytes(max, locale) }),
    restrictions?.maxFiles && p(m.maxFiles, restrictions.maxFiles),
  ]
  const captured = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])]
    event.currentTarget.value = ''
    if (files.length) void controller.add(files)
  }
  return (
    <div {...getRootProps()} data-pointer={touch ? 'coarse' : 'fine'}>
      <input {...getInputProps()} />
      {touch ? null : <p data-mu-element="label">{isDragActive ? m.dropzoneActive : t(m.dropzone, { media })}</p>}
      <button {...getButtonProps({ ref: buttonRef, 'aria-describedby': hintId })}>{touch ? t(m.chooseTouch, { media }) : m.chooseFiles}</button>
      {touch ? (
        <label data-mu-element="camera-button">
          <input type="file" accept={[formats.image.length && 'image/*', formats.video.length && 'video/*'].filter(Boolean).join()} capture="environment" disabled={disabled} onChange={captured} />
          {m.camera}
        </label>
      ) : null}
      <p id={hintId} data-mu-element="hint">
        {hint.filter(Boolean).join(' · ')}
      </p>
    </div>
  )
}
