import { useContext, useState } from 'react'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'

/** Copies `text` to the clipboard; says "Copied" for a moment. Named "{label} {file}". */
export function CopyButton({ text, label, file }: { readonly text: string; readonly label: string; readonly file: string }) {
  const { m } = useContext(UploaderUiContext)
  const [copied, setCopied] = useState(false)
  const copy = () =>
    void navigator.clipboard?.writeText(text).then(() => {
      setCopied(true)
      setTimeout(() => setCopied(false), 1500)
    })
  return (
    <button type="button" data-mu-element="copy-button" aria-label={`${label} ${file}`} onClick={copy}>
      {copied ? m.copied : label}
    </button>
  )
}
