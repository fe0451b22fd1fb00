/**
 * Percent-encodes like Alibaba Cloud's RPC signature: UTF-8, only
 * `A-Z a-z 0-9 - _ . ~` stay literal (space → `%20`, `*` → `%2A`).
 *
 * @example
 * ```ts
 * rpcPercentEncode("a b*c~") // 'a%20b%2Ac~'
 * ```
 */
export function rpcPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * The canonicalized query string of an RPC request: parameters sorted by
 * name (code unit order), each `encode(name)=encode(value)`, joined by `&`.
 * `Signature` itself is left out.
 *
 * @example
 * ```ts
 * rpcCanonicalQuery({ B: '2', A: 'x y' }) // 'A=x%20y&B=2'
 * ```
 */
export function rpcCanonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${rpcPercentEncode(name)}=${rpcPercentEncode(params[name] as string)}`)
    .join('&')
}

/**
 * `StringToSign = METHOD + "&" + encode("/") + "&" + encode(canonicalQuery)`.
 *
 * @example
 * ```ts
 * rpcStringToSign('GET', { Action: 'CreateUploadImage' }) // 'GET&%2F&Action%3DCreateUploadImage'
 * ```
 */
export function rpcStringToSign(method: 'GET' | 'POST', params: Readonly<Record<string, string>>): string {
  return `${method}&${rpcPercentEncode('/')}&${rpcPercentEncode(rpcCanonicalQuery(params))}`
}

/**
 * Alibaba Cloud RPC signature V1 (`SignatureMethod=HMAC-SHA1`,
 * `SignatureVersion=1.0`): base64(HMAC-SHA1(secret + "&", StringToSign)),
 * on WebCrypto (any Fetch-API runtime).
 * The request's common parameters (`AccessKeyId`, `Timestamp`,
 * `SignatureNonce`, …) must already be in `params`.
 *
 * @example
 * ```ts
 * // The documented example (ECS DescribeRegions, secret "testsecret"):
 * signRpcRequest('GET', { AccessKeyId: 'testid', Action: 'DescribeRegions', Format: 'XML', SignatureMethod: 'HMAC-SHA1',
 *   SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', SignatureVersion: '1.0', Timestamp: '2016-02-23T12:46:24Z',
 *   Version: '2014-05-26' }, 'testsecret') // resolves to 'OLeaidS1JvxuMvnyHOwuJ+uX5qY='
 * ```
 */
export async function signRpcRequest(method: 'GET' | 'POST', params: Readonly<Record<string, string>>, accessKeySecret: string): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', encoder.encode(`${accessKeySecret}&`), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(rpcStringToSign(method, params))))
  return btoa(String.fromCharCode(...mac))
}
