import { randomBytes } from 'node:crypto'

/** An OSS-style request id (24 upper-case hex digits). */
export function newOssRequestId(): string {
  return randomBytes(12).toString('hex').toUpperCase()
}
