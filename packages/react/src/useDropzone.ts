'use client'
import {
  useEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type ClipboardEvent,
  type DragEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type MouseEvent,
  type Ref,
} from 'react'
import { acceptedExtensions, providerRegistry, type ProviderId, type Restrictions, type UploadController } from '@media-uploader/core'
import { composeHandlers } from './_internal/composeHandlers.ts'
import { setupOf } from './_internal/uploaderSetup.ts'
import { droppedFiles } from './_internal/droppedFiles.ts'

/**
 * Options of {@link useDropzone}.
 *
 * @example
 * ```ts
 * const options: UseDropzoneOptions = { provider: 'presign', restrictions: { accept: ['image/*'], maxFiles: 1 }, noPaste: true }
 * ```
 */
export interface UseDropzoneOptions {
  /** Builds the input's `accept` from this provider's extensions (narrowed by `restrictions.accept`). @default the provider the controller was created with (by `useUploader`) */
  readonly provider?: ProviderId
  /** `accept` narrows the picker; `maxFiles: 1` turns off `multiple`. @default the controller's (from `useUploader`) */
  readonly restrictions?: Restrictions
  /** The input's `accept` attribute, replacing the computed one. */
  readonly accept?: string
  /** @default restrictions.maxFiles !== 1 */
  readonly multiple?: boolean
  /** Ignores drops, pastes and clicks, and disables the button. @default false */
  readonly disabled?: boolean
  /** Clicking the drop region itself (outside the button) does not open the picker. @default false */
  readonly noClick?: boolean
  /** Ignores drag and drop. @default false */
  readonly noDrag?: boolean
  /** Ignores files pasted (Ctrl/⌘+V) while focus is inside the region. @default false */
  readonly noPaste?: boolean
  /** Stops the browser from opening a file dropped anywhere else on the page. @default true */
  readonly preventDropOnDocument?: boolean
}

/** `data-state` of the drop region and the button. */
export type DropzoneState = 'idle' | 'drag-over' | 'disabled'

interface DataHooks {
  readonly 'data-mu-element': string
  readonly 'data-state'?: DropzoneState
}

/** Props for the drop region (any element but a `<label>`). */
export type DropzoneRootProps = HTMLAttributes<HTMLElement> & DataHooks
/** Props for the hidden `<input type="file">`. */
export type DropzoneInputProps = InputHTMLAttributes<HTMLInputElement> & DataHooks & { ref: Ref<HTMLInputElement> }
/** Props for the `<button>` that opens the picker. */
export type DropzoneButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & DataHooks

/**
 * What {@link useDropzone} returns.
 *
 * @example
 * ```tsx
 * const { getRootProps, getInputProps, getButtonProps, isDragActive }: UseDropzoneResult = useDropzone(uploader)
 * ```
 */
export interface UseDropzoneResult {
  /** Spread on the drop region. Your handlers run first; `preventDefault()`/`stopPropagation()` skips the built-in one. */
  getRootProps<E extends HTMLAttributes<HTMLElement>>(extra?: E): E & DropzoneRootProps
  /** Spread on `<input>`: `type="file"`, `accept`, `multiple`, `hidden`, out of the tab order. */
  getInputProps<E extends InputHTMLAttributes<HTMLInputElement>>(extra?: E): E & DropzoneInputProps
  /** Spread on a real `<button>`: opens the picker on click, so Enter and Space work natively. */
  getButtonProps<E extends ButtonHTMLAttributes<HTMLButtonElement>>(extra?: E): E & DropzoneButtonProps
  /** Opens the file picker. */
  open(): void
  readonly isDragActive: boolean
  readonly state: DropzoneState
  /** The computed `accept` attribute. */
  readonly accept: string | undefined
}

const hasFiles = (event: { dataTransfer: DataTransfer | null }) => !!event.dataTransfer?.types.includes('Files')

/**
 * Drag & drop (folders included, read recursively), paste, click and keyboard
 * file selection wired to a controller, as prop getters (react-dropzone's
 * pattern). Files go to `controller.add`. The region gets no role or tab
 * stop: the keyboard path is the real `<button>` from `getButtonProps`, and a
 * paste works while focus is inside the region (on that button, say).
 *
 * @example
 * ```tsx
 * function Picker({ uploader }: { uploader: UploadController }) {
 *   const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(uploader)
 *   return (
 *     <div {...getRootProps({ className: isDragActive ? 'active' : undefined })}>
 *       <input {...getInputProps()} />
 *       <button {...getButtonProps()}>Choose files</button>
 *     </div>
 *   )
 * }
 * ```
 */
export function useDropzone(controller: UploadController<unknown>, options: UseDropzoneOptions = {}): UseDropzoneResult {
  const setup = setupOf(controller)
  const { provider = setup.provider, restrictions = setup.restrictions, disabled = false, noClick, noDrag, noPaste, preventDropOnDocument = true } = options
  const accept =
    options.accept ?? (provider ? acceptedExtensions(providerRegistry[provider].rules, restrictions).map((ext) => `.${ext}`) : restrictions?.accept)?.join()
  const [isDragActive, setDragActive] = useState(false)
  const depth = useRef(0)
  const input = useRef<HTMLInputElement>(null)
  const state: DropzoneState = disabled ? 'disabled' : isDragActive ? 'drag-over' : 'idle'
  const dropOff = disabled || noDrag

  useEffect(() => {
    if (!preventDropOnDocument) return
    const stop = (event: globalThis.DragEvent) => hasFiles(event) && event.preventDefault()
    document.addEventListener('dragover', stop)
    document.addEventListener('drop', stop)
    return () => {
      document.removeEventListener('dragover', stop)
      document.removeEventListener('drop', stop)
    }
  }, [preventDropOnDocument])

  const add = (files: File[]) => files.length && void controller.add(files)
  const open = () => disabled || input.current?.click()
  const drag = (step: number) => setDragActive((depth.current = step && Math.max(0, depth.current + step)) > 0)

  return {
    getRootProps: (extra) => ({
      ...extra!,
      'data-mu-element': 'dropzone',
      'data-state': state,
      onClick: composeHandlers(extra?.onClick, (event: MouseEvent<HTMLElement>) => {
        // Clicks on the button (or the input it clicks) are theirs.
        if (!noClick && !(event.target as Element).closest('button,a,input,label')) open()
      }),
      onDragEnter: composeHandlers(extra?.onDragEnter, (event: DragEvent<HTMLElement>) => {
        if (dropOff || !hasFiles(event)) return
        event.preventDefault()
        drag(1)
      }),
      onDragOver: composeHandlers(extra?.onDragOver, (event: DragEvent<HTMLElement>) => !dropOff && hasFiles(event) && event.preventDefault()),
      onDragLeave: composeHandlers(extra?.onDragLeave, () => dropOff || drag(-1)),
      onDrop: composeHandlers(extra?.onDrop, (event: DragEvent<HTMLElement>) => {
        event.preventDefault()
        drag(0)
        if (!dropOff) void droppedFiles(event.dataTransfer).then(add)
      }),
      onPaste: composeHandlers(extra?.onPaste, (event: ClipboardEvent<HTMLElement>) => {
        const files = [...event.clipboardData.files]
        if (disabled || noPaste || !files.length) return
        event.preventDefault()
        add(files)
      }),
    }),

    getInputProps: (extra) => ({
      type: 'file',
      accept,
      multiple: options.multiple ?? restrictions?.maxFiles !== 1,
      disabled,
      hidden: true,
      tabIndex: -1,
      ...extra!,
      'data-mu-element': 'input',
      ref: input,
      onChange: composeHandlers(extra?.onChange, (event) => {
        const target = event.currentTarget
        const files = [...(target.files ?? [])]
        // Reset, so choosing the same file again fires `change`.
        target.value = ''
        add(files)
      }),
    }),

    getButtonProps: (extra) => ({
      type: 'button',
      disabled,
      ...extra!,
      'data-mu-element': 'button',
      'data-state': state,
      onClick: composeHandlers(extra?.onClick, open),
    }),

    open,
    isDragActive,
    state,
    accept,
  }
}
