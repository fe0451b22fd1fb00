import type { JimengMediaKind, JimengUploadToken } from '@media-uploader/contracts/jimeng'
import type { JimengCredentials } from './readJimengCredentials.ts'
import type { JimengUpstream, JimengVariantSpec } from './jimengVariants.ts'

/** What {@link jimengUploadTokenFor} needs besides the credentials. */
export interface JimengTokenSource {
  readonly kind: JimengMediaKind
  readonly spec: JimengVariantSpec
  readonly upstream: JimengUpstream
  /** Whether the app configured the VOD origin itself (then the answer's `upload_domain` is ignored). */
  readonly vodConfigured: boolean
  readonly expiresAt: number
}

const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$/i

/**
 * The browser's token for one kind: ImageX (`serviceId`, `imagex`) for
 * images, VOD (`spaceName`, `vod`) for video — the `upload_domain` of a
 * `scene: 1` answer is the VOD host the web app calls, used unless the app
 * pinned `upstreams.{variant}.vod`.
 *
 * @example
 * ```ts
 * const data = jimengUploadTokenFor(readJimengCredentials(body), { kind: 'video', spec, upstream, vodConfigured: false, expiresAt })
 * ```
 */
export function jimengUploadTokenFor(credentials: JimengCredentials, source: JimengTokenSource): JimengUploadToken {
  const { accessKeyId, secretAccessKey, sessionToken, field } = credentials
  const { kind, spec, upstream, expiresAt } = source
  const common = { accessKeyId, secretAccessKey, sessionToken, region: upstream.region, expiresAt }
  if (kind === 'image') {
    const serviceId = field(spec.serviceIdField) ?? field('service_id') ?? field('space_name') ?? spec.defaultServiceId
    return { kind, ...common, serviceId, imagex: upstream.imagex }
  }
  const domain = field('upload_domain')
  const vod = !source.vodConfigured && domain && HOST.test(domain) ? `https://${domain}` : upstream.vod
  return { kind, ...common, spaceName: field('space_name') ?? spec.defaultSpaceName, vod }
}
