import { S3Error } from './S3Error.ts'

/** Query parameters in order, percent-decoded (`+` stays `+`, as S3 reads it). */
export type QueryList = readonly (readonly [name: string, value: string])[]

/** Parses a raw query string strictly. Throws `S3Error` (400 InvalidArgument) on bad encoding. */
export function parseQueryList(rawQuery: string): QueryList {
  const list: [string, string][] = []
  for (const part of rawQuery.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const rawName = eq === -1 ? part : part.slice(0, eq)
    const rawValue = eq === -1 ? '' : part.slice(eq + 1)
    try {
      list.push([decodeURIComponent(rawName), decodeURIComponent(rawValue)])
    } catch {
      throw new S3Error(400, 'InvalidArgument', 'The query string is not correctly percent-encoded.')
    }
  }
  return list
}

/** The first value of `name` (exact, case-sensitive), or `undefined`. */
export function queryValue(query: QueryList, name: string): string | undefined {
  return query.find(([key]) => key === name)?.[1]
}
