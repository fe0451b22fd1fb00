import { MediaUploaderError } from '../../errors/MediaUploaderError.ts'
import { sendPresigned, type PresignedReceipt } from '../../internal/sendPresigned.ts'
import { probeMedia } from '../../internal/probeMedia.ts'
import { toSignError } from '../../internal/toSignError.ts'
import { defineProvider, type ProviderFile } from '../../provider.ts'
import { createPresignBatcher } from './presignBatcher.ts'
import { presignExpiry } from './presignExpiry.ts'
import { presignResponse } from './presignResponse.ts'
import { presignRules } from './rules.ts'

/** What an upload through `presign` resolves to. */
export interface PresignResult {
  /** Object key the server assigned, e.g. `2025/05/03/<uuid>.jpg`. */
  readonly key: string
  /** The object's URL (the presigned URL without its query). */
  readonly url: string
}

interface PresignTicket {
  readonly url: string
  readonly key: string
  readonly expiresAt: number | undefined
}

function ref(file: ProviderFile) {
  const { id, name, size, type } = file
  return { id, name, size, type }
}

function objectType(file: ProviderFile): 'video' | 'origin' {
  return file.type.startsWith('video/') || file.extension === 'mp4' || file.extension === 'webm' ? 'video' : 'origin'
}

/**
 * `GET /oss/presign?ext&width&height&duration&type` → a presigned PUT URL
 * (seed 001). Width/height (images) and duration (videos) are probed in the
 * browser and sent along, as the API records them as object metadata. Through
 * the server handler, files signed together share one request (one batcher
 * per controller).
 */
export const presign = defineProvider<'presign', PresignResult, PresignTicket, Record<string, never>, PresignedReceipt>({
  id: 'presign',
  rules: presignRules,

  async sign(file, ctx) {
    const type = objectType(file)
    const media = await ctx.probeMedia(probeMedia)
    const query: Record<string, string | number> = { ext: file.extension, type }
    if (media.width) query['width'] = Math.round(media.width)
    if (media.height) query['height'] = Math.round(media.height)
    if (type === 'video' && media.duration) query['duration'] = media.duration
    let json: unknown
    try {
      json = await ctx.session.memo(`presign:${ctx.endpoint}`, () => createPresignBatcher(ctx.http, ctx.endpoint))(query, ctx.signal)
    } catch (error) {
      throw toSignError(error, ctx.providerId, ref(file))
    }
    const parsed = presignResponse.safeParse(json)
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => i.path.join('.') || 'body').join(', ')
      throw new MediaUploaderError('sign-response-invalid', { provider: ctx.providerId, file: ref(file), params: { detail }, cause: parsed.error })
    }
    const { code, msg, data } = parsed.data
    if (code !== 0 || !data) {
      throw new MediaUploaderError('sign-rejected', { provider: ctx.providerId, file: ref(file), serviceCode: String(code), params: { detail: msg } })
    }
    let url: URL
    try {
      url = new URL(data.url)
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(url.protocol)
    } catch (cause) {
      throw new MediaUploaderError('sign-response-invalid', { provider: ctx.providerId, file: ref(file), params: { detail: 'data.url is not an absolute URL' }, cause })
    }
    // Only URLs that pin a checksum load the check (and the CRC-32 code).
    if (url.searchParams.has('x-amz-checksum-crc32')) await (await import('./assertChecksumMatches.ts')).assertChecksumMatches(url, file, ctx.providerId, ctx.signal)
    return { url: data.url, key: data.key, expiresAt: presignExpiry(url) }
  },

  expiresAt: (ticket) => ticket.expiresAt,

  upload: (file, ticket, io) => sendPresigned(file, ticket, io),

  commit: async (_file, ticket, receipt) => ({ key: ticket.key, url: receipt.location }),
})
