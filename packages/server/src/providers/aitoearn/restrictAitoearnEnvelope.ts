import { z } from 'zod'
import type { AitoearnConfirmedAsset, AitoearnConfirmResponse, AitoearnSignResponse } from '@media-uploader/contracts/aitoearn'

const envelope = z.object({
  code: z.number().int(),
  message: z.string(),
  data: z.unknown().optional(),
  requestId: z.string().max(128).optional(),
})

const httpUrl = z
  .string()
  .max(8192)
  .refine((text) => {
    try {
      const url = new URL(text)
      return url.protocol === 'https:' || url.protocol === 'http:'
    } catch {
      return false
    }
  }, 'must be an http(s) URL')

const uploadResult = z.object({
  id: z.string().min(1).max(128),
  path: z.string().max(1024),
  url: z.string().max(8192),
  uploadUrl: httpUrl,
  uploadFields: z.record(z.string(), z.string()).optional(),
})

const asset = z.object({
  id: z.string().max(128).optional(),
  url: z.string().max(8192).optional(),
})

/** Which call the envelope answers. */
export type AitoearnStage = 'sign' | 'confirm'

/**
 * Reads an upstream answer and keeps only what the browser needs: `code`,
 * `message`, `requestId` and, on success, the upload ticket (sign) or the
 * asset's id and URL (confirm). Anything else upstream sent (timestamps,
 * internal fields) is dropped. A business error keeps its code and message
 * with `data: null`.
 *
 * @returns the restricted envelope, or `undefined` when the body is not an
 *   AiToEarn envelope (or a success without a usable ticket).
 */
export function restrictAitoearnEnvelope(body: unknown, stage: 'sign'): AitoearnSignResponse | undefined
export function restrictAitoearnEnvelope(body: unknown, stage: 'confirm'): AitoearnConfirmResponse | undefined
export function restrictAitoearnEnvelope(body: unknown, stage: AitoearnStage): AitoearnSignResponse | AitoearnConfirmResponse | undefined
export function restrictAitoearnEnvelope(body: unknown, stage: AitoearnStage): AitoearnSignResponse | AitoearnConfirmResponse | undefined {
  const parsed = envelope.safeParse(body)
  if (!parsed.success) return undefined
  const { code, message, requestId } = parsed.data
  const head = { code, message, ...(requestId === undefined ? {} : { requestId }) }
  if (code !== 0) return { ...head, data: null }
  if (stage === 'sign') {
    const ticket = uploadResult.safeParse(parsed.data.data)
    if (!ticket.success) return undefined
    const { id, path, url, uploadUrl, uploadFields } = ticket.data
    return { ...head, data: { id, path, url, uploadUrl, ...(uploadFields === undefined ? {} : { uploadFields }) } }
  }
  const confirmed = asset.safeParse(parsed.data.data ?? {})
  const data: AitoearnConfirmedAsset = confirmed.success
    ? {
        ...(confirmed.data.id === undefined ? {} : { id: confirmed.data.id }),
        ...(confirmed.data.url === undefined ? {} : { url: confirmed.data.url }),
      }
    : {}
  return { ...head, data }
}
