import { isHTTPError, type KyInstance } from 'ky'
import { MediaUploaderError, isMediaUploaderError, type ErrorFileRef } from '../../errors/MediaUploaderError.ts'
import type { HTTPErrorWithData } from '../../internal/createHttp.ts'
import { toSignError } from '../../internal/toSignError.ts'
import { defineProvider } from '../../provider.ts'
import { abortMultipartUpload } from './abortMultipartUpload.ts'
import type { AliyunVodTicket } from './AliyunVodTicket.ts'
import type { AliyunVodSignData } from './AliyunVodSignData.ts'
import { hmacSha1 } from './hmacSha1.ts'
import { ossStringToSign } from './ossStringToSign.ts'
import { aliyunVodRules } from './rules.ts'
import { PART_SIZE, uploadToOss } from './uploadToOss.ts'
import type { OssError } from './ossRequest.ts'
import { classifyTransportError } from '../../internal/classifyTransportError.ts'

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
 * server, which checks them (errors name the VOD field) and may override them.
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
}

const PROVIDER = 'aliyun-vod'
/** What `UploadAddress` and `UploadAuth` must hold (base64 JSON). */
const REQUIRED = ['Endpoint', 'Bucket', 'FileName', 'AccessKeyId', 'AccessKeySecret', 'SecurityToken'] as const

/** The sign call (also the refresh): POST JSON, VOD's answer checked and returned. */
async function signCall(http: KyInstance, url: string, json: unknown, signal: AbortSignal, file: ErrorFileRef): Promise<AliyunVodSignData> {
  let body: { code?: number; data?: AliyunVodSignData } | undefined
  try {
    body = await http.post(url, { json, signal }).json()
  } catch (error) {
    const data = isHTTPError(error) && ((error as HTTPErrorWithData).data as { msg?: string; data?: { field?: string; issue?: string; limit?: number } } | undefined)
    const { field, issue, limit } = (data && data.data) || {}
    if (!data || !field) throw toSignError(error, PROVIDER, file)
    const zh = `${field} ${issue === 'invalid' ? '无效' : issue === 'not-allowed' ? '由服务器设定，不能由浏览器选择' : `超过 ${limit} ${issue === 'too-many' ? '个' : '字节'}`}`
    throw new MediaUploaderError('sign-rejected', { provider: PROVIDER, file, status: 400, params: { field, detail: { en: data.msg ?? zh, 'zh-CN': zh } }, cause: error })
  }
  // UploadAddress/UploadAuth themselves are checked when decoded.
  if (body?.code === 0 && body.data) return body.data
  throw invalid(file)
}

const invalid = (file: ErrorFileRef) => new MediaUploaderError('sign-response-invalid', { provider: PROVIDER, file, params: { detail: 'UploadAddress/UploadAuth' } })

/**
 * Aliyun VOD (seed 002): the app server calls `CreateUploadImage` /
 * `CreateUploadVideo` with its AccessKey (`POST {endpoint}`), the browser
 * decodes `UploadAddress`/`UploadAuth` and uploads to OSS with the STS
 * credential (V1 signature on WebCrypto, `x-oss-security-token`): a single
 * PUT, or multipart for videos over 16 MiB (4 parts in flight). The credential (3000 s) is
 * renewed before it expires or when OSS says so — `POST {endpoint}/refresh`
 * (RefreshUploadVideo) for a video, a new CreateUploadImage for an image —
 * and held in memory only. An upload that failed for a retryable reason (network, 5xx,
 * stall) keeps its ticket, so a retry continues the same video and multipart upload (from
 * ListParts); one OSS refused (4xx, `retryable: false`) is signed afresh on retry.
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
    const { http, endpoint, options, clock } = ctx
    const { id, name, size, type } = file
    const ref = { id, name, size, type }
    const json = { ...options, fileName: name, fileSize: size }
    const ticket = { etags: [], clock } as unknown as AliyunVodTicket
    const apply = (data: AliyunVodSignData): void => {
      let decoded: Record<(typeof REQUIRED)[number] | 'Expiration', string> | undefined
      try {
        decoded = { ...JSON.parse(atob(data.UploadAddress)), ...JSON.parse(atob(data.UploadAuth)) }
      } catch {}
      if (!decoded || REQUIRED.some((key) => typeof decoded[key] !== 'string')) throw invalid(ref)
      const { Endpoint, Bucket, FileName, AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = decoded
      const origin = new URL(Endpoint)
      const path = FileName.split('/').map(encodeURIComponent).join('/')
      const resource = `/${Bucket}/${FileName}`
      ticket.url = `${origin.protocol}//${Bucket}.${origin.host}/${path}`
      ticket.key = FileName
      ticket.expiresAt = clock.now() + (Number(Expiration) || 3000) * 900
      ticket.sign = async (verb, contentType, sub) => {
        const date = new Date(clock.now()).toUTCString()
        const headers: Record<string, string> = { 'x-oss-date': date, 'x-oss-security-token': SecurityToken }
        if (contentType) headers['Content-Type'] = contentType
        headers.Authorization = `OSS ${AccessKeyId}:${await hmacSha1(AccessKeySecret, ossStringToSign(verb, '', contentType, date, headers, resource + sub))}`
        return headers
      }
      ticket.videoId = data.VideoId
      ticket.grant = data.grant ?? ticket.grant
      ticket.imageId = data.ImageId
      ticket.imageUrl = data.ImageURL
      ticket.fileUrl = data.FileURL
    }
    apply(await signCall(http, endpoint, json, ctx.signal, ref))
    let pending: Promise<void> | undefined
    ticket.renew = (signal) =>
      (pending ??= signCall(http, ticket.videoId ? `${endpoint.replace(/\/$/, '')}/refresh` : endpoint, ticket.videoId ? { videoId: ticket.videoId, grant: ticket.grant } : json, signal, ref)
        .then(apply)
        .finally(() => (pending = undefined)))
    return ticket
  },

  upload: (file, ticket, io) => uploadToOss(file.data, file.type || 'application/octet-stream', ticket, !!ticket.videoId && file.size > PART_SIZE, io),

  async commit(_file, { videoId, imageId, imageUrl = '', fileUrl = '' }) {
    return videoId ? { kind: 'video', videoId } : { kind: 'image', imageId: imageId as string, imageUrl, fileUrl }
  },

  discard(_file, ticket) {
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
