/** One object in the emulator's store, as the demo shows it. */
export interface StoredObject {
  readonly key: string
  readonly size: number
  readonly contentType: string
  readonly sha256: string
  readonly metadata: Readonly<Record<string, string>>
  readonly lastModified: string
}

/**
 * Reads the emulator's `/_objects` answer (an array, or `{objects: [...]}`)
 * into {@link StoredObject}s, tolerating missing fields.
 *
 * @example
 * ```ts
 * const objects = toStoredObjects(await (await fetch(`${admin}/_objects`)).json())
 * ```
 */
export function toStoredObjects(body: unknown): StoredObject[] {
  const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.objects) ? body.objects : []
  return list.filter(isRecord).map((o) => ({
    key: str(o.key),
    size: typeof o.size === 'number' ? o.size : Number(o.size ?? 0),
    contentType: str(o.contentType ?? o.content_type ?? o.type),
    sha256: str(o.sha256),
    metadata: isRecord(o.metadata) ? Object.fromEntries(Object.entries(o.metadata).map(([k, v]) => [k, str(v)])) : {},
    lastModified: str(o.lastModified ?? o.createdAt ?? ''),
  }))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value)
}
