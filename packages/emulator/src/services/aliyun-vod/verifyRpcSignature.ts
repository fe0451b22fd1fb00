import { createHmac } from 'node:crypto'
import { safeEqual } from '../../s3/sigv4/safeEqual.ts'

const UNRESERVED = /[A-Za-z0-9\-_.~]/

/** RFC 3986 encoding over UTF-8 bytes, written byte by byte (independent of the server package's signer). */
function encode(text: string): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte)
    out += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** The StringToSign VOD computes for a request's parameters (`Signature` excluded). */
export function rpcServerStringToSign(method: string, params: ReadonlyMap<string, string>): string {
  const names = [...params.keys()].filter((name) => name !== 'Signature')
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const canonical = names.map((name) => `${encode(name)}=${encode(params.get(name) as string)}`).join('&')
  return `${method}&${encode('/')}&${encode(canonical)}`
}

/** Whether `signature` is base64(HMAC-SHA1(secret + "&", StringToSign)) for these parameters. */
export function verifyRpcSignature(method: string, params: ReadonlyMap<string, string>, secret: string, signature: string): boolean {
  const expected = createHmac('sha1', `${secret}&`).update(rpcServerStringToSign(method, params), 'utf8').digest('base64')
  return safeEqual(expected, signature)
}
