import { useSyncExternalStore } from 'react'
import type { Locale } from '../Locale.ts'

const subscribe = (onChange: () => void) => {
  addEventListener('languagechange', onChange)
  return () => removeEventListener('languagechange', onChange)
}

/**
 * `locale` when given; otherwise the browser's language (`zh*` → `'zh-CN'`,
 * else `'en'`). On the server and while hydrating it is `'en'` (React then
 * re-renders with the browser's language), so server HTML never mismatches.
 */
export function useResolvedLocale(locale: Locale | undefined): Locale {
  const detected = useSyncExternalStore<Locale>(
    subscribe,
    () => (/^zh/i.test(navigator.language) ? 'zh-CN' : 'en'),
    () => 'en',
  )
  return locale ?? detected
}
