import { randomBytes } from 'node:crypto'

/** An S3-style request id (16 upper-case hex digits). */
export function newRequestId(): string {
  return randomBytes(8).toString('hex').toUpperCase()
}
