import type { Uppy } from '@uppy/core'
import type { KyInstance } from 'ky'
import type { ErrorCode } from './errors/ErrorCode.ts'
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

/** Handed to a provider's sign step. */
export interface SignContext<Options> {
  readonly providerId: string
  /** Absolute URL of the sign endpoint (default `/api/media-uploader/{provider}` resolved against the page). */
  readonly endpoint: string
  /** ky with the library's retry policy (5xx and network errors, backoff). */
  readonly http: KyInstance
  readonly signal: AbortSignal
  readonly options: Options
  /**
   * Media facts of this file, probed once by `probe` and cached (a re-sign does not probe again);
   * the provider passes its prober, so providers that need none do not ship one.
   */
  probeMedia(probe: (blob: Blob, kind: string) => Promise<MediaInfo>): Promise<MediaInfo>
}

/** Uppy's upload response as the transport reported it. */
export interface TransportResponse {
  readonly location?: string
  readonly key?: string
  readonly body?: unknown
}

/** Handed to a provider's transport when it is installed into Uppy. */
export interface TransportContext<Ticket> {
  /** Upload concurrency (files in flight). */
  readonly limit: number
  /** The prepared ticket for an Uppy file. Throws if the file was not prepared. */
  ticketFor(uppyFileId: string): Ticket
}

/** A provider-specific classification of a transport or commit error. */
export interface ClassifiedError {
  readonly code: ErrorCode
  readonly status?: number
  readonly serviceCode?: string
  readonly detail?: string
}

/**
 * One upload target: data (rules) plus functions for the sign, upload and
 * commit steps. Providers are plain objects; the controller runs them.
 *
 * @example
 * ```ts
 * export const presign = defineProvider({ id: 'presign', rules, prepare, installTransport, finish })
 * ```
 */
export interface Provider<Id extends string = string, Result = unknown, Ticket = unknown, Options = unknown> {
  readonly id: Id
  readonly rules: ProviderRules
  /** Sign step: obtain upload parameters for one file. Throws `MediaUploaderError`. */
  prepare(file: ProviderFile, ctx: SignContext<Options>): Promise<Ticket>
  /** When the ticket stops being usable (epoch ms), if known; expired tickets are re-signed before upload. */
  expiresAt?(ticket: Ticket): number | undefined
  /** Installs the Uppy uploader plugin(s) that move the bytes. Called once per controller. */
  installTransport(uppy: Uppy, ctx: TransportContext<Ticket>): void
  /** Commit step after the bytes landed; returns the typed result. */
  finish(file: ProviderFile, ticket: Ticket, response: TransportResponse, ctx: SignContext<Options>): Promise<Result>
  /** Maps a transport error to a code; the controller's generic mapping is used when this returns undefined. */
  classifyError?(error: unknown, ticket: Ticket | undefined): ClassifiedError | undefined
  /**
   * The file was canceled or removed: its ticket (if it had one) will not be
   * used again. Releases what an unfinished upload holds on the storage, e.g.
   * aborts a multipart upload so its parts are not kept. Best effort, never throws.
   */
  discard?(file: ProviderFile, ticket: Ticket | undefined): void
}

/** The result type of a provider. */
export type ResultOf<P> = P extends Provider<string, infer R, infer _T, infer _O> ? R : never
/** The options type of a provider. */
export type OptionsOf<P> = P extends Provider<string, infer _R, infer _T, infer O> ? O : never

/** Identity helper that keeps a provider's literal types. */
export function defineProvider<Id extends string, Result, Ticket, Options = Record<string, never>>(
  provider: Provider<Id, Result, Ticket, Options>,
): Provider<Id, Result, Ticket, Options> {
  return provider
}
