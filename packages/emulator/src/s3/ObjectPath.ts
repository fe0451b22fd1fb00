import { escapeUri } from './escapeUri.ts'
import { S3Error } from './S3Error.ts'

/** A path-style S3 request target. */
export interface ObjectPath {
  /** Empty for the service root. */
  readonly bucket: string
  /** Empty for a bucket-level request. */
  readonly key: string
  /** The SigV4 canonical URI (each segment decoded, then RFC 3986-encoded once, as S3 does). */
  readonly canonicalPath: string
}

/** Parses `/{bucket}/{key}` from a raw path. Throws `S3Error` (400 InvalidURI). */
export function parseObjectPath(rawPath: string): ObjectPath {
  let segments: string[]
  try {
    segments = rawPath.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.")
  }
  // segments[0] is '' (the path starts with '/')
  const bucket = segments[1] ?? ''
  const key = segments.slice(2).join('/')
  return {
    bucket,
    key,
    canonicalPath: segments.map((segment) => escapeUri(segment)).join('/') || '/',
  }
}
