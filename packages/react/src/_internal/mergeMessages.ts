import type { MessageOverrides, UploaderMessages } from '../messages/UploaderMessages.ts'

/** The built-in table with overrides applied; nested tables (`status`, `errors`, plural forms) merge one level deep. */
export function mergeMessages(base: UploaderMessages, overrides: MessageOverrides): UploaderMessages {
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key]
    // A partial plural override of a one-form message keeps that form for the other.
    merged[key] = typeof value === 'object' ? { ...(typeof current === 'string' ? { one: current, other: current } : (current as object)), ...value } : value
  }
  return merged as unknown as UploaderMessages
}
