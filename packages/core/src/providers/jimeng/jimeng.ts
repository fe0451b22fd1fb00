import { toSignError } from '../../internal/toSignError.ts'
import { defineProvider } from '../../provider.ts'
import { applyUpload } from './applyUpload.ts'
import { isExpiredToken, type ImagexFailure } from './imagexCall.ts'
import type { JimengTicket } from './JimengTicket.ts'
import { JimengUploader, type CommitResult } from './JimengUploader.ts'
import { jimengRules } from './rules.ts'

/**
 * What an upload through `jimeng` resolves to (`CommitImageUpload`'s `Results[0]` and `PluginResult[0]`).
 *
 * @example
 * ```ts
 * const onUploadSuccess = (_file: unknown, { uri, width, height }: JimengResult) => save({ uri, width, height })
 * ```
 */
export interface JimengResult {
  /** The image URI, e.g. `tos-cn-i-tb4s082cfz/<32 hex>`. */
  readonly uri: string
  readonly width: number | undefined
  readonly height: number | undefined
  /** `png`, `jpeg`, … as ImageX detected it. */
  readonly format: string | undefined
  readonly size: number | undefined
  readonly md5: string | undefined
}

/**
 * Jimeng / Dreamina images through ByteDance ImageX (seed 003, reference §2):
 * the app server turns the account's refresh token into STS credentials
 * (`POST {endpoint}`; one call per batch, reused in memory while valid), the
 * browser signs `ApplyImageUpload` / `CommitImageUpload` itself (SigV4,
 * aws4fetch) and posts the bytes to the upload host with their CRC-32,
 * computed in a Web Worker.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ provider: 'jimeng' })
 * uploader.on('upload-success', (file, result) => console.log(result.uri))
 * ```
 */
export const jimeng = defineProvider<'jimeng', JimengResult, JimengTicket>({
  id: 'jimeng',
  rules: jimengRules,

  async prepare(file, { endpoint, http, signal, providerId: provider }) {
    try {
      return { endpoint, http, applied: await applyUpload(endpoint, http, file.size, signal) }
    } catch (error) {
      const { id, name, size, type } = file
      throw toSignError(error, provider, { id, name, size, type })
    }
  },

  expiresAt: (ticket) => ticket.applied.token.expiresAt,

  installTransport(uppy, { ticketFor }) {
    uppy.use(JimengUploader, { ticketFor })
  },

  async finish(_file, _ticket, response) {
    const { result } = response.body as { result: CommitResult }
    const p = result.PluginResult?.[0]
    return { uri: response.location ?? '', width: p?.ImageWidth, height: p?.ImageHeight, format: p?.ImageFormat, size: p?.ImageSize, md5: p?.ImageMd5 }
  },

  classifyError(error) {
    const { status, serviceCode, name, message } = (error ?? {}) as ImagexFailure
    const base = { status, serviceCode, detail: [status, serviceCode, message].filter(Boolean).join(' ') }
    // 4006 is the emulator's code; the real upload host's is unverified, so the message is checked too.
    if (serviceCode === '4006' || /crc/i.test(message ?? '')) return { ...base, code: 'checksum-mismatch' }
    if (name === 'CommitError') return { ...base, code: 'commit-failed' }
    if (isExpiredToken(error)) return { ...base, code: 'url-expired' }
    return undefined
  },
})
