/**
 * OSS V1 StringToSign: `VERB\nContent-MD5\nContent-Type\nDate\n`, each
 * `x-oss-*` header (lower-case names, sorted) as `name:value\n`, then the
 * canonical resource `/bucket/object[?sub-resources]`. For a presigned URL
 * `date` is `Expires` and `security-token` goes into the resource.
 *
 * @example
 * ```ts
 * ossStringToSign('PUT', '', 'image/png', date, { 'x-oss-date': date }, '/bucket/a.png')
 * ```
 */
export const ossStringToSign = (verb: string, md5: string, type: string, date: string, headers: Readonly<Record<string, string>>, resource: string): string =>
  [verb, md5, type, date, ...Object.keys(headers).filter((name) => name.startsWith('x-oss-')).sort().map((name) => `${name}:${headers[name]}`), resource].join('\n')
