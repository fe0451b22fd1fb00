import type { StoredObject } from '../store/StoredObject.ts'

/** A stored object as the inspection API lists it (no bytes). */
export interface ObjectSummary {
  readonly bucket: string
  readonly key: string
  readonly size: number
  readonly contentType: string
  readonly metadata: Readonly<Record<string, string>>
  readonly sha256: string
  readonly etag: string
  /** ISO timestamp. */
  readonly storedAt: string
}

/** Summarizes a stored object for JSON. */
export function toObjectSummary(object: StoredObject): ObjectSummary {
  return {
    bucket: object.bucket,
    key: object.key,
    size: object.size,
    contentType: object.contentType,
    metadata: object.metadata,
    sha256: object.sha256,
    etag: object.etag,
    storedAt: object.storedAt.toISOString(),
  }
}
