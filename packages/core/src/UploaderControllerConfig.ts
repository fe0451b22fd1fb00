import type { AnyProvider } from './controller/ProviderRunner.ts'
import type { ErrorMessageOverrides } from './errors/messages.ts'
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
export interface UploaderControllerConfig<R, Id extends string = string> {
  readonly providerId: Id
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
  /** Overrides of the built-in error messages, handed to every error this controller reports (`error.localized()`). */
  readonly messages?: ErrorMessageOverrides | undefined
}
