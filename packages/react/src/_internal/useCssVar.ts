import type { RefObject } from 'react'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.ts'

/**
 * Sets a CSS custom property through the CSSOM (`style.setProperty`), which a
 * strict `style-src` CSP allows, unlike a server-rendered `style="…"` attribute.
 */
export function useCssVar(ref: RefObject<HTMLElement | null>, name: string, value: string): void {
  useIsomorphicLayoutEffect(() => {
    ref.current?.style.setProperty(name, value)
  }, [ref, name, value])
}
