import { useContext } from 'react'
import { useIdsWhere } from '../_internal/useIdsWhere.ts'
import { UploaderUiContext } from '../_internal/UploaderUi.ts'
import { useUploadFile } from '../useUploadFile.ts'
import { FileThumbnail } from './FileThumbnail.tsx'

/** Notices listed one by one; the rest are counted. */
const SHOWN = 5

function Notice({ id }: { readonly id: string }) {
  const { controller, m, errorText } = useContext(UploaderUiContext)
  const file = useUploadFile(controller, id)
  if (!file?.error) return null
  return (
    <li data-mu-element="notice">
      <FileThumbnail file={file} size={64} />
      <p>{errorText(file.error)}</p>
      <button type="button" data-mu-element="dismiss-button" aria-label={`${m.dismiss} ${file.name}`} onClick={() => controller.remove(id)}>
        ×
      </button>
    </li>
  )
}

/**
 * Files that never entered the list (wrong type, too big, too many, a
 * duplicate, refused by the app), as a dismissible group of notices above
 * it — each with its preview and reason — instead of rows. The live region
 * announces each one as it happens; dismissing removes it from the controller.
 */
export function RejectionNotices() {
  const { controller, m, t, p, focusPicker } = useContext(UploaderUiContext)
  const ids = useIdsWhere(controller, 'rejected', true)
  if (!ids.length) return null
  const dismissAll = () => {
    for (const id of ids) controller.remove(id)
    focusPicker()
  }
  return (
    <section data-mu-element="notices" aria-label={p(m.notAdded, ids.length)}>
      <p data-mu-element="notices-title">{p(m.notAdded, ids.length)}</p>
      <button type="button" data-mu-element="dismiss-all-button" onClick={dismissAll}>
        {m.dismissAll}
      </button>
      <ul>
        {ids.slice(0, SHOWN).map((id) => (
          <Notice key={id} id={id} />
        ))}
      </ul>
      {ids.length > SHOWN ? <p data-mu-element="notices-more">{t(m.moreNotices, { count: ids.length - SHOWN })}</p> : null}
    </section>
  )
}
