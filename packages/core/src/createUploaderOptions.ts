import type { ErrorMessageOverrides } from './errors/messages.ts'
import type { RetryPolicy } from './retry/RetryPolicy.ts'
import type { ProviderId, ProviderOptions } from './registry.ts'
import type { BeforeUpload, Restrictions } from './types.ts'

/**
 * Options of {@link createUploader}.
 *
 * @example
 * ```ts
 * const options: CreateUploaderOptions<'presign'> = { provider: 'presign', restrictions: { maxFiles: 20 } }
 * ```
 */
export interface CreateUploaderOptions<Id extends ProviderId> {
  readonly provider: Id
  /** Sign endpoint. Default `/api/media-uploader/{provider}` on the page's origin. */
  readonly endpoint?: string
  /** Provider-specific options (e.g. aitoearn's asset `type`). */
  readonly providerOptions?: ProviderOptions<Id>
  readonly restrictions?: Restrictions
  /** Transforms (e.g. {@link resizeImage}) or rejects each file before it is signed. */
  readonly onBeforeUpload?: BeforeUpload
  /** Start uploading as soon as files are added. Default true. */
  readonly autoStart?: boolean
  /** Files uploading at once. Default 6 (the browser's per-origin connection limit). */
  readonly concurrency?: number
  /**
   * Files signed ahead of the uploads, at most (and beyond the upload slots only while they hold < 64 MiB).
   * Signing starts in bursts of half this, so batching providers sign many files per request.
   * Default: the provider's `signAhead` (64 for `presign`, which batches), else 16.
   */
  readonly signConcurrency?: number
  /**
   * How sign calls, storage requests and commits are retried (network errors, 5xx, 429, stalls), each step on its own.
   * Default `defaultRetryPolicy`: 3 retries, 500 ms backoff doubling to 8 s with jitter, a 2 min deadline, a 30 s stall timeout.
   */
  readonly retry?: Partial<RetryPolicy>
  /** Minimum ms between progress notifications. Default 100 (≈10 commits/s). */
  readonly progressInterval?: number
  /**
   * Your wording for error messages, per locale and code (`{file}`, `{size}`, `{max}`, `{allowed}` are filled in):
   * every error the uploader reports uses them in `error.localized(locale)`. Codes left out keep `defaultErrorMessages`.
   * @example `{ en: { network: 'Offline? Retry when you are back.' }, 'zh-CN': { network: '网络已断开，恢复后请重试。' } }`
   */
  readonly messages?: ErrorMessageOverrides
}
