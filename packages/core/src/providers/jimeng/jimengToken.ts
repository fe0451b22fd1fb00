import { jimengSignResponseSchema, type JimengMediaKind, type JimengSignResponse, type JimengUploadToken } from '@media-uploader/contracts/jimeng'
import type { Clock } from '../../clock/Clock.ts'
import { readAnswer } from '../../internal/readAnswer.ts'
import type { SignClient } from '../../internal/SignClient.ts'
import { imagexFailure } from './imagexFailure.ts'

/** The token of one kind: ImageX credentials for `image`, VOD credentials for `video`. */
export type JimengToken<K extends JimengMediaKind = JimengMediaKind> = Extract<JimengUploadToken, { kind: K }>

// Checked in development builds only (see readAnswer).
const checked = process.env.NODE_ENV !== 'production' ? jimengSignResponseSchema : undefined

/** Reused until 30 s before it expires. */
const MARGIN = 30_000

/**
 * The STS token of one kind from one sign endpoint for one controller (kept
 * in its provider session under a key naming the kind, so image and video
 * tokens are never shared; dropped with the controller): one call to the app
 * server (`POST {endpoint}` `{kind}`) shared by every file of that kind
 * (concurrent callers await the same promise), reused while valid.
 *
 * @example
 * ```ts
 * const tokens = ctx.session.memo(`jimeng:video:${ctx.endpoint}`, () => new JimengTokens('video', ctx.endpoint, ctx.http, ctx.clock))
 * const token = await tokens.get()
 * ```
 */
export class JimengTokens<K extends JimengMediaKind = JimengMediaKind> {
  #pending: Promise<JimengToken<K>> | undefined
  #token: JimengToken<K> | undefined

  constructor(
    readonly kind: K,
    readonly endpoint: string,
    readonly http: SignClient,
    readonly clock: Clock,
  ) {}

  async get(): Promise<JimengToken<K>> {
    const token = await (this.#pending ??= this.#load())
    if (token.expiresAt - MARGIN > this.clock.now()) return token
    this.drop(token)
    return (this.#pending ??= this.#load())
  }

  /** Forgets `token` (the storage said it expired), unless a newer one replaced it already. */
  drop(token: JimengToken): void {
    if (this.#token === token) {
      this.#token = undefined
      this.#pending = undefined
    }
  }

  #load(): Promise<JimengToken<K>> {
    const pending = this.http
      // JSON: the sign endpoint only accepts application/json (CSRF).
      .post(this.endpoint, { kind: this.kind })
      .then((body) => {
        // The app server (ours) shapes it; a wrong answer means a misconfigured endpoint.
        const invalid = () => imagexFailure('not an upload token', undefined, undefined, 'InvalidAnswer')
        const { data } = readAnswer<JimengSignResponse>(body, checked, invalid)
        if (data?.kind !== this.kind) throw invalid()
        return (this.#token = data as JimengToken<K>)
      })
    pending.catch(() => {
      if (this.#pending === pending) this.#pending = undefined
    })
    return pending
  }
}
