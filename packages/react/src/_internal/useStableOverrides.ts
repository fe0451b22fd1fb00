import { useMemo } from 'react'

/**
 * The same object while `value` is structurally equal (JSON), so an inline
 * `messages={{…}}` prop does not re-render every file row on each parent render.
 */
export function useStableOverrides<T>(value: T): T {
  const key = value === undefined ? '' : JSON.stringify(value)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the serialized value on purpose
  return useMemo(() => value, [key])
}
