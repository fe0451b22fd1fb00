const encoder = new TextEncoder()

/**
 * base64(HMAC-SHA1(secret, text)) on WebCrypto: the OSS V1 signature.
 *
 * @example
 * ```ts
 * await hmacSha1('sk', stringToSign) // 'kSHKmLxlyEAKtZPkJhG9bZb5k7M=' for the go-sdk-v2 header vector
 * ```
 */
export async function hmacSha1(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)))))
}
