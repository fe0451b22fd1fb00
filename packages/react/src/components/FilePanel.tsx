import { useContext } from 'react'
import { useIdsWhere } from '../_internal/useIdsWhere.ts'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import type { ListView } from '../ListView.ts'
import { FileList } from './FileList.tsx'
import { StatusBar } from './StatusBar.tsx'

const VIEWS: readonly ListView[] = ['list', 'compact', 'grid']

/**
 * The contained file panel: a view switch (list, compact, grid), the
 * fixed-height virtualised list (`--mu-list-height`, from the `listHeight`
 * prop), and the status bar pinned under it. Rejected files are not listed
 * here (they are notices). Renders nothing while no file is listed.
 */
export function FilePanel({ height }: { readonly height: string | number | undefined }) {
  const { controller, m, view, setView } = useContext(UploaderUiContext)
  const ids = useIdsWhere(controller, 'rejected', false)
  if (!ids.length) return null
  return (
    <div
      data-mu-element="panel"
      data-view={view}
      ref={(node) => {
        if (height !== undefined) node?.style.setProperty('--mu-list-height', typeof height === 'number' ? `${height}px` : height)
      }}
    >
      <div data-mu-element="view-switch" role="group" aria-label={m.viewLabel}>
        {VIEWS.map((v) => (
          <button key={v} type="button" data-mu-element={`view-${v}`} aria-pressed={v === view} onClick={() => setView(v)}>
            {m.views[v]}
          </button>
        ))}
      </div>
      <FileList ids={ids} />
      <StatusBar />
    </div>
  )
}
