import { randomBytes, randomUUID } from 'node:crypto'
import type { ServiceContext } from '../ServiceContext.ts'
import type { JimengVariant } from './jimengVariants.ts'

/** STS credentials the token API issued. */
export interface IssuedToken {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly variant: JimengVariant
  readonly serviceId: string
  /** Epoch ms. */
  readonly expiresAt: number
}

/** One `ApplyImageUpload`: where the bytes go and what must come with them. */
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

  /** Issues STS credentials valid for `seconds`. */
  issue(variant: JimengVariant, serviceId: string, seconds: number): IssuedToken {
    const token: IssuedToken = {
      accessKeyId: `AKTP${randomBytes(16).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `STS2${Buffer.from(JSON.stringify({ id: randomUUID(), variant, serviceId })).toString('base64')}`,
      variant,
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
