import type { OptionsOf, ProviderRules, ResultOf } from './provider.ts'
import type { aitoearn } from './providers/aitoearn/aitoearn.ts'
import { aitoearnRules } from './providers/aitoearn/rules.ts'
import type { aliyunVod } from './providers/aliyun-vod/aliyun-vod.ts'
import { aliyunVodRules } from './providers/aliyun-vod/rules.ts'
import type { jimeng } from './providers/jimeng/jimeng.ts'
import { jimengRules } from './providers/jimeng/rules.ts'
import type { presign } from './providers/presign/presign.ts'
import { presignRules } from './providers/presign/rules.ts'

/**
 * Every built-in provider by id. Types only: each provider's code is loaded
 * on demand, so a page pays for the one it uses.
 */
export interface ProviderRegistry {
  presign: typeof presign
  aitoearn: typeof aitoearn
  'aliyun-vod': typeof aliyunVod
  jimeng: typeof jimeng
}

/** A provider id: `'presign' | 'aitoearn' | …`. */
export type ProviderId = keyof ProviderRegistry

/** The typed result of an upload with provider `Id`. */
export type ProviderResult<Id extends ProviderId> = ResultOf<ProviderRegistry[Id]>

/** Provider-specific options (`type` for aitoearn, …). */
export type ProviderOptions<Id extends ProviderId> = OptionsOf<ProviderRegistry[Id]>

interface RegistryEntry<P> {
  readonly rules: ProviderRules
  load(): Promise<P>
}

/** Rules (static, tiny) and a loader (code-split) per provider. */
export const providerRegistry: { readonly [K in ProviderId]: RegistryEntry<ProviderRegistry[K]> } = {
  presign: { rules: presignRules, load: () => import('./providers/presign/presign.ts').then((m) => m.presign) },
  aitoearn: { rules: aitoearnRules, load: () => import('./providers/aitoearn/aitoearn.ts').then((m) => m.aitoearn) },
  'aliyun-vod': { rules: aliyunVodRules, load: () => import('./providers/aliyun-vod/aliyun-vod.ts').then((m) => m.aliyunVod) },
  jimeng: { rules: jimengRules, load: () => import('./providers/jimeng/jimeng.ts').then((m) => m.jimeng) },
}
