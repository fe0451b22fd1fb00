'use client'
import {
  useEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type ChangeEvent,
  type DragEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type MouseEvent,
  type Ref,
  type RefCallback,
} from 'react'
import type { ProviderId, Restrictions, UploadController } from '@media-uploader/core'
import { acceptAttribute } from './_internal/acceptedExtensions.ts'
import { composeHandlers } from './_internal/composeHandlers.ts'
import { mergeRefs } from './_internal/mergeRefs.ts'

/** Options of {@link useDropzone}. */
export interface UseDropzoneOptions {
  /** Builds the input's `accept` from this provider's rules (narrowed by `restrictions.accept`). */
  readonly provider?: ProviderId
  /** `accept` narrows the picker; `maxFiles: 1` turns off `multiple`. */
  readonly restrictions?: Restrictions
  /** The input's `accept` attribute, replacing the computed one. */
  readonly accept?: string
  /** @default restrictions.maxFiles !== 1 */
  readonly multiple?: boolean
  /** Ignores drops and clicks and disables the button. @default false */
  readonly disabled?: boolean
  /** Clicking the drop region itself (outside the button) does not open the picker. @default false */
  readonly noClick?: boolean
  /** Ignores drag and drop. @default false */
  readonly noDrag?: boolean
  /** Stops the browser from opening a file dropped next to the region. @default true */
  readonly preventDropOnDocument?: boolean
}

/** `data-state` of the drop region. */
export type DropzoneState = 'idle' | 'drag-over' | 'disabled'

/** Stable `data-*` hooks on the elements the getters return props for. */
interface DataHooks<S> {
  readonly 'data-mu-element': string
  readonly 'data-state'?: S
}

/** Props for the drop region (any element). */
export type DropzoneRootProps = HTMLAttributes<HTMLElement> & DataHooks<DropzoneState> & { ref: RefCallback<HTMLElement> }
/** Props for the hidden `<input type="file">`. */
export type DropzoneInputProps = InputHTMLAttributes<HTMLInputElement> & DataHooks<never> & { ref: RefCallback<HTMLInputElement> }
/** Props for the `<button>` that opens the picker. */
export type DropzoneButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & DataHooks<DropzoneState> & { ref: RefCallback<HTMLButtonElement> }

/** What {@link useDropzone} returns. */
export interface UseDropzoneResult {
  /** Spread on the drop region. Your handlers run first; `preventDefault()`/`stopPropagation()` skips the built-in one. */
  getRootProps<E extends HTMLAttributes<HTMLElement>>(extra?: E & { ref?: Ref<HTMLElement> }): Omit<E, 'ref'> & DropzoneRootProps
  /** Spread on `<input>`: `type="file"`, `accept`, `multiple`, hidden, out of the tab order. */
  getInputProps<E extends InputHTMLAttributes<HTMLInputElement>>(extra?: E & { ref?: Ref<HTMLInputElement> }): Omit<E, 'ref'> & DropzoneInputProps
  /** Spread on a real `<button>`: opens the picker on click, so Enter and Space work natively. */
  getButtonProps<E extends ButtonHTMLAttributes<HTMLButtonElement>>(extra?: E & { ref?: Ref<HTMLButtonElement> }): Omit<E, 'ref'> & DropzoneButtonProps
  /** Opens the file picker. */
  open(): void
  readonly isDragActive: boolean
  readonly state: DropzoneState
  /** The computed `accept` attribute. */
  readonly accept: string | undefined
}

const INTERACTIVE = 'button, a[href], input, select, textarea, label, [role="button"]'

function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  const types = event.dataTransfer?.types
  return !types || Array.from(types).includes('Files')
}

/**
 * Drag & drop, click and keyboard file selection wired to a controller, as
 * prop getters (react-dropzone's pattern). Dropped or picked files go to
 * `controller.add`. The region gets no role or tab stop: the keyboard path is
 * the real `<button>` from `getButtonProps`. Don't make the region a
 * `<label>` (the picker would open twice).
 *
 * @example
 * ```tsx
 * function Picker({ uploader }: { uploader: UploadController }) {
 *   const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(uploader, { provider: 'presign' })
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
  const { disabled = false, noClick = false, noDrag = false, preventDropOnDocument = true } = options
  const accept = options.accept ?? acceptAttribute(options.provider, options.restrictions)
  const multiple = options.multiple ?? options.restrictions?.maxFiles !== 1
  const [isDragActive, setDragActive] = useState(false)
  const depth = useRef(0)
  const rootRef = useRef<HTMLElement | null>(null)
  const inputRef = useRef<HTMLInputElement | null>(null)
  const state: DropzoneState = disabled ? 'disabled' : isDragActive ? 'drag-over' : 'idle'

  useEffect(() => {
    if (!preventDropOnDocument) return
    const onDragOver = (event: globalThis.DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    const onDrop = (event: globalThis.DragEvent) => {
      if (rootRef.current?.contains(event.target as Node | null)) return
      if (carriesFiles(event)) event.preventDefault()
      depth.current = 0
      setDragActive(false)
    }
    document.addEventListener('dragover', onDragOver)
    document.addEventListener('drop', onDrop)
    return () => {
      document.removeEventListener('dragover', onDragOver)
      document.removeEventListener('drop', onDrop)
    }
  }, [preventDropOnDocument])

  const addFiles = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : []
    if (files.length > 0) void controller.add(files)
  }

  const open = () => {
    if (!disabled) inputRef.current?.click()
  }

  const dragDisabled = disabled || noDrag

  return {
    getRootProps(extra) {
      const { ref, onClick, onDragEnter, onDragOver, onDragLeave, onDrop, ...rest } = extra ?? ({} as NonNullable<typeof extra>)
      return {
        ...rest,
        'data-mu-element': 'dropzone',
        'data-state': state,
        ref: mergeRefs(rootRef, ref),
        onClick: composeHandlers(onClick, (event: MouseEvent<HTMLElement>) => {
          if (noClick || disabled) return
          const hit = (event.target as Element).closest(INTERACTIVE)
          if (hit && hit !== event.currentTarget && event.currentTarget.contains(hit)) return
          open()
        }),
        onDragEnter: composeHandlers(onDragEnter, (event: DragEvent<HTMLElement>) => {
          if (dragDisabled || !carriesFiles(event)) return
          event.preventDefault()
          depth.current += 1
          setDragActive(true)
        }),
        onDragOver: composeHandlers(onDragOver, (event: DragEvent<HTMLElement>) => {
          if (dragDisabled || !carriesFiles(event)) return
          event.preventDefault()
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
        }),
        onDragLeave: composeHandlers(onDragLeave, (event: DragEvent<HTMLElement>) => {
          if (dragDisabled) return
          depth.current = Math.max(0, depth.current - 1)
          if (depth.current === 0) setDragActive(false)
        }),
        onDrop: composeHandlers(onDrop, (event: DragEvent<HTMLElement>) => {
          event.preventDefault()
          depth.current = 0
          setDragActive(false)
          if (!dragDisabled) addFiles(event.dataTransfer?.files)
        }),
      } as Omit<NonNullable<typeof extra>, 'ref'> & DropzoneRootProps
    },

    getInputProps(extra) {
      const { ref, onChange, onClick, ...rest } = extra ?? ({} as NonNullable<typeof extra>)
      return {
        type: 'file',
        accept,
        multiple,
        disabled,
        hidden: true,
        tabIndex: -1,
        ...rest,
        'data-mu-element': 'input',
        ref: mergeRefs(inputRef, ref),
        // The click that open() dispatches must not bubble to the region and open it again.
        onClick: composeHandlers(onClick, (event: MouseEvent<HTMLInputElement>) => event.stopPropagation()),
        onChange: composeHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) => {
          const input = event.currentTarget
          const files = input.files ? Array.from(input.files) : []
          // Reset so choosing the same file again fires `change`.
          input.value = ''
          if (files.length > 0) void controller.add(files)
        }),
      } as Omit<NonNullable<typeof extra>, 'ref'> & DropzoneInputProps
    },

    getButtonProps(extra) {
      const { ref, onClick, ...rest } = extra ?? ({} as NonNullable<typeof extra>)
      return {
        type: 'button',
        disabled,
        ...rest,
        'data-mu-element': 'button',
        'data-state': state,
        ref: mergeRefs(ref),
        onClick: composeHandlers(onClick, () => open()),
      } as Omit<NonNullable<typeof extra>, 'ref'> & DropzoneButtonProps
    },

    open,
    isDragActive,
    state,
    accept,
  }
}
