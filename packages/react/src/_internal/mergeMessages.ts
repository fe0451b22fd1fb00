import type { MessageOverrides, UploaderMessages } from '../messages/UploaderMessages.ts'

/** Base table with overrides applied; nested tables (`status`, `errors`, plurals) merge one level deep. */
export function mergeMessages(base: UploaderMessages, overrides: MessageOverrides | undefined): UploaderMessages {
  if (!overrides) return base
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    const current = merged[key]
    merged[key] = typeof value === 'object' && typeof current === 'object' ? { ...current, ...value } : value
  }
  return merged as unknown as UploaderMessages
}
