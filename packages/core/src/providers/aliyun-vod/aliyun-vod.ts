import {
  aliyunVodUploadAddressSchema,
  aliyunVodUploadAuthSchema,
  type AliyunVodUploadAddress,
  type AliyunVodUploadAuth,
  type AliyunVodUploadTicket,
} from '@media-uploader/contracts/aliyun-vod'
import { isMediaUploaderError, type ErrorFileRef } from '../../errors/MediaUploaderError.ts'
import { classifyTransportError } from '../../internal/classifyTransportError.ts'
import { readAnswer } from '../../internal/readAnswer.ts'
import { defineProvider } from '../../provider.ts'
import { abortMultipartUpload } from './abortMultipartUpload.ts'
import { isAliyunVodCheckpoint } from './AliyunVodCheckpoint.ts'
import { aliyunVodResumeFor, RESUME_MAX_AGE } from './AliyunVodResume.ts'
import { aliyunVodInvalidAnswer, aliyunVodSignCall } from './aliyunVodSignCall.ts'
import type { AliyunVodTicket } from './AliyunVodTicket.ts'
import { hmacSha1 } from './hmacSha1.ts'
import type { OssError } from './ossRequest.ts'
import { ossStringToSign } from './ossStringToSign.ts'
import { aliyunVodRules } from './rules.ts'
import { isMultipart, uploadToOss } from './uploadToOss.ts'

/**
 * What an upload through `aliyun-vod` resolves to: VOD's ids (and, for an
 * image, its URLs). VOD announces the processed media with its
 * `FileUploadComplete` / `ImageUploadComplete` callback.
 *
 * @example
 * ```ts
 * uploader.on('upload-success', (file, result) => {
 *   if (result.kind === 'video') saveVideo(result.videoId)
 *   else showImage(result.imageUrl)
 * })
 * ```
 */
export type AliyunVodResult =
  | { readonly kind: 'image'; readonly imageId: string; readonly imageUrl: string; readonly fileUrl: string }
  | { readonly kind: 'video'; readonly videoId: string }

/**
 * Options of the `aliyun-vod` provider: VOD parameters, sent to the app
 * server, which checks them (errors name the VOD field) and may override them;
 * and how long an unfinished multipart upload may be resumed after a reload.
 *
 * @example
 * ```tsx
 * <MediaUploader provider="aliyun-vod" providerOptions={{ title: '发布会', tags: ['2025', 'event'], cateId: 1000 }} />
 * ```
 */
export interface AliyunVodOptions {
  /** ≤ 128 bytes UTF-8. Videos default to the file name. */
  readonly title?: string
  /** ≤ 16 tags of ≤ 32 bytes each. */
  readonly tags?: readonly string[]
  /** ≤ 1024 bytes UTF-8. */
  readonly description?: string
  readonly cateId?: number
  /** Images: `default` (default) or `cover`. */
  readonly imageType?: 'default' | 'cover'
  /** `outin-….oss-cn-shanghai.aliyuncs.com`. */
  readonly storageLocation?: string
  /** VOD's UserData: a JSON object (message callback, …) or its text. */
  readonly userData?: string | Readonly<Record<string, unknown>>
  /** `app-…`; VOD's default is app-1000000. */
  readonly appId?: string
  /**
   * ms an unfinished multipart upload can be resumed after a page reload (its
   * non-secret checkpoint kept in IndexedDB). Default 24 h; `0` turns resume off.
   * Not sent to the server.
   */
  readonly resumeMaxAge?: number
}

const PROVIDER = 'aliyun-vod'

/** Decodes a sign answer into the ticket: address, signer (STS credential in its closure), ids. */
// Checked in development builds only (see readAnswer).
const checked = process.env.NODE_ENV !== 'production' ? { address: aliyunVodUploadAddressSchema, auth: aliyunVodUploadAuthSchema } : undefined

function apply(ticket: AliyunVodTicket, data: AliyunVodUploadTicket, file: ErrorFileRef): void {
  const decode = (text: string): unknown => {
    try {
      return JSON.parse(atob(text))
    } catch {
      return undefined
    }
  }
  const invalid = () => aliyunVodInvalidAnswer(file)
  const { Endpoint, Bucket, FileName } = readAnswer<AliyunVodUploadAddress>(decode(data.UploadAddress), checked?.address, invalid)
  const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = readAnswer<AliyunVodUploadAuth>(decode(data.UploadAuth), checked?.auth, invalid)
  const { clock } = ticket
  let origin: URL
  try {
    origin = new URL(Endpoint)
  } catch {
    throw invalid()
  }
  const resource = `/${Bucket}/${FileName}`
  ticket.url = `${origin.protocol}//${Bucket}.${origin.host}/${FileName.split('/').map(encodeURIComponent).join('/')}`
  ticket.key = FileName
  ticket.expiresAt = clock.now() + (Number(Expiration) || 3000) * 900
  ticket.sign = async (verb, contentType, sub) => {
    const date = new Date(clock.now()).toUTCString()
    const headers: Record<string, string> = { 'x-oss-date': date, 'x-oss-security-token': SecurityToken }
    if (contentType) headers['Content-Type'] = contentType
    headers.Authorization = `OSS ${AccessKeyId}:${await hmacSha1(AccessKeySecret, ossStringToSign(verb, '', contentType, date, headers, resource + sub))}`
    return headers
  }
  if ('VideoId' in data) {
    ticket.videoId = data.VideoId
    ticket.grant = data.grant ?? ticket.grant
  } else {
    ticket.imageId = data.ImageId
    ticket.imageUrl = data.ImageURL
    ticket.fileUrl = data.FileURL
  }
}

/**
 * Aliyun VOD (seed 002): the app server calls `CreateUploadImage` /
 * `CreateUploadVideo` with its AccessKey (`POST {endpoint}`), the browser
 * decodes `UploadAddress`/`UploadAuth` and uploads to OSS with the STS
 * credential (V1 signature on WebCrypto, `x-oss-security-token`): a single
 * PUT, or multipart for videos over 16 MiB. The credential (3000 s) is
 * renewed before it expires or when OSS says so — `POST {endpoint}/refresh`
 * (RefreshUploadVideo) for a video, a new CreateUploadImage for an image —
 * and held in memory only. A multipart upload keeps a non-secret checkpoint
 * (VideoId, grant, UploadId, finished parts) in IndexedDB: the same file
 * added after a page reload continues the same video and multipart upload
 * (refresh, ListParts, the missing parts only). A retryable failure keeps
 * its ticket; one OSS refused (4xx) is signed afresh on retry.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ provider: 'aliyun-vod', providerOptions: { title: 'Clip' } })
 * await uploader.add(input.files) // POST /api/media-uploader/aliyun-vod, then OSS
 * ```
 */
export const aliyunVod = defineProvider<typeof PROVIDER, AliyunVodResult, AliyunVodTicket, AliyunVodOptions>({
  id: PROVIDER,
  rules: aliyunVodRules,

  async sign(file, ctx, stale) {
    // Storage refused the credential: renew it in the same ticket, which keeps the video and its uploaded parts.
    if (stale) return stale.renew(ctx.signal).then(() => stale)
    const { http, endpoint, clock, signal } = ctx
    const { resumeMaxAge = RESUME_MAX_AGE, ...options } = ctx.options
    const { id, name, size, type } = file
    const ref = { id, name, size, type }
    const json = { ...options, fileName: name, fileSize: size }
    const refreshUrl = `${endpoint.replace(/\/$/, '')}/refresh`
    const ticket = { etags: [], clock } as unknown as AliyunVodTicket
    // Only the first sign of a file in this page looks for a checkpoint: a later one (after a refusal) starts afresh.
    const signed = ctx.session.memo('aliyun-vod:signed', () => new Set<string>())
    const resume = isMultipart(file) && !signed.has(id) ? await aliyunVodResumeFor(file, ctx, resumeMaxAge) : undefined
    const saved = resume && (await resume.store.get(resume.key))
    if (resume && isAliyunVodCheckpoint(saved)) {
      try {
        apply(ticket, await aliyunVodSignCall(http, refreshUrl, { videoId: saved.videoId, grant: saved.grant }, signal, ref), ref)
        if (ticket.key === saved.key) Object.assign(ticket, { uploadId: saved.uploadId, partSize: saved.partSize, resumed: true })
      } catch (error) {
        // Refused (grant expired, another user, video gone): start afresh. Unreachable: try again later.
        if (signal.aborted || !isMediaUploaderError(error) || !['sign-rejected', 'sign-unauthorized', 'sign-response-invalid'].includes(error.code)) throw error
        Object.assign(ticket, { videoId: undefined, grant: undefined })
      }
    }
    if (!ticket.videoId) {
      if (saved) void resume?.store.delete(resume.key)
      apply(ticket, await aliyunVodSignCall(http, endpoint, json, signal, ref), ref)
    }
    ticket.resume = resume
    signed.add(id)
    let pending: Promise<void> | undefined
    ticket.renew = (renewSignal) =>
      (pending ??= aliyunVodSignCall(http, ticket.videoId ? refreshUrl : endpoint, ticket.videoId ? { videoId: ticket.videoId, grant: ticket.grant } : json, renewSignal, ref)
        .then((data) => apply(ticket, data, ref))
        .finally(() => (pending = undefined)))
    return ticket
  },

  resumable: (file, ticket) => !!ticket.videoId && isMultipart(file),

  upload: (file, ticket, io) => uploadToOss(file.data, file.type || 'application/octet-stream', ticket, !!ticket.videoId && isMultipart(file), io),

  async commit(_file, { videoId, imageId, imageUrl = '', fileUrl = '' }) {
    return videoId ? { kind: 'video', videoId } : { kind: 'image', imageId: imageId as string, imageUrl, fileUrl }
  },

  discard(_file, ticket) {
    if (ticket?.resume) void ticket.resume.store.delete(ticket.resume.key)
    if (ticket?.uploadId) void abortMultipartUpload(ticket)
  },

  // A failed renewal is a sign error (network, 5xx, refused…): keep its code rather than calling it a storage error.
  classifyError(error) {
    if (isMediaUploaderError(error)) return { ...error, detail: String(error.params.detail) }
    const { serviceCode, body = '' } = (error ?? {}) as Partial<OssError>
    // OSS says its time in the error; the request is signed again with it.
    if (serviceCode === 'RequestTimeTooSkewed') return { ...classifyTransportError(error), serverTime: Date.parse(/<ServerTime>([^<]+)</.exec(body)?.[1] ?? '') }
    return undefined
  },
})
