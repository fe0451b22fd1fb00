import { randomBytes } from 'node:crypto'
import type { StsCredential } from './StsCredential.ts'

/** The STS credentials issued so far (VOD issues them, the OSS store checks them). */
export class StsCredentialStore {
  readonly #byId = new Map<string, StsCredential>()

  /** A fresh credential for one object, valid `lifetimeSeconds` from `now`. */
  issue(bucket: string, key: string, lifetimeSeconds: number, now = Date.now()): StsCredential {
    const credential: StsCredential = {
      accessKeyId: `STS.${randomBytes(12).toString('base64url')}`,
      accessKeySecret: randomBytes(24).toString('base64url'),
      securityToken: `CAIS${randomBytes(96).toString('base64')}`,
      expiresAt: now + lifetimeSeconds * 1000,
      bucket,
      key,
    }
    this.#byId.set(credential.accessKeyId, credential)
    return credential
  }

  /** The credential with this AccessKeyId, or `undefined`. */
  get(accessKeyId: string): StsCredential | undefined {
    return this.#byId.get(accessKeyId)
  }

  /** Forgets every credential. */
  clear(): void {
    this.#byId.clear()
  }
}
