/**
 * What `POST {basePath}/jimeng` answers in `data`: short-lived ImageX STS
 * credentials and where to use them. The refresh token and the cookie never
 * leave the server.
 *
 * @example
 * ```ts
 * const token: JimengUploadToken = {
 *   accessKeyId: 'AKTP…', secretAccessKey: '…', sessionToken: 'STS2…', serviceId: 'tb4s082cfz',
 *   imagex: 'https://imagex.bytedanceapi.com', region: 'cn-north-1', expiresAt: 1_760_000_000_000,
 * }
 * ```
 */
export interface JimengUploadToken {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  /** ImageX `ServiceId` (`service_id` in China, `space_name` internationally). */
  readonly serviceId: string
  /** ImageX OpenAPI origin. */
  readonly imagex: string
  /** SigV4 region for ImageX. */
  readonly region: string
  /** Epoch ms until which the browser may reuse the credentials. */
  readonly expiresAt: number
}
