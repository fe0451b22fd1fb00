import { useCallback, useContext, useLayoutEffect, useRef, useState } from 'react'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { FileRow } from './FileRow.tsx'

/** Lines rendered above and below the visible ones. */
const OVERSCAN = 3
/** Lines rendered before anything is measured (server, first paint, no layout). */
const FIRST_LINES = 12

interface Window {
  readonly first: number
  readonly lines: number
  readonly cols: number
  readonly pitch: number
}

const INITIAL: Window = { first: 0, lines: FIRST_LINES, cols: 1, pitch: 0 }

function sameWindow(a: Window, b: Window): boolean {
  return a.first === b.first && a.lines === b.lines && a.cols === b.cols && a.pitch === b.pitch
}

/**
 * Reads the window from layout. A pitch once known is kept until two rendered
 * lines give a new one, so a single row whose height changes (progress,
 * error details) cannot make the window flip between two values.
 */
function measureWindow(box: HTMLElement, ul: HTMLElement, knownPitch: number): Window {
  const items = ul.children as HTMLCollectionOf<HTMLElement>
  const cols = Math.max(1, getComputedStyle(ul).gridTemplateColumns.split(' ').filter(Boolean).length)
  let pitch = Infinity
  for (let i = cols; i < items.length; i++) pitch = Math.min(pitch, items[i]!.offsetTop - items[i - cols]!.offsetTop)
  if (!(pitch > 0 && pitch < Infinity)) pitch = knownPitch || items[0]?.offsetHeight || 0
  const lines = pitch && box.clientHeight ? Math.ceil(box.clientHeight / pitch) + 2 * OVERSCAN : FIRST_LINES
  const first = pitch ? Math.max(0, Math.floor(box.scrollTop / pitch) - OVERSCAN) : 0
  return { first, lines, cols, pitch }
}

/**
 * The scrolling, virtualised list of files: only the rows (or grid lines)
 * in view, plus a few, are rendered (and subscribed); padding stands in for
 * the others, so 10,000 files cost a screenful of rows. The line pitch is
 * the smallest measured one (taller rows, e.g. with an open error, only push
 * the rest down) and the column count comes from the grid's computed columns.
 * The window is measured when the list or its scroll box resizes, on scroll,
 * and when the number of files or the view changes — never after every
 * render, so a layout that answers differently each time cannot loop.
 */
export function FileList({ ids }: { readonly ids: readonly string[] }) {
  const { m, view } = useContext(UploaderUiContext)
  const scroller = useRef<HTMLDivElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const [win, setWin] = useState<Window>(INITIAL)
  const knownPitch = useRef(0)
  const measure = useCallback(() => {
    const box = scroller.current
    const ul = list.current
    if (!box || !ul) return
    const next = measureWindow(box, ul, knownPitch.current)
    knownPitch.current = next.pitch
    setWin((w) => (sameWindow(w, next) ? w : next))
  }, [])
  useLayoutEffect(measure, [measure, ids.length, view])
  useLayoutEffect(() => {
    const box = scroller.current
    const ul = list.current
    if (!box || !ul) return
    box.addEventListener('scroll', measure, { passive: true })
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined
    resize?.observe(box)
    resize?.observe(ul)
    return () => {
      box.removeEventListener('scroll', measure)
      resize?.disconnect()
    }
  }, [measure])

  const { cols, pitch } = win
  const first = Math.min(win.first, Math.max(0, Math.ceil(ids.length / cols) - win.lines))
  const shown = ids.slice(first * cols, (first + win.lines) * cols)
  const after = Math.max(0, Math.ceil(ids.length / cols) - first - win.lines)
  return (
    <div data-mu-element="file-scroll" ref={scroller}>
      <ul
        data-mu-element="file-list"
        data-view={view}
        aria-label={m.fileList}
        ref={(ul) => {
          list.current = ul
          ul?.style.setProperty('--mu-before', `${first * pitch}px`)
          ul?.style.setProperty('--mu-after', `${after * pitch}px`)
        }}
      >
        {shown.map((id, i) => (
          <FileRow key={id} id={id} position={first * cols + i + 1} count={ids.length} />
        ))}
      </ul>
    </div>
  )
}
