import type { QueryList } from '../QueryList.ts'
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm } from './ChecksumAlgorithm.ts'
import type { IncomingHttpHeaders } from 'node:http'

/** A checksum the client declared for the body. */
export interface DeclaredChecksum {
  readonly algorithm: ChecksumAlgorithm
  readonly value: string
  /** `query` = a (signed) presigned-URL parameter, `header` = a request header. */
  readonly source: 'query' | 'header'
}

/** Every `x-amz-checksum-<algorithm>` in the query (any case) and the headers. */
export function declaredChecksums(query: QueryList, headers: IncomingHttpHeaders): DeclaredChecksum[] {
  const found: DeclaredChecksum[] = []
  for (const algorithm of CHECKSUM_ALGORITHMS) {
    const name = `x-amz-checksum-${algorithm}`
    const fromQuery = query.find(([key]) => key.toLowerCase() === name)?.[1]
    if (fromQuery !== undefined) found.push({ algorithm, value: fromQuery, source: 'query' })
    const fromHeader = headers[name]
    if (typeof fromHeader === 'string') found.push({ algorithm, value: fromHeader, source: 'header' })
  }
  return found
}
