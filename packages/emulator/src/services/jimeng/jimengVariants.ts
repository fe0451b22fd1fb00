/** The two Jimeng deployments the emulator imitates on the same local hosts. */
export type JimengVariant = 'cn' | 'intl'

/** What differs between 即梦中国 and 即梦国际 (seed 003, reference §2.1). */
export interface JimengVariantSpec {
  /** `aid` query value (the international API requires it; China sends none or this one). */
  readonly aid: string
  /** `Appid` header. */
  readonly appid: string
  /** `Origin` header the sign call must carry (`Referer` is this plus `/`). */
  readonly origin: string
  /** `store-region` cookie value. */
  readonly storeRegion: string
  /** ImageX service id (`service_id` in China, `space_name` internationally). */
  readonly serviceId: string
  readonly serviceIdField: 'service_id' | 'space_name'
  /** VOD `SpaceName` of the account's video space (`scene: 1`). */
  readonly vodSpaceName: string
  /** StoreUri prefix of the VOD space's objects (emulator-made; the real form is unverified). */
  readonly vodStorePrefix: string
  /** SigV4 regions ImageX (and VOD) accept for this variant's account (tied to its host), with the StoreUri prefix each issues. */
  readonly signingRegions: Readonly<Record<string, string>>
}

/** Per-variant constants. */
export const jimengVariants: Readonly<Record<JimengVariant, JimengVariantSpec>> = {
  cn: {
    aid: '513695',
    appid: '513695',
    origin: 'https://jimeng.jianying.com',
    storeRegion: 'cn-gd',
    serviceId: 'tb4s082cfz',
    serviceIdField: 'service_id',
    vodSpaceName: 'dreamina',
    vodStorePrefix: 'tos-cn-v-148450',
    signingRegions: { 'cn-north-1': 'tos-cn-i-tb4s082cfz' },
  },
  intl: {
    aid: '513641',
    appid: '513641',
    origin: 'https://api-proxy-1.deno.dev',
    storeRegion: 'us',
    serviceId: 'wopfjsm1ax',
    serviceIdField: 'space_name',
    vodSpaceName: 'dreamina',
    vodStorePrefix: 'tos-useast5-v-2774c002-tx',
    // The test account is a US one (`us-` token, `store-region=us`): its ImageX host signs for us-east-1 only.
    signingRegions: { 'us-east-1': 'tos-useast5-i-wopfjsm1ax-tx' },
  },
}

/** Query parameters the international sign call must carry (seed 003). */
export const INTL_QUERY = ['aid', 'web_version', 'da_version', 'aigc_features'] as const
