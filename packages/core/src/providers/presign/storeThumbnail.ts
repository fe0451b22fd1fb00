import type { PresignExtension } from '@media-uploader/contracts/presign'
import { MediaUploaderError, isMediaUploaderError } from '../../errors/MediaUploaderError.ts'
import { classifyTransportError } from '../../internal/classifyTransportError.ts'
import { mimeForExtension } from '../../internal/mimeForExtension.ts'
import { sendPresigned } from '../../internal/sendPresigned.ts'
import type { ProviderFile, StepContext } from '../../provider.ts'
import { createThumbnail } from '../../thumbnails/createThumbnail.ts'
import type { PresignOptions } from './PresignOptions.ts'
import type { PresignThumbnail } from './PresignResult.ts'
import { signPresigned } from './signPresigned.ts'

const EXTENSION: Readonly<Record<string, PresignExtension>> = { 'image/webp': 'webp', 'image/jpeg': 'jpg', 'image/png': 'png' }
/** A video that never seeks or an image that never decodes must not hold the upload in `committing`. */
const MAKE_TIMEOUT_MS = 20_000

async function withTimeout<T>(outer: AbortSignal, ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const stop = () => controller.abort(outer.reason)
  outer.addEventListener('abort', stop, { once: true })
  const timer = setTimeout(() => controller.abort(new Error(`took longer than ${ms / 1000} s`)), ms)
  try {
    return await run(controller.signal)
  } finally {
    clearTimeout(timer)
    outer.removeEventListener('abort', stop)
  }
}

/**
 * Makes the thumbnail of a stored original, signs it (`type=thumb`, its own
 * width/height) and PUTs it. Never throws but for cancellation: a failure
 * is returned as `{ ok: false, error }`, so the original's upload stands.
 *
 * @example
 * ```ts
 * const thumbnail = await storeThumbnail(file, ctx, { maxSize: 320 })
 * ```
 */
export async function storeThumbnail(file: ProviderFile, ctx: StepContext<unknown>, options: NonNullable<PresignOptions['thumbnails']>): Promise<PresignThumbnail> {
  const { id, name, size, type } = file
  const fail = (error: unknown): PresignThumbnail => {
    if (ctx.signal.aborted) throw ctx.signal.reason
    if (isMediaUploaderError(error)) return { ok: false, error }
    const c = classifyTransportError(error)
    const reason = error instanceof Error ? error.message : String(error)
    const detail = c.code === 'unknown' ? { en: `could not make a thumbnail: ${reason}`, 'zh-CN': `无法生成缩略图：${reason}` } : (c.detail ?? c.code)
    const params = { detail }
    return { ok: false, error: new MediaUploaderError(c.code, { provider: ctx.providerId, file: { id, name, size, type }, status: c.status, serviceCode: c.serviceCode, requestId: c.requestId, params, cause: error }) }
  }
  try {
    const mime = file.data.type || type || mimeForExtension(file.extension) || ''
    const source = file.data.type === mime ? file.data : file.data.slice(0, file.data.size, mime)
    const made = await withTimeout(ctx.signal, MAKE_TIMEOUT_MS, (signal) => createThumbnail(source, { maxSize: options.maxSize ?? 320, type: options.type ?? 'image/webp', signal }))
    const ext = EXTENSION[made.blob.type] ?? 'png'
    const thumb: ProviderFile = { id, name: `${name.replace(/\.[^.]*$/, '')}.thumb.${ext}`, size: made.blob.size, type: made.blob.type, data: made.blob, extension: ext }
    const ticket = await signPresigned({ ext, type: 'thumb', width: made.width, height: made.height }, thumb, ctx)
    const noop = () => {}
    const receipt = await sendPresigned(thumb, ticket, { signal: ctx.signal, clock: ctx.clock, onProgress: noop, resumeFrom: noop, onStored: noop })
    return { ok: true, key: ticket.key, url: receipt.location, width: made.width, height: made.height, type: made.blob.type }
  } catch (error) {
    return fail(error)
  }
}
