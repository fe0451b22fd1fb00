/** Names longer than this can be cut in the middle when they overflow (a grid tile is narrow). */
const LONG = 12

/**
 * A file name that, when too wide, is cut in the middle so the end and the
 * extension stay visible ("holiday-in-the-mou…-0042.jpeg"). The full name is
 * the element's text (so its accessible name) and its tooltip.
 */
export function FileName({ name, id }: { readonly name: string; readonly id?: string }) {
  const dot = name.lastIndexOf('.')
  const cut = name.length > LONG ? Math.max(1, Math.min(dot > 0 ? dot : name.length, name.length - 4) - 4) : name.length
  return (
    <span id={id} data-mu-element="file-name" title={name}>
      {cut < name.length ? (
        <>
          <span data-mu-element="name-start">{name.slice(0, cut)}</span>
          <span data-mu-element="name-end">{name.slice(cut)}</span>
        </>
      ) : (
        name
      )}
    </span>
  )
}
