import type { KyInstance } from 'ky'
import type { Clock } from '../../clock/Clock.ts'
import { imagexFailure } from './imagexCall.ts'

/** ImageX STS credentials from the app server (`POST {endpoint}` → `{code:0, data}`). Memory only. */
export interface JimengToken {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly serviceId: string
  /** ImageX OpenAPI origin. */
  readonly imagex: string
  /** SigV4 region. */
  readonly region: string
  /** Epoch ms (server time). */
  readonly expiresAt: number
}

/** Reused until 30 s before it expires. */
const MARGIN = 30_000

/**
 * The STS token of one sign endpoint for one controller (kept in its
 * provider session, dropped with it): one call to the app server shared by
 * every file (concurrent callers await the same promise), reused while valid.
 *
 * @example
 * ```ts
 * const tokens = ctx.session.memo(`jimeng:${ctx.endpoint}`, () => new JimengTokens(ctx.endpoint, ctx.http, ctx.clock))
 * const token = await tokens.get()
 * ```
 */
export class JimengTokens {
  #pending: Promise<JimengToken> | undefined
  #token: JimengToken | undefined

  constructor(
    readonly endpoint: string,
    readonly http: KyInstance,
    readonly clock: Clock,
  ) {}

  async get(): Promise<JimengToken> {
    const token = await (this.#pending ??= this.#load())
    if (token.expiresAt - MARGIN > this.clock.now()) return token
    this.drop(token)
    return (this.#pending ??= this.#load())
  }

  /** Forgets `token` (ImageX said it expired), unless a newer one replaced it already. */
  drop(token: JimengToken): void {
    if (this.#token === token) {
      this.#token = undefined
      this.#pending = undefined
    }
  }

  #load(): Promise<JimengToken> {
    const pending = this.http
      // An empty JSON body: the sign endpoint only accepts application/json (CSRF).
      .post(this.endpoint, { json: {} })
      .json<{ code?: unknown; data?: Partial<Record<keyof JimengToken, unknown>> }>()
      .then(({ code, data: t }) => {
        // The app server (ours) shapes it; a wrong answer means a misconfigured endpoint.
        if (code !== 0 || typeof t?.sessionToken !== 'string' || typeof t.expiresAt !== 'number') throw imagexFailure('not an upload token', undefined, undefined, 'InvalidAnswer')
        return (this.#token = t as JimengToken)
      })
    pending.catch(() => {
      if (this.#pending === pending) this.#pending = undefined
    })
    return pending
  }
}
