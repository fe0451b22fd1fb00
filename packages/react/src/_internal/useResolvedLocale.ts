import { useSyncExternalStore } from 'react'
import type { Locale } from '../Locale.ts'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange)
  return () => window.removeEventListener('languagechange', onChange)
}

function browserLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

function serverLocale(): Locale {
  return 'en'
}

/**
 * `locale` when given; otherwise the browser's language (`zh*` → `'zh-CN'`,
 * else `'en'`). On the server and during hydration the fallback is `'en'`
 * (React then re-renders with the browser's language), so server HTML never
 * mismatches. Pass `locale` explicitly to server-render Chinese.
 */
export function useResolvedLocale(locale: Locale | undefined): Locale {
  const detected = useSyncExternalStore(subscribe, browserLocale, serverLocale)
  return locale ?? detected
}
