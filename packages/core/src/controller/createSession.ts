import type { ProviderSession } from '../provider.ts'

/** A {@link ProviderSession} backed by a Map; `clear()` drops everything (on destroy). */
export function createSession(): ProviderSession & { clear(): void } {
  const values = new Map<string, unknown>()
  return {
    memo<T>(key: string, create: () => T): T {
      if (!values.has(key)) values.set(key, create())
      return values.get(key) as T
    },
    clear: () => values.clear(),
  }
}
