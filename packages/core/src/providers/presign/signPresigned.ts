import { presignSignResponseSchema, type PresignSignRequest } from '@media-uploader/contracts/presign'
import { MediaUploaderError } from '../../errors/MediaUploaderError.ts'
import { readAnswer } from '../../internal/readAnswer.ts'
import { toSignError } from '../../internal/toSignError.ts'
import type { ProviderFile, StepContext } from '../../provider.ts'
import { createPresignBatcher } from './presignBatcher.ts'
import { presignExpiry } from './presignExpiry.ts'

/** Where to PUT one object. */
export interface PresignTicket {
  readonly url: string
  readonly key: string
  readonly expiresAt: number | undefined
}

const checked = process.env.NODE_ENV !== 'production' ? presignSignResponseSchema : undefined

function ref(file: ProviderFile) {
  const { id, name, size, type } = file
  return { id, name, size, type }
}

/**
 * Signs one object through the app's sign endpoint (batched with the other
 * files signed within a few ms, one batcher per controller) and checks the
 * answer against the contract. Errors are typed and name `file`.
 *
 * @example
 * ```ts
 * const ticket = await signPresigned({ ext: 'webp', type: 'thumb', width: 320, height: 180 }, thumbFile, ctx)
 * ```
 */
export async function signPresigned(query: PresignSignRequest, file: ProviderFile, ctx: StepContext<unknown>): Promise<PresignTicket> {
  let json: unknown
  try {
    json = await ctx.session.memo(`presign:${ctx.endpoint}`, () => createPresignBatcher(ctx.http, ctx.endpoint))(query, ctx.signal)
  } catch (error) {
    throw toSignError(error, ctx.providerId, ref(file))
  }
  const invalid = (detail: string, cause?: unknown) => new MediaUploaderError('sign-response-invalid', { provider: ctx.providerId, file: ref(file), params: { detail }, cause })
  const { code, msg, data } = readAnswer(json, checked, invalid)
  if (code !== 0 || !data) {
    throw new MediaUploaderError('sign-rejected', { provider: ctx.providerId, file: ref(file), serviceCode: String(code), params: { detail: msg } })
  }
  let url: URL
  try {
    url = new URL(data.url)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(url.protocol)
  } catch (cause) {
    throw invalid('data.url is not an absolute URL', cause)
  }
  // Only URLs that pin a checksum load the check (and the CRC-32 code).
  if (url.searchParams.has('x-amz-checksum-crc32')) await (await import('./assertChecksumMatches.ts')).assertChecksumMatches(url, file, ctx.providerId, ctx.signal)
  return { url: data.url, key: data.key, expiresAt: presignExpiry(url) }
}
