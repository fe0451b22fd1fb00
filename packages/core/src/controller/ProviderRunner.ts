import { createClock, type Clock } from '../clock/Clock.ts'
import { MediaUploaderError, isMediaUploaderError } from '../errors/MediaUploaderError.ts'
import { classifyTransportError } from '../internal/classifyTransportError.ts'
import { requestIdOf } from '../internal/requestIdOf.ts'
import { SignClient } from '../internal/SignClient.ts'
import type { ClassifiedError, Provider, ProviderFile, StepContext } from '../provider.ts'
import type { RetryPolicy } from '../retry/RetryPolicy.ts'
import { watchStall } from '../retry/watchStall.ts'
import { withRetry, type RetryDecision } from '../retry/withRetry.ts'
import type { MediaInfo } from '../types.ts'
import { createSession } from './createSession.ts'

/** A provider as the runner sees it: its ticket and receipt are opaque here. */
export type AnyProvider<R> = Provider<string, R, unknown, unknown, unknown>

/** Options of {@link ProviderRunner}. */
export interface ProviderRunnerOptions {
  readonly endpoint: string
  readonly options: unknown
  readonly policy: RetryPolicy
}

/** Handed to {@link ProviderRunner.upload}. */
export interface UploadHooks {
  readonly signal: AbortSignal
  /** Bytes stored plus those in flight in the live attempt; a failed attempt's bytes are taken back (reported again as only the stored ones). */
  onProgress(bytes: number): void
  /** The ticket was replaced by a re-sign (expired URL or credential). */
  onTicket(ticket: unknown): void
  /** Bytes the storage acknowledged (see `UploadIO.onStored`). */
  onStored?(bytes: number): void
  /** Bytes an earlier session had stored, when this upload resumed it (see `UploadIO.resumeFrom`). */
  onResume?(bytes: number): void
}

/** Whether a classified failure can succeed when the same request is sent again. */
const transient = ({ code, status = 0 }: ClassifiedError): boolean =>
  code === 'network' || code === 'sign-failed' || ((code === 'storage-rejected' || code === 'commit-failed' || code === 'unknown') && (status > 499 || status === 429 || status === 408))

const ref = ({ id, name, size, type }: ProviderFile) => ({ id, name, size, type })

/**
 * Runs one provider's steps for one controller (or one Uppy plugin): sign,
 * upload, commit — each under the retry policy on its own, so a failed
 * commit never sends the bytes again. It owns what the provider keeps between
 * files (its session), the sign endpoint's client and the clock; an expired
 * ticket is re-signed once, a skewed clock re-synced once.
 *
 * @example
 * ```ts
 * const runner = new ProviderRunner(provider, { endpoint, options: {}, policy: defaultRetryPolicy })
 * const ticket = await runner.sign(file, signal)
 * const receipt = await runner.upload(file, ticket, { signal, onProgress, onTicket })
 * const result = await runner.commit(file, ticket, receipt, signal)
 * ```
 */
export class ProviderRunner<R> {
  readonly clock: Clock = createClock()
  readonly session = createSession()
  #http: SignClient | undefined

  constructor(
    readonly provider: AnyProvider<R>,
    readonly config: ProviderRunnerOptions,
  ) {}

  get http(): SignClient {
    return (this.#http ??= new SignClient({ clock: this.clock }))
  }

  context(file: ProviderFile, signal: AbortSignal, probeMedia?: StepContext<unknown>['probeMedia']): StepContext<unknown> {
    return {
      providerId: this.provider.id,
      endpoint: this.config.endpoint,
      http: this.http,
      signal,
      options: this.config.options ?? {},
      clock: this.clock,
      session: this.session,
      probeMedia: probeMedia ?? ((probe): Promise<MediaInfo> => probe(file.data, file.type.split('/')[0] ?? '')),
    }
  }

  /** The sign step under the retry policy. Rejects with a `MediaUploaderError`. */
  async sign(file: ProviderFile, signal: AbortSignal, probeMedia?: StepContext<unknown>['probeMedia'], stale?: unknown): Promise<unknown> {
    try {
      return await withRetry((attempt) => this.provider.sign(file, this.context(file, attempt, probeMedia), stale), {
        policy: this.config.policy,
        signal,
        decide: (error) => (isMediaUploaderError(error) ? (error.code === 'sign-failed' ? 'retry' : 'fail') : 'fail'),
      })
    } catch (error) {
      throw this.#toError(file, error, undefined, 'sign')
    }
  }

  /**
   * The upload step under the retry policy, with stall detection. A ticket
   * that expired (before or during the upload) is re-signed once; a request
   * storage refused for its time re-syncs the clock once. Rejects with a
   * `MediaUploaderError`.
   */
  async upload(file: ProviderFile, ticket: unknown, hooks: UploadHooks): Promise<unknown> {
    const { provider, config, clock } = this
    const { signal } = hooks
    let resigned = false
    let resynced = false
    let stored = 0
    const store = (bytes: number) => {
      if (bytes <= stored) return
      stored = bytes
      hooks.onStored?.(bytes)
    }
    const resign = async () => {
      resigned = true
      hooks.onProgress(stored)
      ticket = await this.sign(file, signal, undefined, ticket)
      hooks.onTicket(ticket)
    }
    // A ticket that expired while it waited is signed again; that does not use up the re-sign a refusal gets.
    if ((provider.expiresAt?.(ticket) ?? Infinity) <= clock.now()) {
      await resign()
      resigned = false
    }
    for (;;) {
      try {
        return await withRetry(
          (attempt, _n, progressed) => {
            let sent = stored
            const send = (watched: AbortSignal, tick: (bytes: number) => void) =>
              provider.upload(file, ticket, {
                signal: watched,
                clock,
                onProgress: (bytes) => {
                  tick(bytes)
                  if (bytes > sent) {
                    sent = bytes
                    progressed()
                  }
                  hooks.onProgress(bytes)
                },
                onStored: store,
                resumeFrom: (bytes) => {
                  store(bytes)
                  hooks.onResume?.(bytes)
                },
              })
            return watchStall(config.policy.stallTimeout, attempt, send, file.size).catch((error: unknown) => {
              // The failed attempt's bytes in flight leave the progress; what storage acknowledged stays.
              hooks.onProgress(stored)
              throw error
            })
          },
          { policy: config.policy, signal, decide: (error) => this.#decide(error, ticket) },
        )
      } catch (error) {
        if (signal.aborted) throw error
        const classified = this.classify(error, ticket)
        if (classified.serverTime !== undefined && !resynced) {
          resynced = true
          // Without the storage's time, a new sign call brings the app server's `Date`.
          if (clock.sync(classified.serverTime)) continue
          if (!resigned) {
            await resign()
            continue
          }
        }
        if (classified.code === 'url-expired' && !resigned) {
          await resign()
          continue
        }
        throw this.#toError(file, error, ticket, 'upload')
      }
    }
  }

  /** The commit step under the retry policy (only the commit is repeated). Rejects with a `MediaUploaderError`. */
  async commit(file: ProviderFile, ticket: unknown, receipt: unknown, signal: AbortSignal): Promise<R> {
    try {
      return await withRetry((attempt) => this.provider.commit(file, ticket, receipt, this.context(file, attempt)), {
        policy: this.config.policy,
        signal,
        decide: (error) => this.#decide(error, ticket),
      })
    } catch (error) {
      throw this.#toError(file, error, ticket, 'commit')
    }
  }

  /** Whether pausing the upload of `file` with `ticket` keeps the bytes sent (the provider's `resumable`). */
  resumable(file: ProviderFile, ticket: unknown): boolean {
    return this.provider.resumable?.(file, ticket) ?? false
  }

  /** The provider's classification of an upload or commit error, else the generic one. */
  classify(error: unknown, ticket: unknown): ClassifiedError {
    if (isMediaUploaderError(error)) return { code: error.code, status: error.status, serviceCode: error.serviceCode, requestId: error.requestId }
    const classified = this.provider.classifyError?.(error, ticket) ?? classifyTransportError(error)
    return classified.requestId === undefined ? { ...classified, requestId: requestIdOf(error) } : classified
  }

  #decide(error: unknown, ticket: unknown): RetryDecision {
    const classified = this.classify(error, ticket)
    return classified.serverTime === undefined && transient(classified) ? 'retry' : 'fail'
  }

  #toError(file: ProviderFile, error: unknown, ticket: unknown, step: 'sign' | 'upload' | 'commit'): MediaUploaderError {
    if (isMediaUploaderError(error)) return error
    const c = step === 'sign' ? classifyTransportError(error) : this.classify(error, ticket)
    const code = step === 'commit' && c.code === 'storage-rejected' ? 'commit-failed' : c.code
    return new MediaUploaderError(code, {
      provider: this.provider.id,
      file: ref(file),
      status: c.status,
      serviceCode: c.serviceCode,
      requestId: c.requestId,
      params: { detail: c.detail ?? c.code },
      cause: error,
      retryable: c.serverTime !== undefined ? false : transient(c) || c.code === 'url-expired' ? true : undefined,
    })
  }
}
