import type { ServiceContext } from '../ServiceContext.ts'
import { ossStateOf } from '../oss/ossStateOf.ts'
import { VOD_BUCKET, VOD_REGION } from '../oss/vodBucket.ts'

/** `UploadAddress` and `UploadAuth`, base64 JSON as VOD sends them. */
export interface UploadAuthPair {
  readonly UploadAddress: string
  readonly UploadAuth: string
}

const base64Json = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64')

/**
 * Issues an STS credential for one object of the VOD bucket, valid
 * `config.vodUploadAuthExpiresSeconds` (3000 by default), and encodes it with
 * the object's address: `UploadAddress` = `{Endpoint, Bucket, FileName}`,
 * `UploadAuth` = `{SecurityToken, AccessKeyId, ExpireUTCTime, AccessKeySecret, Expiration, Region}`.
 */
export function issueUploadAuth(context: ServiceContext, fileName: string): UploadAuthPair {
  const endpoint = context.urls.oss
  if (endpoint === undefined) throw new Error('the oss service is not running')
  const lifetime = context.config.vodUploadAuthExpiresSeconds
  const credential = ossStateOf(context).credentials.issue(VOD_BUCKET, fileName, lifetime)
  return {
    UploadAddress: base64Json({ Endpoint: endpoint, Bucket: VOD_BUCKET, FileName: fileName }),
    UploadAuth: base64Json({
      SecurityToken: credential.securityToken,
      AccessKeyId: credential.accessKeyId,
      ExpireUTCTime: new Date(credential.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      AccessKeySecret: credential.accessKeySecret,
      Expiration: String(lifetime),
      Region: VOD_REGION,
    }),
  }
}
