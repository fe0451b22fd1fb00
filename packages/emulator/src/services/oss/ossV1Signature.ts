import { createHmac } from 'node:crypto'

/** OSS V1 signature: base64(HMAC-SHA1(AccessKeySecret, StringToSign)). */
export function ossV1Signature(accessKeySecret: string, stringToSign: string): string {
  return createHmac('sha1', accessKeySecret).update(stringToSign, 'utf8').digest('base64')
}
