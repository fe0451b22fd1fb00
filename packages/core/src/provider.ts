import type { Clock } from './clock/Clock.ts'
import type { ErrorCode } from './errors/ErrorCode.ts'
import type { SignClient } from './internal/SignClient.ts'
import type { MediaInfo } from './types.ts'

/** What a provider accepts, checked before anything is signed. */
export interface ProviderRules {
  /** Lowercase extensions without the dot. */
  readonly extensions: readonly string[]
  /** Bytes; `undefined` = no provider limit. */
  readonly maxFileSize?: number
  /** Files worth signing ahead of the uploads (default 16): high when sign calls are batched and cheap. */
  readonly signAhead?: number
}

/** A file on its way through a provider: the bytes and what the browser knows of them. */
export interface ProviderFile {
  readonly id: string
  readonly name: string
  readonly size: number
  readonly type: string
  readonly data: Blob
  /** Lowercase extension without the dot (`jpg`). */
  readonly extension: string
}

/**
 * State a provider keeps between files (a token cache, a request batcher),
 * owned by one controller (or one Uppy plugin) and dropped with it — never a
 * module global, so two uploaders on a page (or two users one after the
 * other) never share credentials.
 *
 * @example
 * ```ts
 * const batcher = ctx.session.memo(`presign:${ctx.endpoint}`, () => createBatcher(ctx.http, ctx.endpoint))
 * ```
 */
export interface ProviderSession {
  /** The value stored under `key`, created by `create` on first use. */
  memo<T>(key: string, create: () => T): T
}

/** Handed to a provider's sign and commit steps. */
export interface StepContext<Options> {
  readonly providerId: string
  /** Absolute URL of the sign endpoint (default `/api/media-uploader/{provider}` resolved against the page). */
  readonly endpoint: string
  /**
   * JSON calls to the app server (`post(url, json, signal)`, `get(url, query, signal)`): no retries of
   * their own (the controller's retry policy retries each step), a 15 s timeout, the answer's `Date`
   * read into `clock`; a non-2xx answer rejects with a `SignHttpError` (status, parsed body in `data`).
   * Pass `ctx.signal` so cancel and pause abort the call. See {@link SignClient}.
   *
   * @example
   * ```ts
   * const body = await ctx.http.post(ctx.endpoint, { name: file.name }, ctx.signal)
   * ```
   */
  readonly http: SignClient
  readonly signal: AbortSignal
  readonly options: Options
  /** The server's time: sign requests to storage with `clock.now()`, not `Date.now()`. */
  readonly clock: Clock
  readonly session: ProviderSession
  /**
   * Media facts of this file, probed once by `probe` and cached (a re-sign does not probe again);
   * the provider passes its prober, so providers that need none do not ship one.
   */
  probeMedia(probe: (blob: Blob, kind: string) => Promise<MediaInfo>): Promise<MediaInfo>
}

/** Handed to a provider's upload step. */
export interface UploadIO {
  /** Aborted on cancel, pause, remove, and when the upload stalls. */
  readonly signal: AbortSignal
  /**
   * Bytes of this file sent so far in this attempt, plus those stored before it (for multipart:
   * summed over parts, in flight or done). Feeds the progress bar and stall detection.
   */
  onProgress(bytes: number): void
  readonly clock: Clock
  /**
   * Bytes of this file already stored by an earlier session (a resumed multipart upload),
   * reported once before the remaining bytes are sent; the snapshot shows it as `resumedFrom`.
   * Counts as stored (see {@link UploadIO.onStored}).
   */
  resumeFrom(bytes: number): void
  /**
   * Bytes of this file the storage has acknowledged (multipart: the parts it answered),
   * whenever that grows. What a paused resumable file keeps in the totals; a provider that
   * never calls it shows a paused file at 0 until it resumes. Always given by the controller
   * and `MediaUploaderPlugin`; optional so hand-made `UploadIO`s (tests) need not provide it.
   */
  onStored?(bytes: number): void
}

/** A provider-specific classification of an upload or commit error. */
export interface ClassifiedError {
  readonly code: ErrorCode
  readonly status?: number | undefined
  readonly serviceCode?: string | undefined
  readonly detail?: string | undefined
  /** The storage's or app server's id of the failed request (`x-oss-request-id`, `x-amz-request-id`, …), for support. */
  readonly requestId?: string | undefined
  /**
   * The storage refused the request's time (`RequestTimeTooSkewed`, `InvalidTimestamp`):
   * its time (epoch ms) when it said so, or `NaN` when it did not say. The clock is
   * re-synced once from it and the step retried.
   */
  readonly serverTime?: number | undefined
}

/**
 * One upload target: data (rules) plus three steps the controller runs, each
 * retried on its own by the retry policy — a failed commit retries only the
 * commit, never the bytes. Plain objects, no Uppy: the controller (or
 * `MediaUploaderPlugin` in an Uppy app) runs them.
 *
 * @example
 * ```ts
 * const ticketSchema = z.object({ url: z.string() }) // import * as z from 'zod/mini'
 * export const mine = defineProvider<'mine', { url: string }, { url: string }>({
 *   id: 'mine',
 *   rules: { extensions: ['jpg', 'png'] },
 *   sign: async (file, ctx) => ticketSchema.parse(await ctx.http.post(ctx.endpoint, { name: file.name }, ctx.signal)),
 *   upload: async (file, ticket, io) => void (await fetch(ticket.url, { method: 'PUT', body: file.data, signal: io.signal })),
 *   commit: async (_file, ticket) => ({ url: ticket.url }),
 * })
 * ```
 */
export interface Provider<Id extends string = string, Result = unknown, Ticket = unknown, Options = unknown, Receipt = unknown> {
  readonly id: Id
  readonly rules: ProviderRules
  /**
   * Sign step: obtain upload parameters for one file. Throws `MediaUploaderError`.
   * `stale` is the ticket storage refused as expired, on the one re-sign that follows.
   */
  sign(file: ProviderFile, ctx: StepContext<Options>, stale?: Ticket): Promise<Ticket>
  /** When the ticket stops being usable (epoch ms), if known; expired tickets are re-signed before upload. */
  expiresAt?(ticket: Ticket): number | undefined
  /**
   * Whether pausing this upload keeps the bytes sent so far (multipart with recorded parts,
   * chunked); `false` or absent = a pause restarts from byte 0 (the widget says "Stop").
   */
  resumable?(file: ProviderFile, ticket: Ticket): boolean
  /** Upload step: moves the bytes (one request or many: multipart, apply/upload). */
  upload(file: ProviderFile, ticket: Ticket, io: UploadIO): Promise<Receipt>
  /** Commit step after the bytes landed; returns the typed result. */
  commit(file: ProviderFile, ticket: Ticket, receipt: Receipt, ctx: StepContext<Options>): Promise<Result>
  /** Maps an upload or commit error to a code; the generic mapping is used when this returns undefined. */
  classifyError?(error: unknown, ticket: Ticket | undefined): ClassifiedError | undefined
  /**
   * The file was canceled or removed: its ticket (if it had one) will not be
   * used again. Releases what an unfinished upload holds on the storage, e.g.
   * aborts a multipart upload so its parts are not kept. Best effort, never throws.
   */
  discard?(file: ProviderFile, ticket: Ticket | undefined): void
}

/** The result type of a provider. */
export type ResultOf<P> = P extends Provider<string, infer R, infer _T, infer _O, infer _Re> ? R : never
/** The options type of a provider. */
export type OptionsOf<P> = P extends Provider<string, infer _R, infer _T, infer O, infer _Re> ? O : never

/** Identity helper that keeps a provider's literal types. */
export function defineProvider<Id extends string, Result, Ticket, Options = Record<string, never>, Receipt = void>(
  provider: Provider<Id, Result, Ticket, Options, Receipt>,
): Provider<Id, Result, Ticket, Options, Receipt> {
  return provider
}
