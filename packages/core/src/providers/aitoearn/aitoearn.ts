import {
  aitoearnEnvelopeSchema,
  aitoearnUploadTicketSchema,
  type AitoearnAssetType,
  type AitoearnConfirmedAsset,
  type AitoearnConfirmRequest,
  type AitoearnSignRequest,
} from '@media-uploader/contracts/aitoearn'
import { MediaUploaderError } from '../../errors/MediaUploaderError.ts'
import { readAnswer } from '../../internal/readAnswer.ts'
import { sendPresigned, type PresignedReceipt } from '../../internal/sendPresigned.ts'
import type { SignClient } from '../../internal/SignClient.ts'
import { toSignError } from '../../internal/toSignError.ts'
import { defineProvider, type ProviderFile } from '../../provider.ts'
import { presignExpiry } from '../presign/presignExpiry.ts'
import { aitoearnRules } from './rules.ts'
import { toAitoearnError } from './toAitoearnError.ts'

/** What an upload through `aitoearn` resolves to. */
export interface AitoearnResult {
  /** Asset id. */
  readonly id: string
  /** Object path in the asset store. */
  readonly path: string
  /** The asset's URL (after confirm, the confirmed one). */
  readonly url: string
}

/** Options of the `aitoearn` provider. */
export interface AitoearnOptions {
  /** Where AiToEarn files the asset. Default `temp`. */
  readonly type?: AitoearnAssetType
  /** Call `POST {endpoint}/confirm` after the upload (AiToEarn checks the object and fixes its type). Default false. */
  readonly confirm?: boolean
}

interface AitoearnTicket {
  readonly id: string
  readonly path: string
  readonly url: string
  readonly uploadUrl: string
  readonly fields: Readonly<Record<string, string>> | undefined
  readonly expiresAt: number | undefined
  readonly grant: string | undefined
}

// Checked in development builds only (see readAnswer).
const checked = process.env.NODE_ENV !== 'production' ? { envelope: aitoearnEnvelopeSchema, ticket: aitoearnUploadTicketSchema } : undefined

const ref = ({ id, name, size, type }: ProviderFile) => ({ id, name, size, type })

function invalid(file: ProviderFile, detail: string, cause?: unknown): MediaUploaderError {
  return new MediaUploaderError('sign-response-invalid', { provider: 'aitoearn', file: ref(file), params: { detail }, cause })
}

function policyExpiry(fields: Readonly<Record<string, string>>): number | undefined {
  const policy = fields['Policy'] ?? fields['policy']
  if (!policy) return undefined
  try {
    const expiration = (JSON.parse(atob(policy)) as { expiration?: string }).expiration
    return expiration ? Date.parse(expiration) : undefined
  } catch {
    return undefined
  }
}

async function call(http: SignClient, url: string, json: AitoearnSignRequest | AitoearnConfirmRequest, file: ProviderFile, signal: AbortSignal, stage: 'sign' | 'confirm'): Promise<unknown> {
  let body: unknown
  try {
    body = await http.post(url, json, signal)
  } catch (error) {
    throw toSignError(error, 'aitoearn', ref(file))
  }
  const envelope = readAnswer(body, checked?.envelope, (detail, cause) => invalid(file, detail, cause))
  if (envelope.code !== 0) throw toAitoearnError(envelope.code, envelope.message, ref(file), stage)
  return envelope.data
}

/**
 * AiToEarn assets (seed 000): the app server signs with its `X-Api-Key`
 * (`POST {endpoint}` → `uploadSign`), the browser PUTs to `uploadUrl` — or
 * POSTs a form when `uploadFields` is filled — and optionally confirms.
 */
export const aitoearn = defineProvider<'aitoearn', AitoearnResult, AitoearnTicket, AitoearnOptions, PresignedReceipt>({
  id: 'aitoearn',
  rules: aitoearnRules,

  async sign(file, ctx) {
    const data = await call(ctx.http, ctx.endpoint, { filename: file.name, size: file.size, type: ctx.options.type ?? 'temp' }, file, ctx.signal, 'sign')
    const { id, path, url, uploadUrl, uploadFields, grant } = readAnswer(data, checked?.ticket, (detail, cause) => invalid(file, detail, cause), 'data')
    let target: URL
    try {
      target = new URL(uploadUrl)
    } catch (cause) {
      throw invalid(file, 'data.uploadUrl is not an absolute URL', cause)
    }
    const fields = uploadFields && Object.keys(uploadFields).length > 0 ? uploadFields : undefined
    return { id, path, url, uploadUrl, fields, expiresAt: fields ? policyExpiry(fields) : presignExpiry(target), grant }
  },

  expiresAt: (ticket) => ticket.expiresAt,

  upload: (file, { uploadUrl: url, path, fields }, io) => sendPresigned(file, { url, key: fields?.['key'] ?? path, fields }, io),

  async commit(file, ticket, _receipt, ctx) {
    if (!ctx.options.confirm) return { id: ticket.id, path: ticket.path, url: ticket.url }
    const data = await call(ctx.http, `${ctx.endpoint.replace(/\/$/, '')}/confirm`, { id: ticket.id, grant: ticket.grant }, file, ctx.signal, 'confirm')
    // An answer without a usable url keeps the signed one.
    const confirmed = (data ?? {}) as Partial<Record<keyof AitoearnConfirmedAsset, unknown>>
    return { id: ticket.id, path: ticket.path, url: typeof confirmed.url === 'string' && confirmed.url ? confirmed.url : ticket.url }
  },
})
