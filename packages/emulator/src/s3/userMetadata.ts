import type { IncomingHttpHeaders } from 'node:http'
import type { QueryList } from './QueryList.ts'

const PREFIX = 'x-amz-meta-'

/**
 * User metadata of a PUT: `x-amz-meta-*` from the (signed) query of a presigned URL and
 * from headers (headers win). Names are lower-case without the prefix.
 */
export function userMetadata(query: QueryList, headers: IncomingHttpHeaders): Record<string, string> {
  const metadata: Record<string, string> = {}
  for (const [name, value] of query) {
    const lower = name.toLowerCase()
    if (lower.startsWith(PREFIX) && lower.length > PREFIX.length) metadata[lower.slice(PREFIX.length)] = value
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith(PREFIX) || name.length === PREFIX.length || value === undefined) continue
    metadata[name.slice(PREFIX.length)] = Array.isArray(value) ? value.join(',') : value
  }
  return metadata
}
