import type { SyntheticEvent } from 'react'

/**
 * react-dropzone's rule: the caller's handler runs first; if it calls
 * `preventDefault()` or `stopPropagation()`, the internal handler is skipped.
 */
export function composeHandlers<E extends SyntheticEvent>(external: ((event: E) => void) | undefined, internal: (event: E) => void): (event: E) => void {
  return (event) => {
    external?.(event)
    if (!event.defaultPrevented && !event.isPropagationStopped()) internal(event)
  }
}
