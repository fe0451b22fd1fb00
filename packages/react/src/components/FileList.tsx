import { useContext, useState } from 'react'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useUploadFileIds } from '../useUploadFileIds.ts'
import { FileRow } from './FileRow.tsx'

/** Rows rendered at first, and added by each "Show more". */
export const PAGE_SIZE = 100

/**
 * The list of files. Renders (and so subscribes) at most {@link PAGE_SIZE}
 * rows until "Show more" is pressed, so 10,000 files cost 100 rows. Re-renders
 * only when files are added, removed or reordered.
 */
export function FileList() {
  const { controller, m, p } = useContext(UploaderUiContext)
  const ids = useUploadFileIds(controller)
  const [shown, setShown] = useState(PAGE_SIZE)
  const hidden = ids.length - shown
  if (!ids.length) return null
  return (
    <>
      <ul data-mu-element="file-list" aria-label={m.fileList}>
        {ids.slice(0, shown).map((id) => (
          <FileRow key={id} id={id} />
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" data-mu-element="show-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          {p(m.showMore, Math.min(hidden, PAGE_SIZE))}
        </button>
      ) : null}
    </>
  )
}
