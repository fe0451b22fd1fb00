import * as z from 'zod/mini'

const credentials = {
  accessKeyId: z.string().check(z.minLength(1)),
  secretAccessKey: z.string().check(z.minLength(1)),
  sessionToken: z.string().check(z.minLength(1)),
  /** SigV4 region. */
  region: z.string().check(z.minLength(1)),
  /** Epoch ms (server time) until which the browser may reuse the credentials. */
  expiresAt: z.number(),
}

/**
 * ImageX STS credentials (`scene: 2`) and where to use them: the browser
 * signs `ApplyImageUpload` / `CommitImageUpload` (service `imagex`) with them.
 *
 * @example
 * ```ts
 * const token = jimengImageTokenSchema.parse(envelope.data)
 * ```
 */
export const jimengImageTokenSchema = z.object({
  kind: z.literal('image'),
  ...credentials,
  /** ImageX `ServiceId` (`service_id` in China, `space_name` internationally). */
  serviceId: z.string().check(z.minLength(1)),
  /** ImageX OpenAPI origin. */
  imagex: z.string().check(z.minLength(1)),
})

/**
 * ImageX upload credentials. Short-lived; memory only, never persisted.
 *
 * @example
 * ```ts
 * const token: JimengImageToken = {
 *   kind: 'image', accessKeyId: 'AKTP…', secretAccessKey: '…', sessionToken: 'STS2…', serviceId: 'tb4s082cfz',
 *   imagex: 'https://imagex.bytedanceapi.com', region: 'cn-north-1', expiresAt: 1_760_000_000_000,
 * }
 * ```
 */
export type JimengImageToken = z.infer<typeof jimengImageTokenSchema>

/**
 * ByteDance VOD STS credentials (`scene: 1`) and where to use them: the
 * browser signs `ApplyUploadInner` / `CommitUploadInner` (service `vod`) with them.
 *
 * @example
 * ```ts
 * const token = jimengVideoTokenSchema.parse(envelope.data)
 * ```
 */
export const jimengVideoTokenSchema = z.object({
  kind: z.literal('video'),
  ...credentials,
  /** VOD `SpaceName` (the answer's `space_name`, `dreamina` when it names none). */
  spaceName: z.string().check(z.minLength(1)),
  /** VOD OpenAPI origin. */
  vod: z.string().check(z.minLength(1)),
})

/**
 * VOD upload credentials. Short-lived; memory only, never persisted.
 *
 * @example
 * ```ts
 * const token: JimengVideoToken = {
 *   kind: 'video', accessKeyId: 'AKTP…', secretAccessKey: '…', sessionToken: 'STS2…', spaceName: 'dreamina',
 *   vod: 'https://vod.bytedanceapi.com', region: 'cn-north-1', expiresAt: 1_760_000_000_000,
 * }
 * ```
 */
export type JimengVideoToken = z.infer<typeof jimengVideoTokenSchema>

/**
 * Either token, told apart by `kind`.
 *
 * @example
 * ```ts
 * const token = jimengUploadTokenSchema.parse(data)
 * if (token.kind === 'video') console.log(token.spaceName)
 * ```
 */
// A plain union: the `kind` literals already tell the two apart, and `z.discriminatedUnion` would add
// its code to every page's zod chunk (~0.5 kB gz) for better error messages nobody reads.
export const jimengUploadTokenSchema = z.union([jimengImageTokenSchema, jimengVideoTokenSchema])

/**
 * What `POST {basePath}/jimeng` answers in `data`. The refresh token and the
 * account cookie never leave the server.
 *
 * @example
 * ```ts
 * const region = (token: JimengUploadToken) => token.region
 * ```
 */
export type JimengUploadToken = z.infer<typeof jimengUploadTokenSchema>
