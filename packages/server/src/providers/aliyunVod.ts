import { aliyunVodRefreshRequestSchema } from '@media-uploader/contracts/aliyun-vod'
import type * as z from 'zod/mini'
import type { GrantKeeper } from '../grants/GrantKeeper.ts'
import { createRedactor, type Redactor } from '../internal/createRedactor.ts'
import { jsonResponse } from '../internal/jsonResponse.ts'
import { redactingLogger } from '../internal/redactingLogger.ts'
import { redactResponse } from '../internal/redactResponse.ts'
import { standaloneHandler } from '../internal/standaloneHandler.ts'
import type { ProviderHandler, SignContext } from '../ProviderHandler.ts'
import { accountParams } from './aliyunVod/accountParams.ts'
import type { AliyunVodEnvelope, AliyunVodFieldError, AliyunVodImageTicket, AliyunVodVideoTicket } from './aliyunVod/AliyunVodEnvelope.ts'
import type { AliyunVodHandlerOptions, AliyunVodLogger } from './aliyunVod/AliyunVodHandlerOptions.ts'
import { aliyunVodExtensionOf, aliyunVodSignBodySchema, isAliyunVodImageName, type AliyunVodFieldIssue, type AliyunVodSignBody } from './aliyunVod/aliyunVodSignBodySchema.ts'
import { aliyunVodTicketFault } from './aliyunVod/aliyunVodTicketFault.ts'
import { createVodClient, type VodClient } from './aliyunVod/createVodClient.ts'

export type { AliyunVodAllowedParams, AliyunVodFixedParams, AliyunVodHandlerOptions, AliyunVodLogger } from './aliyunVod/AliyunVodHandlerOptions.ts'

/** VOD error codes that mean the server's AccessKey (or its permissions) was refused. */
const CREDENTIAL_ERROR = /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken|Forbidden|NoPermission|InvalidAccessKeySecret)/

const FIELDS: Readonly<Record<string, string>> = {
  fileName: 'FileName',
  fileSize: 'FileSize',
  title: 'Title',
  tags: 'Tags',
  description: 'Description',
  cateId: 'CateId',
  imageType: 'ImageType',
  storageLocation: 'StorageLocation',
  userData: 'UserData',
  appId: 'AppId',
  videoId: 'VideoId',
  templateGroupId: 'TemplateGroupId',
  workflowId: 'WorkflowId',
  grant: 'grant',
}

/**
 * Handles the browser's Aliyun VOD calls, signing them (Alibaba Cloud RPC,
 * HMAC-SHA1) with the server's AccessKey, which never leaves the server:
 *
 * - `POST …/aliyun-vod` `{fileName, fileSize?, title?, tags?, description?, cateId?,
 *   imageType?, storageLocation?, userData?, appId?}` → `CreateUploadImage` for
 *   png/jpg/jpeg/gif, `CreateUploadVideo` otherwise; answered with
 *   `{code: 0, msg, data: {ImageId, ImageURL, FileURL, UploadAddress, UploadAuth}}`
 *   or `{…, data: {VideoId, UploadAddress, UploadAuth}}` (base64 as VOD sent them, once
 *   checked to decode to the contract's address and STS credential: otherwise 502);
 * - `POST …/aliyun-vod/refresh` `{videoId, grant}` → `RefreshUploadVideo` (the STS
 *   credential lives 3000 s; an image is re-signed by calling the first route again).
 *   `grant` is the one the video's sign answer carried (`data.grant`, bound to the
 *   user `authorize` named and to the VideoId): without it, or for another user's
 *   video → 403, VOD not called.
 *
 * The account-level parameters (`appId`, `storageLocation`, `cateId`,
 * `templateGroupId`, `workflowId`, `userData.MessageCallback`/`Extend`) are the
 * server's (`fixed`, `allowed`): another browser value → 400 naming the field.
 *
 * Every parameter is checked before VOD is called (Title ≤ 128 bytes,
 * ≤ 16 Tags of ≤ 32 bytes, Description ≤ 1024 bytes, ImageType, ImageExt…): a
 * refusal is 400 `{code: 400, msg: 'Invalid Title: …', data: {field: 'Title',
 * issue: 'too-long', limit: 128}}`. VOD's own errors are relayed with their
 * status and `data: {serviceCode, requestId}`, except that a refused AccessKey
 * becomes 403 and is logged; an unreachable VOD (after retries) is 502.
 * The AccessKey (and any encoding of it) never appears in an answer or a log line.
 *
 * @example
 * ```ts
 * const vod = aliyunVodHandler({ accessKeyId: process.env.ALIYUN_AK!, accessKeySecret: process.env.ALIYUN_SK!, region: 'cn-shanghai' })
 * const response = await vod(new Request('https://app.example/api/media-uploader/aliyun-vod', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ fileName: 'clip.mp4', fileSize: 1234, title: 'My clip' }),
 * }))
 * ```
 */
export function aliyunVodHandler(options: AliyunVodHandlerOptions): ProviderHandler {
  const { accessKeyId, accessKeySecret } = options
  if (typeof accessKeyId !== 'string' || accessKeyId.trim() === '') throw new TypeError('aliyunVodHandler: accessKeyId is required')
  if (typeof accessKeySecret !== 'string' || accessKeySecret === '') throw new TypeError('aliyunVodHandler: accessKeySecret is required')
  const region = options.region ?? 'cn-shanghai'
  if (!/^[a-z0-9-]{1,32}$/.test(region)) throw new TypeError(`aliyunVodHandler: invalid region ${JSON.stringify(region)}`)
  const endpoint = parseEndpoint(options.endpoint ?? `https://vod.${region}.aliyuncs.com`)
  const redact = createRedactor([accessKeySecret, accessKeyId, options.securityToken])
  const logger = redactingLogger(options.logger === false ? undefined : (options.logger ?? console), redact)
  const fixed = options.fixed ?? {}
  const allowed = options.allowed ?? {}
  const vod = createVodClient({
    accessKeyId,
    accessKeySecret,
    securityToken: options.securityToken,
    endpoint,
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: Math.max(0, Math.floor(options.retries ?? 2)),
    backoffMs: options.backoffMs ?? 200,
    fetch: options.fetch ?? globalThis.fetch,
  })

  const route = async ({ action, body, userId, grants, request }: SignContext): Promise<Response> => {
    const signal = request.signal
    if (action === 'refresh') {
      const parsed = aliyunVodRefreshRequestSchema.safeParse(body)
      if (!parsed.success) return invalid(parsed.error)
      const { videoId, grant } = parsed.data
      if (!(await grants.verify(grant, userId, 'aliyun-vod', videoId))) {
        return reply(403, 'Forbidden: this video was not signed for you (missing, foreign or expired grant)', null)
      }
      const answer = await call(vod, 'RefreshUploadVideo', { VideoId: videoId }, signal, logger, redact)
      return redactResponse(await withGrant(answer, grants, userId), redact)
    }
    const parsed = aliyunVodSignBodySchema.safeParse(body)
    if (!parsed.success) return invalid(parsed.error)
    const account = accountParams(parsed.data, fixed, allowed)
    if ('field' in account) return reply(400, `Invalid ${account.field}: ${account.message}`, { field: account.field, issue: 'not-allowed' })
    const image = isAliyunVodImageName(parsed.data.fileName)
    const { action: vodAction, params } = image ? imageRequest(parsed.data, account.params) : videoRequest(parsed.data, account.params)
    const answer = await call(vod, vodAction, params, signal, logger, redact)
    return redactResponse(image ? answer : await withGrant(answer, grants, userId), redact)
  }

  return standaloneHandler('aliyun-vod', route, ({ status, message, headers }) => reply(status, message, null, headers))
}

/** A successful video answer with the ownership grant for its `VideoId` added to `data`. */
async function withGrant(response: Response, grants: GrantKeeper, userId: string): Promise<Response> {
  if (response.status !== 200) return response
  const envelope = (await response.json()) as { code: number; msg: string; data: AliyunVodVideoTicket }
  const grant = await grants.issue(userId, 'aliyun-vod', envelope.data.VideoId)
  return reply(200, envelope.msg, { ...envelope.data, grant })
}

function common(body: AliyunVodSignBody, account: Readonly<Record<string, string>>): Record<string, string> {
  const params: Record<string, string> = { ...account }
  const set = (name: string, value: string | number | undefined): void => {
    if (value !== undefined) params[name] = String(value)
  }
  set('Title', body.title)
  set('Tags', body.tags?.join(','))
  set('Description', body.description)
  return params
}

function imageRequest(body: AliyunVodSignBody, account: Readonly<Record<string, string>>) {
  const params = common(body, account)
  delete params.TemplateGroupId
  delete params.WorkflowId
  params.ImageType = body.imageType ?? 'default'
  params.ImageExt = aliyunVodExtensionOf(body.fileName)
  return { action: 'CreateUploadImage', params }
}

function videoRequest(body: AliyunVodSignBody, account: Readonly<Record<string, string>>) {
  const params = common(body, account)
  params.Title ??= defaultTitle(body.fileName)
  params.FileName = body.fileName
  if (body.fileSize !== undefined) params.FileSize = String(body.fileSize)
  return { action: 'CreateUploadVideo', params }
}

/** `CreateUploadVideo` needs a Title: the file name without its extension, cut to 128 bytes on a character boundary. */
function defaultTitle(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || fileName
  const encoder = new TextEncoder()
  let title = ''
  for (const char of base) {
    if (encoder.encode(title + char).length > 128) break
    title += char
  }
  return title
}

async function call(
  vod: VodClient,
  action: string,
  params: Record<string, string>,
  signal: AbortSignal,
  logger: AliyunVodLogger | undefined,
  redact: Redactor,
): Promise<Response> {
  const outcome = await vod(action, params, signal)
  if (outcome.kind === 'unavailable') {
    if (!signal.aborted) logger?.warn(`[media-uploader] aliyun-vod ${action} unavailable after ${outcome.attempts} attempt(s): ${outcome.reason}`)
    return reply(502, 'upstream unavailable', null)
  }
  const body = outcome.body ?? {}
  const str = (key: string): string | undefined => (typeof body[key] === 'string' && body[key] !== '' ? redact(body[key] as string) : undefined)
  if (outcome.status >= 200 && outcome.status < 300) {
    const UploadAddress = str('UploadAddress') ?? ''
    const UploadAuth = str('UploadAuth') ?? ''
    const ticket: AliyunVodImageTicket | AliyunVodVideoTicket =
      action === 'CreateUploadImage'
        ? { ImageId: str('ImageId') ?? '', ImageURL: str('ImageURL') ?? '', FileURL: str('FileURL') ?? '', UploadAddress, UploadAuth }
        : { VideoId: str('VideoId') ?? '', UploadAddress, UploadAuth }
    // The browser does not check a success answer: only a ticket that matches the contract leaves as 200.
    const fault = aliyunVodTicketFault(ticket)
    if (fault === undefined) return reply(200, 'success', ticket)
    logger?.warn(`[media-uploader] aliyun-vod ${action} answered HTTP ${outcome.status} with ${fault} missing or outside the contract`)
    return reply(502, `upstream answered HTTP ${outcome.status} with an unexpected body`, null)
  }
  const code = (str('Code') ?? `HTTP${outcome.status}`).slice(0, 128)
  const requestId = str('RequestId')?.slice(0, 128)
  const data = requestId ? { serviceCode: code, requestId } : { serviceCode: code }
  if (CREDENTIAL_ERROR.test(code)) {
    logger?.warn(`[media-uploader] aliyun-vod ${action}: VOD refused the server's AccessKey (${code}${requestId ? `, RequestId ${requestId}` : ''})`)
    return reply(403, `VOD refused the server's AccessKey (${code})`, data)
  }
  // Redacted before it is cut, so no part of a quoted secret survives.
  const message = (str('Message') ?? '').slice(0, 300)
  return reply(outcome.status, message ? `${code}: ${message}` : code, data)
}

function invalid(error: z.core.$ZodError): Response {
  const described = error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '')
    const field = FIELDS[key] ?? (key || 'body')
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message
    return { field, message, params: issue.code === 'custom' ? (issue.params as { issue?: AliyunVodFieldIssue; limit?: number } | undefined) : undefined }
  })
  const first = described[0] ?? { field: 'body', message: 'is invalid', params: undefined }
  const data: AliyunVodFieldError = {
    field: first.field,
    issue: first.params?.issue ?? 'invalid',
    ...(first.params?.limit === undefined ? {} : { limit: first.params.limit }),
  }
  return reply(400, `Invalid ${described.map((d) => `${d.field}: ${d.message}`).join('; ')}`, data)
}

function reply(status: number, msg: string, data: AliyunVodEnvelope['data'], headers?: Record<string, string>): Response {
  const envelope: AliyunVodEnvelope = { code: status === 200 ? 0 : status, msg, data }
  return jsonResponse(envelope, status, headers)
}

function parseEndpoint(endpoint: string): string {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new TypeError(`aliyunVodHandler: endpoint must be an absolute http(s) URL, got ${JSON.stringify(endpoint)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`aliyunVodHandler: endpoint must be an http(s) URL, got ${url.protocol}`)
  if (url.search || url.hash || url.username || url.password) {
    throw new TypeError('aliyunVodHandler: endpoint must not have credentials, a query or a fragment')
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
