import { useContext, useLayoutEffect, useRef, useState } from 'react'
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

/**
 * The scrolling, virtualised list of files: only the rows (or grid lines)
 * in view, plus a few, are rendered (and subscribed); padding stands in for
 * the others, so 10,000 files cost a screenful of rows. The line pitch is
 * the smallest measured one (taller rows, e.g. with an open error, only push
 * the rest down) and the column count comes from the grid's computed columns.
 */
export function FileList({ ids }: { readonly ids: readonly string[] }) {
  const { m, view } = useContext(UploaderUiContext)
  const scroller = useRef<HTMLDivElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const [win, setWin] = useState<Window>({ first: 0, lines: FIRST_LINES, cols: 1, pitch: 0 })
  const measure = useRef(() => {})
  measure.current = () => {
    const box = scroller.current
    const ul = list.current
    if (!box || !ul) return
    const items = ul.children as HTMLCollectionOf<HTMLElement>
    const cols = Math.max(1, getComputedStyle(ul).gridTemplateColumns.split(' ').filter(Boolean).length)
    let pitch = Infinity
    for (let i = cols; i < items.length; i++) pitch = Math.min(pitch, items[i]!.offsetTop - items[i - cols]!.offsetTop)
    if (!(pitch > 0 && pitch < Infinity)) pitch = win.pitch || items[0]?.offsetHeight || 0
    const lines = pitch && box.clientHeight ? Math.ceil(box.clientHeight / pitch) + 2 * OVERSCAN : FIRST_LINES
    const first = pitch ? Math.max(0, Math.floor(box.scrollTop / pitch) - OVERSCAN) : 0
    setWin((w) => (w.first === first && w.lines === lines && w.cols === cols && w.pitch === pitch ? w : { first, lines, cols, pitch }))
  }
  useLayoutEffect(() => measure.current())
  useLayoutEffect(() => {
    const box = scroller.current
    if (!box) return
    const update = () => measure.current()
    box.addEventListener('scroll', update, { passive: true })
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined
    resize?.observe(box)
    return () => {
      box.removeEventListener('scroll', update)
      resize?.disconnect()
    }
  }, [])

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
          ul?.style.setProperty('padding-top', `${first * pitch}px`)
          ul?.style.setProperty('padding-bottom', `${after * pitch}px`)
        }}
      >
        {shown.map((id, i) => (
          <FileRow key={id} id={id} position={first * cols + i + 1} count={ids.length} />
        ))}
      </ul>
    </div>
  )
}
