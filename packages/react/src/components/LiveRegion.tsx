import { useContext, useEffect, useState } from 'react'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'

/** How long an announcement stays in the region before it is removed (so it is not re-read). */
export const ANNOUNCEMENT_TTL_MS = 1500

/** Visually hidden through the CSSOM: stays hidden with `unstyled` and under a strict CSP. */
function hide(node: HTMLElement | null): void {
  if (node) Object.assign(node.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' })
}

/**
 * The widget's one polite live region. Announces, from the controller's
 * events: files added (count), upload started (once per run, with the
 * number of files to go), each error or rejection (its message), and
 * completion (once per `complete` event).
 * Each message is its own node (two in one tick are both read), removed after
 * {@link ANNOUNCEMENT_TTL_MS}; at most the last 5 are kept.
 */
export function LiveRegion() {
  const ui = useContext(UploaderUiContext)
  const [items, setItems] = useState<readonly (readonly [number, string])[]>([])
  useEffect(() => {
    const { controller: c, m, t, p, errorText } = ui
    let seq = 0
    let running = false
    let pending: string[] = []
    // Messages of one task (e.g. 10,000 rejections) become one update and one timer; the last 5 are kept.
    const say = (text: string) => {
      if (pending.push(text) > 1) return
      queueMicrotask(() => {
        const batch = pending.slice(-5).map((t) => [++seq, t] as const)
        pending = []
        setItems((list) => [...list, ...batch].slice(-5))
        setTimeout(() => setItems((list) => list.filter((item) => !batch.includes(item))), ANNOUNCEMENT_TTL_MS)
      })
    }
    const offs = [
      c.on('files-added', (files) => {
        const added = files.filter((f) => !f.error).length
        if (added) say(p(m.announceAdded, added))
      }),
      // Once per run (the controller starts files a few at a time), with the number of files to go.
      c.on('upload-start', (files) => {
        if (running) return
        running = true
        const { queued, signing, uploading } = c.getSnapshot().totals.count
        say(p(m.announceStarted, Math.max(files.length, queued + signing + uploading)))
      }),
      c.on('file-rejected', (_file, error) => say(errorText(error))),
      c.on('upload-error', (_file, error) => say(errorText(error))),
      c.on('complete', ({ successful: { length: ok }, failed: { length: failed } }) => {
        running = false
        say(failed ? t(m.announceCompleteWithErrors, { successful: ok, failed }) : p(m.announceComplete, ok))
      }),
    ]
    return () => {
      offs.forEach((off) => off())
      setItems([])
    }
  }, [ui])
  return (
    <div ref={hide} aria-live="polite" data-mu-element="live-region">
      {items.map(([id, text]) => (
        <p key={id}>{text}</p>
      ))}
    </div>
  )
}
