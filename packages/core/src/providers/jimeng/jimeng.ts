import { toSignError } from '../../internal/toSignError.ts'
import { defineProvider } from '../../provider.ts'
import { crc32OffMainThread } from '../../internal/crc32OffMainThread.ts'
import { applyUpload } from './applyUpload.ts'
import type { CommitResult } from './CommitResult.ts'
import { imagexCall, imagexFailure, isExpiredToken, isSkewed, type ImagexFailure } from './imagexCall.ts'
import { JimengTokens } from './jimengToken.ts'
import type { JimengTicket } from './JimengTicket.ts'
import { postBytes } from './postBytes.ts'
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
 * (`POST {endpoint}`; one call per controller, reused in memory while valid), the
 * browser signs `ApplyImageUpload` / `CommitImageUpload` itself (SigV4,
 * aws4fetch) and posts the bytes to the upload host with their CRC-32,
 * computed in a Web Worker; the commit (`CommitImageUpload`) is its own step,
 * so a failed commit is retried without sending the bytes again.
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

  async sign(file, { endpoint, http, signal, clock, session, providerId: provider }, stale) {
    const tokens = session.memo(`jimeng:${endpoint}`, () => new JimengTokens(endpoint, http, clock))
    // A re-sign after ImageX refused the token (or the time): a new token, which also re-syncs the clock.
    if (stale) tokens.drop(stale.applied.token)
    try {
      return { applied: await applyUpload(tokens, file.size, signal, clock) }
    } catch (error) {
      const { id, name, size, type } = file
      throw toSignError(error, provider, { id, name, size, type })
    }
  },

  expiresAt: (ticket) => ticket.applied.token.expiresAt,

  async upload(file, { applied }, io) {
    const crc = (await crc32OffMainThread(file.data, io.signal)).toString(16).padStart(8, '0')
    const headers = { Authorization: applied.auth, 'Content-CRC32': crc, 'Content-Type': 'application/octet-stream' }
    await postBytes(`${applied.host}/upload/v1/${applied.uri}`, headers, file.data, io.signal, io.onProgress)
  },

  async commit(_file, { applied }, _receipt, ctx) {
    const result = await imagexCall<CommitResult>(applied.token, { Action: 'CommitImageUpload' }, ctx.signal, ctx.clock, JSON.stringify({ SessionKey: applied.sessionKey }))
    const [{ Uri, UriStatus } = {}] = result.Results ?? []
    if (UriStatus !== 2000 || !Uri) throw imagexFailure(`UriStatus ${UriStatus}`, 200, String(UriStatus), 'CommitError')
    const p = result.PluginResult?.[0]
    return { uri: Uri, width: p?.ImageWidth, height: p?.ImageHeight, format: p?.ImageFormat, size: p?.ImageSize, md5: p?.ImageMd5 }
  },

  classifyError(error) {
    const { status, serviceCode, name, message } = (error ?? {}) as ImagexFailure
    const base = { status, serviceCode, detail: [status, serviceCode, message].filter(Boolean).join(' ') }
    // 4006 is the emulator's code; the real upload host's is unverified, so the message is checked too.
    if (serviceCode === '4006' || /crc/i.test(message ?? '')) return { ...base, code: 'checksum-mismatch' }
    if (name === 'CommitError') return { ...base, code: 'commit-failed' }
    if (isExpiredToken(error)) return { ...base, code: 'url-expired' }
    // ImageX does not say its time: the re-sign that follows brings the app server's `Date`.
    if (isSkewed(error)) return { ...base, code: 'storage-rejected', serverTime: Number.NaN }
    return undefined
  },
})
