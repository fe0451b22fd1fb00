/**
 * A Jimeng deployment: `cn` (即梦中国) or `intl` (即梦国际, refresh tokens prefixed `us-`).
 *
 * @example
 * ```ts
 * const variant: JimengVariant = refreshToken.toLowerCase().startsWith('us-') ? 'intl' : 'cn'
 * ```
 */
export type JimengVariant = 'cn' | 'intl'

/**
 * Where one variant's calls go. Fixed at start-up (never taken from the browser's request).
 *
 * @example
 * ```ts
 * const emulated: Partial<JimengUpstream> = { api: 'http://127.0.0.1:4006', imagex: 'http://127.0.0.1:4007', vod: 'http://127.0.0.1:4009' }
 * ```
 */
export interface JimengUpstream {
  /** Base URL of the web API serving `/mweb/v1/get_upload_token` (may include a path prefix). */
  readonly api: string
  /** The `Origin` header sent to it (`Referer` is this plus `/`), as the Jimeng web app sends. */
  readonly origin: string
  /** ImageX OpenAPI origin the browser calls `ApplyImageUpload` / `CommitImageUpload` on (images). */
  readonly imagex: string
  /**
   * ByteDance VOD OpenAPI origin the browser calls `ApplyUploadInner` / `CommitUploadInner` on (video).
   * Unless set here, the `upload_domain` Jimeng names in its `scene: 1` answer wins over the default.
   */
  readonly vod: string
  /** SigV4 region for ImageX and VOD (`cn-north-1`, `ap-southeast-1` or `us-east-1`). */
  readonly region: string
}

/**
 * The fixed per-variant values of seed 003 (query, `Appid`) and the service id defaults.
 *
 * @example
 * ```ts
 * const { appid, query }: JimengVariantSpec = jimengVariants.intl // '513641', { aid: '513641', … }
 * ```
 */
export interface JimengVariantSpec {
  readonly appid: string
  /** Query parameters the sign call carries. */
  readonly query: Readonly<Record<string, string>>
  readonly storeRegion: string
  readonly serviceIdField: 'service_id' | 'space_name'
  readonly defaultServiceId: string
  /** VOD `SpaceName` when the `scene: 1` answer names none (`dreamina`, as iptag's client defaults). */
  readonly defaultSpaceName: string
  readonly upstream: JimengUpstream
}

/**
 * Seed 003 and reference §2.1. The international default upstream is
 * dreamina-api.us.capcut.com (the seed's example goes through a third-party
 * proxy, api-proxy-1.deno.dev, which would receive the account's session
 * cookie; point `upstreams.intl.api` there yourself if you want that). The
 * `Origin`/`Referer` values are the seed's. None of this has been checked
 * against the live service.
 *
 * @example
 * ```ts
 * jimengVariants.cn.upstream.region // 'cn-north-1'
 * ```
 */
export const jimengVariants: Readonly<Record<JimengVariant, JimengVariantSpec>> = {
  cn: {
    appid: '513695',
    query: {},
    storeRegion: 'cn-gd',
    serviceIdField: 'service_id',
    defaultServiceId: 'tb4s082cfz',
    defaultSpaceName: 'dreamina',
    upstream: {
      api: 'https://jimeng.jianying.com',
      origin: 'https://jimeng.jianying.com',
      imagex: 'https://imagex.bytedanceapi.com',
      vod: 'https://vod.bytedanceapi.com',
      region: 'cn-north-1',
    },
  },
  intl: {
    appid: '513641',
    query: { aid: '513641', web_version: '7.5.0', da_version: '3.3.2', aigc_features: 'app_lip_sync' },
    storeRegion: 'us',
    serviceIdField: 'space_name',
    defaultServiceId: 'wopfjsm1ax',
    defaultSpaceName: 'dreamina',
    upstream: {
      api: 'https://dreamina-api.us.capcut.com',
      origin: 'https://api-proxy-1.deno.dev',
      imagex: 'https://imagex16-normal-us-ttp.capcutapi.us',
      // Unverified: the international web app's VOD host; the answer's `upload_domain` replaces it.
      vod: 'https://vod.bytedanceapi.com',
      region: 'us-east-1',
    },
  },
}
