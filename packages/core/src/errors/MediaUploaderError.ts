import type { ErrorCode } from './ErrorCode.ts'
import { errorMessage, type ErrorMessageOverrides, type Locale, type MessageParams } from './messages.ts'

/** The file an error is about: enough to name it in the UI, never its bytes. */
export interface ErrorFileRef {
  readonly id: string
  readonly name: string
  readonly size: number
  readonly type: string
}

/** Options for {@link MediaUploaderError}. */
export interface MediaUploaderErrorOptions {
  readonly provider: string
  readonly file?: ErrorFileRef | undefined
  /** HTTP status seen from the sign endpoint or storage, when there was one. */
  readonly status?: number | undefined
  /** Service error code as the provider sent it (`SignatureDoesNotMatch`, `12752`, …). */
  readonly serviceCode?: string | undefined
  /** The storage's or app server's id of the failed request, for support (`x-oss-request-id`, `x-amz-request-id`, `x-tt-logid`, …). */
  readonly requestId?: string | undefined
  /** Overrides of the built-in messages, used by {@link MediaUploaderError.localized}. */
  readonly messages?: ErrorMessageOverrides | undefined
  /** Parameters interpolated into the localized message. */
  readonly params?: MessageParams | undefined
  readonly cause?: unknown
  /** Overrides the default of {@link MediaUploaderError.retryable} (by code; a 4xx from storage is not retryable). */
  readonly retryable?: boolean | undefined
}

/**
 * The one error type of media-uploader: every failure a user can hit is one of
 * these, with a machine-readable `code`, the provider and file it concerns, and
 * a message in English (`message`) and Chinese (`messageZh`) that says what
 * happened and what to do.
 *
 * @example
 * ```ts
 * controller.on('upload-error', (file, error) => {
 *   if (error.code === 'file-too-large') alert(error.localized('zh-CN'))
 * })
 * ```
 */
export class MediaUploaderError extends Error {
  override readonly name = 'MediaUploaderError'
  readonly code: ErrorCode
  readonly provider: string
  readonly file: ErrorFileRef | undefined
  readonly status: number | undefined
  readonly serviceCode: string | undefined
  /** The storage's or app server's id of the failed request, when it sent one: quote it to their support. */
  readonly requestId: string | undefined
  readonly params: MessageParams
  readonly #retryable: boolean | undefined
  #messages: ErrorMessageOverrides | undefined

  constructor(code: ErrorCode, options: MediaUploaderErrorOptions) {
    const params = { ...options.params, file: options.file?.name ?? '', provider: options.provider }
    super(errorMessage('en', code, params), { cause: options.cause })
    this.code = code
    this.provider = options.provider
    this.file = options.file
    this.status = options.status
    this.serviceCode = options.serviceCode
    this.requestId = options.requestId
    this.params = params
    this.#retryable = options.retryable
    this.#messages = options.messages
  }

  /** The end-user message in the given locale (`'en'` or `'zh-CN'`), from the overrides given to the uploader, else the built-in table. */
  localized(locale: Locale): string {
    return errorMessage(locale, this.code, this.params, this.#messages?.[locale])
  }

  /**
   * Uses `messages` in {@link MediaUploaderError.localized} from now on, over
   * any given before (per locale and code). The uploader calls it with its
   * `messages` option on every error it reports; returns the error.
   *
   * @example
   * ```ts
   * error.withMessages({ en: { network: 'You seem to be offline.' } }).localized('en') // 'You seem to be offline.'
   * ```
   */
  withMessages(messages: ErrorMessageOverrides): this {
    const merged: { -readonly [L in Locale]?: ErrorMessageOverrides[L] } = { ...this.#messages }
    for (const locale of Object.keys(messages) as Locale[]) merged[locale] = { ...merged[locale], ...messages[locale] }
    this.#messages = merged
    return this
  }

  /** Whether retrying the same file can succeed without the user changing anything. */
  get retryable(): boolean {
    if (this.#retryable !== undefined) return this.#retryable
    const clientError = this.status !== undefined && this.status > 399 && this.status < 500 && this.status !== 408 && this.status !== 429
    return RETRYABLE.has(this.code) && !(this.code === 'storage-rejected' && clientError)
  }
}

const RETRYABLE = new Set<ErrorCode>([
  'sign-failed',
  'storage-rejected',
  'network',
  'url-expired',
  'aborted',
])

/**
 * Type guard for {@link MediaUploaderError}, safe across bundle copies.
 *
 * @example
 * ```ts
 * try { await controller.add(files) } catch (e) { if (isMediaUploaderError(e)) console.log(e.code) }
 * ```
 */
export function isMediaUploaderError(value: unknown): value is MediaUploaderError {
  return value instanceof MediaUploaderError || (value instanceof Error && value.name === 'MediaUploaderError' && 'code' in value)
}
