import type { AnyProvider } from './controller/ProviderRunner.ts'
import type { ProviderRules } from './provider.ts'
import type { RetryPolicy } from './retry/RetryPolicy.ts'
import type { BeforeUpload, Restrictions } from './types.ts'

/**
 * Everything {@link UploaderController} needs; `createUploader` fills it from the registry.
 *
 * @example
 * ```ts
 * const config: UploaderControllerConfig<MyResult> = { providerId: 'mine', rules: mine.rules, loadProvider: async () => mine }
 * ```
 */
export interface UploaderControllerConfig<R> {
  readonly providerId: string
  readonly rules: ProviderRules
  /** Loads the provider's code; a failed load is tried again on the next add, retry or `online`. */
  loadProvider(): Promise<AnyProvider<R>>
  readonly endpoint?: string | undefined
  readonly providerOptions?: unknown
  readonly restrictions?: Restrictions | undefined
  readonly onBeforeUpload?: BeforeUpload | undefined
  readonly autoStart?: boolean | undefined
  readonly concurrency?: number | undefined
  readonly signConcurrency?: number | undefined
  readonly retry?: Partial<RetryPolicy> | undefined
  readonly progressInterval?: number | undefined
}
