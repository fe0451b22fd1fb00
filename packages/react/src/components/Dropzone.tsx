import { useContext, useId, type Ref } from 'react'
import { acceptedExtensions, formatBytes, providerRegistry, type ProviderId, type Restrictions } from '@media-uploader/core'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useDropzone } from '../useDropzone.ts'

interface DropzoneProps {
  readonly provider: ProviderId
  readonly restrictions: Restrictions | undefined
  readonly disabled: boolean | undefined
  readonly buttonRef: Ref<HTMLButtonElement>
}

/** The drop region: label, the real "Choose files" button, the hidden input, and the constraints hint the button is described by. */
export function Dropzone({ provider, restrictions, disabled, buttonRef }: DropzoneProps) {
  const { controller, m, t, p, locale } = useContext(UploaderUiContext)
  const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(controller, { provider, restrictions, disabled })
  const hintId = useId()
  const rules = providerRegistry[provider].rules
  const max = Math.min(...[rules.maxFileSize, restrictions?.maxFileSize].filter((n) => n !== undefined))
  const hint = [
    t(m.acceptedTypes, { types: acceptedExtensions(rules, restrictions).join(', ').toUpperCase() }),
    max < Infinity && t(m.maxFileSize, { size: formatBytes(max, locale) }),
    restrictions?.maxFiles && p(m.maxFiles, restrictions.maxFiles),
  ]
  return (
    <div {...getRootProps()}>
      <input {...getInputProps()} />
      <p data-mu-element="label">{isDragActive ? m.dropzoneActive : m.dropzone}</p>
      <button {...getButtonProps({ ref: buttonRef, 'aria-describedby': hintId })}>{m.chooseFiles}</button>
      <p id={hintId} data-mu-element="hint">
        {hint.filter(Boolean).join(' · ')}
      </p>
    </div>
  )
}
