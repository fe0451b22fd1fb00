import { randomBytes, randomUUID } from 'node:crypto'
import type { ServiceContext } from '../ServiceContext.ts'
import type { JimengVariant } from './jimengVariants.ts'

/** Which OpenAPI a token signs for: ImageX (`scene: 2`, images) or ByteDance VOD (`scene: 1`, video). */
export type TokenService = 'imagex' | 'vod'

/** STS credentials the token API issued. */
export interface IssuedToken {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly variant: JimengVariant
  /** The only OpenAPI the token is good for. */
  readonly service: TokenService
  /** ImageX `ServiceId`, or the VOD `SpaceName` of a `vod` token. */
  readonly serviceId: string
  /** Epoch ms. */
  readonly expiresAt: number
}

/** One `ApplyImageUpload` or `ApplyUploadInner`: where the bytes go and what must come with them. */
export interface UploadSession {
  readonly sessionKey: string
  readonly storeUri: string
  /** The upload host's `Authorization` value. */
  readonly auth: string
  readonly serviceId: string
  readonly variant: JimengVariant
  readonly fileSize: number
  /** Epoch ms: the upload `Auth` is valid as long as the token it was applied with. */
  readonly expiresAt: number
  /** The object-store bucket the upload host writes the bytes into (key = StoreUri). */
  readonly bucket: string
  /** The VOD video id of an `ApplyUploadInner` session. */
  readonly vid?: string
  /** Set once the upload host stored the bytes. */
  uploaded?: { readonly crc32: string; readonly size: number }
}

const states = new WeakMap<ServiceContext, JimengState>()

/**
 * What the jimeng token API, ImageX and the upload host share within one
 * emulator: issued tokens and upload sessions (in memory only).
 */
export class JimengState {
  readonly tokens = new Map<string, IssuedToken>()
  readonly sessions = new Map<string, UploadSession>()
  readonly byStoreUri = new Map<string, UploadSession>()

  /** The state of the emulator `context` belongs to. */
  static of(context: ServiceContext): JimengState {
    let state = states.get(context)
    if (!state) states.set(context, (state = new JimengState()))
    return state
  }

  /** Issues STS credentials for one service, valid for `seconds`. */
  issue(variant: JimengVariant, service: TokenService, serviceId: string, seconds: number): IssuedToken {
    const token: IssuedToken = {
      accessKeyId: `AKTP${randomBytes(16).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `STS2${Buffer.from(JSON.stringify({ id: randomUUID(), variant, service, serviceId })).toString('base64')}`,
      variant,
      service,
      serviceId,
      expiresAt: Date.now() + seconds * 1000,
    }
    this.tokens.set(token.accessKeyId, token)
    return token
  }

  /** Records an upload session. */
  open(session: UploadSession): UploadSession {
    this.sessions.set(session.sessionKey, session)
    this.byStoreUri.set(session.storeUri, session)
    return session
  }
}
