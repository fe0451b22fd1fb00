import type { Envelope } from '../types.ts'

/** Whether `value` has the `{code, msg, data}` shape of the sign APIs. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return typeof record.code === 'number' && typeof record.msg === 'string' && 'data' in record
}
