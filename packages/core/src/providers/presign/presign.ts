import type { PresignObjectType, PresignSignRequest } from '@media-uploader/contracts/presign'
import { sendPresigned, type PresignedReceipt } from '../../internal/sendPresigned.ts'
import { probeMedia } from '../../internal/probeMedia.ts'
import { defineProvider, type ProviderFile } from '../../provider.ts'
import type { PresignOptions } from './PresignOptions.ts'
import type { PresignResult } from './PresignResult.ts'
import { presignRules } from './rules.ts'
import { signPresigned, type PresignTicket } from './signPresigned.ts'

export type { PresignOptions } from './PresignOptions.ts'
export type { PresignResult, PresignThumbnail } from './PresignResult.ts'

function objectType(file: ProviderFile): PresignObjectType {
  return file.type.startsWith('video/') || file.extension === 'mp4' || file.extension === 'webm' ? 'video' : 'origin'
}

/**
 * `GET /oss/presign?ext&width&height&duration&type` → a presigned PUT URL
 * (seed 001). Width/height (images) and duration (videos) are probed in the
 * browser and sent along, as the API records them as object metadata. Through
 * the server handler, files signed together share one request (one batcher
 * per controller). With `thumbnails`, a thumbnail (`type=thumb`) is stored
 * after each original.
 */
export const presign = defineProvider<'presign', PresignResult, PresignTicket, PresignOptions, PresignedReceipt>({
  id: 'presign',
  rules: presignRules,

  async sign(file, ctx) {
    const type = objectType(file)
    const media = await ctx.probeMedia(probeMedia)
    const query: PresignSignRequest = {
      ext: file.extension,
      type,
      ...(media.width ? { width: Math.round(media.width) } : {}),
      ...(media.height ? { height: Math.round(media.height) } : {}),
      ...(type === 'video' && media.duration ? { duration: media.duration } : {}),
    }
    return signPresigned(query, file, ctx)
  },

  expiresAt: (ticket) => ticket.expiresAt,

  upload: (file, ticket, io) => sendPresigned(file, ticket, io),

  async commit(file, ticket, receipt, ctx) {
    const result = { key: ticket.key, url: receipt.location }
    const thumbnails = ctx.options.thumbnails
    if (!thumbnails) return result
    // Loaded only by apps that turn thumbnails on.
    const { storeThumbnail } = await import('./storeThumbnail.ts')
    return { ...result, thumbnail: await storeThumbnail(file, ctx, thumbnails) }
  },
})
