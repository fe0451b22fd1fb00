import { OssError } from './OssError.ts'

/** The bucket and decoded object key a request addresses. */
export interface OssTarget {
  readonly bucket: string
  /** Decoded object key (`''` for the bucket itself). */
  readonly key: string
}

const SUFFIX = '.localhost'

/**
 * The bucket from the `Host` header, virtual-hosted style as on OSS
 * (`{bucket}.localhost:{port}`, the emulator's stand-in for `{bucket}.oss-cn-shanghai.aliyuncs.com`),
 * and the key from the path. A request to the bare endpoint (path-style `/{bucket}/{key}`, or an
 * IP address) is refused as OSS refuses it: 403 `SecondLevelDomainForbidden`.
 *
 * @example
 * ```ts
 * parseOssTarget('outin-emulator.localhost:4005', '/sv/a%20b.mp4') // { bucket: 'outin-emulator', key: 'sv/a b.mp4' }
 * ```
 */
export function parseOssTarget(host: string | undefined, rawPath: string): OssTarget {
  const hostname = (host ?? '').replace(/:\d+$/, '').toLowerCase()
  const bucket = hostname.endsWith(SUFFIX) ? hostname.slice(0, -SUFFIX.length) : ''
  if (bucket === '') throw new OssError(403, 'SecondLevelDomainForbidden', 'Please use virtual hosted style to access.')
  try {
    return { bucket, key: rawPath.split('/').slice(1).map((segment) => decodeURIComponent(segment)).join('/') }
  } catch {
    throw new OssError(400, 'InvalidURI', 'The URI is not valid.')
  }
}
