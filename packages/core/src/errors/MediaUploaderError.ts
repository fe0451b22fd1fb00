import type { ErrorCode } from './ErrorCode.ts'
import { errorMessage, type Locale, type MessageParams } from './messages.ts'

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
  readonly params: MessageParams
  readonly #retryable: boolean | undefined

  constructor(code: ErrorCode, options: MediaUploaderErrorOptions) {
    const params = { ...options.params, file: options.file?.name ?? '', provider: options.provider }
    super(errorMessage('en', code, params), { cause: options.cause })
    this.code = code
    this.provider = options.provider
    this.file = options.file
    this.status = options.status
    this.serviceCode = options.serviceCode
    this.params = params
    this.#retryable = options.retryable
  }

  /** The message in the given locale (`'en'` or `'zh-CN'`). */
  localized(locale: Locale): string {
    return errorMessage(locale, this.code, this.params)
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
