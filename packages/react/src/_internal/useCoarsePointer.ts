import { useSyncExternalStore } from 'react'

const QUERY = '(pointer: coarse)'
const media = () => (typeof matchMedia === 'function' ? matchMedia(QUERY) : undefined)
const subscribe = (onChange: () => void) => {
  const list = media()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

/** Whether the primary pointer is coarse (a touch screen): nothing is dropped or pasted there. `false` on the server. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, () => !!media()?.matches, () => false)
}
